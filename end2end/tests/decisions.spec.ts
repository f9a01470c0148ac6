import { type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectNoHorizontalScroll, openHydrated, signIn } from "./helpers";
import { expect, test, type OwnServer } from "./own-server";

/** A second person on their own device: a fresh browser context on the test's server. */
async function otherPerson(browser: Browser, server: OwnServer, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, timezoneId: "Europe/Riga" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Opens the city's only application from its list; returns the task list's address. */
async function openOwnApplication(page: Page): Promise<string> {
  await openHydrated(page, "/en/apply");
  await page.locator(".application-list a").first().click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("live")).toContainText("Live");
  return new URL(page.url()).pathname;
}

/** Opens the city's application on the board; returns the page's address. */
async function openDesk(page: Page, city: string): Promise<string> {
  await openHydrated(page, "/en/board");
  await page.locator(`[data-testid=application-row][data-city="${city}"]`).getByRole("link", { name: city }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  return new URL(page.url()).pathname;
}

/** Chooses `action` on the decision form, confirms it and records it. A decision with mails leaves
 * them waiting in the outbox, which the secretary is taken to; one without stays on the desk. */
async function recordDecision(page: Page, action: string, reason = "", mails = true) {
  const desk = new URL(page.url()).pathname;
  const form = page.getByTestId("decide");
  await form.getByLabel(action, { exact: true }).check();
  if (reason) await form.getByLabel("Reason or remarks").fill(reason);
  await form.getByLabel("I confirm this decision on behalf of the Commission.").check();
  await form.getByRole("button", { name: "Record the decision" }).click();
  await expect(page).toHaveURL(mails ? /\/en\/admin\/outbox$/ : new RegExp(`${desk}$`));
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
}

/** How many mails the server has sent to `address` so far. */
function mailsTo(server: OwnServer, address: string): number {
  const to = new RegExp(`^To: ${address.replace(/[.]/g, "\\.")}`, "m");
  return server.mails().filter((mail) => to.test(mail)).length;
}

/** Sends the draft mail to `recipient` from the outbox, as it stands. */
async function sendDraftTo(page: Page, recipient: string) {
  const draft = page.locator("[data-testid=mail][data-state=draft]").filter({ hasText: recipient });
  await expect(draft).toHaveCount(1);
  await draft.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.locator("[data-testid=mail][data-state=draft]").filter({ hasText: recipient })).toHaveCount(0);
}

test("the secretary asks for changes, the city sees them at once, edits and resubmits, and the desk shows what changed", async ({
  page,
  browser,
  server,
}) => {
  await signIn(page, "cesis@demo.pieteikums.lv");
  const tasks = await openOwnApplication(page);
  await expect(page.getByTestId("status")).toHaveText("Submitted");

  const secretary = await otherPerson(browser, server, ACCOUNTS.secretary.email);
  const desk = await openDesk(secretary, "Cēsis");
  await expectAccessible(secretary);
  // Without the confirmation nothing is decided.
  const form = secretary.getByTestId("decide");
  await form.getByLabel("Ask the city for changes", { exact: true }).check();
  await form.getByLabel("Reason or remarks").fill("Please name the partners of your plan.");
  await form.getByRole("button", { name: "Record the decision" }).click();
  await expect(secretary.locator(".error-summary")).toContainText("Tick the box to confirm the decision.");
  await form.getByText("Comments on single sections").click();
  await form.getByLabel("Motivation and plans").fill("Which organisations take part?");
  await recordDecision(secretary, "Ask the city for changes");
  const draft = secretary.locator("[data-testid=mail][data-state=draft]");
  await expect(draft.getByLabel("Message")).toHaveValue(/Please name the partners of your plan\./);
  await expectAccessible(secretary);
  await sendDraftTo(secretary, "cesis@demo.pieteikums.lv");
  await openHydrated(secretary, desk);

  // The city's open task list follows without a reload.
  await expect(page.getByTestId("status")).toHaveText("Changes requested");
  const requested = page.getByTestId("requested-changes");
  await expect(requested).toContainText("Please name the partners of your plan.");
  await expect(requested).toContainText("Motivation and plans: Which organisations take part?");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Motivation and plans" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("requested-changes")).toContainText("Which organisations take part?");
  await page.locator("#field-implementation").fill("With the library, the university and the adult education centre.");
  await expect(page.getByTestId("autosave-status")).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await openHydrated(page, `${tasks}/check`);
  await page.getByRole("button", { name: "Submit the application" }).click();
  await expect(page).toHaveURL(new RegExp(`${tasks}/submitted$`));

  // The desk, still open, shows the resubmission and exactly what it changed.
  await expect(secretary.getByTestId("status").first()).toHaveText("Resubmitted");
  const changes = secretary.getByTestId("changes");
  await expect(changes).toContainText("With the library, the university and the adult education centre.");
  await expect(changes.locator("tbody tr")).toHaveCount(1);
  await expectNoHorizontalScroll(secretary);
  await secretary.context().close();
});

test("the secretary endorses, uploads the signed scan and forwards to UIL; the city's page follows and UIL's mail carries every file", async ({
  page,
  browser,
  server,
}) => {
  await signIn(page, "jelgava@demo.pieteikums.lv");
  await openOwnApplication(page);

  const secretary = await otherPerson(browser, server, ACCOUNTS.secretary.email);
  const desk = await openDesk(secretary, "Jelgava");
  await recordDecision(secretary, "Endorse the application", "An exemplary plan.");
  await sendDraftTo(secretary, "jelgava@demo.pieteikums.lv");
  await openHydrated(secretary, desk);
  await expect(secretary.getByTestId("status").first()).toHaveText("Endorsed");
  await expect(secretary.getByRole("link", { name: "The Commission's endorsement (PDF)" })).toBeVisible();

  await expect(page.getByTestId("status")).toHaveText("Endorsed");
  await expect(page.getByTestId("endorsed-package")).toContainText("The Commission has endorsed your application");
  const download = await page.request.get(`${new URL(page.url()).origin}${await page
    .getByRole("link", { name: "The Commission's endorsement (PDF)" })
    .getAttribute("href")}`);
  expect(download.headers()["content-type"]).toBe("application/pdf");

  // The endorsement comes back signed and stamped: the secretary uploads its scan on the desk, and
  // the city's open page lists it with the package.
  const signed = secretary.getByTestId("signed-endorsement");
  await expect(signed).toContainText("has not been uploaded yet");
  await expect(secretary.getByLabel("No signed scan is uploaded", { exact: false })).toBeVisible();
  await signed.locator("input[type=file]").setInputFiles({
    name: "Jelgava-endorsement-signed.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await signed.getByRole("button", { name: "Upload the signed endorsement" }).click();
  await expect(secretary.getByTestId("signed-endorsement-file")).toContainText("Jelgava-endorsement-signed.pdf");
  await expect(secretary.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(secretary.getByLabel("No signed scan is uploaded", { exact: false })).toHaveCount(0);
  await expect(page.getByTestId("signed-endorsement-link")).toBeVisible();
  await expectAccessible(secretary);

  await recordDecision(secretary, "Forward the endorsed application to UIL");
  await expect(page.getByTestId("status")).toHaveText("Forwarded to UIL");
  const draftToUil = secretary.locator("[data-testid=mail][data-state=draft]").filter({ hasText: "learningcities@unesco.org" });
  await expect(draftToUil).toContainText("Jelgava-endorsement-signed.pdf");
  await expect(draftToUil).not.toContainText("GNLC-endorsement-Jelgava-2027.pdf");
  await sendDraftTo(secretary, "learningcities@unesco.org");

  await expect.poll(() => server.mails().filter((mail) => /^To: learningcities@unesco\.org/m.test(mail)).length).toBe(1);
  const toUil = server.mails().find((mail) => /^To: learningcities@unesco\.org/m.test(mail))!;
  expect(toUil).toMatch(/^Cc: jelgava@demo\.pieteikums\.lv/m);
  expect(toUil).toContain("Jelgava-endorsement-signed.pdf");
  expect(toUil).toContain("signed-application.pdf");
  expect(toUil).toMatch(/GNLC-application-Jelgava-2027\.pdf/);

  // UIL's answer comes back: not accepted. No mail goes; the city's page follows.
  await openHydrated(secretary, desk);
  await recordDecision(secretary, "Record that UIL did not accept it", "", false);
  await expect(secretary.getByTestId("status").first()).toHaveText("Not accepted by UIL");
  await expect(page.getByTestId("status")).toHaveText("Not accepted by UIL");
  await expect(secretary.getByTestId("decide")).toHaveCount(0);
  await expectAccessible(page);
  await secretary.context().close();
});

test("the Commission decides not to endorse: the city's open page and its mail follow, and withdrawing is over", async ({
  page,
  browser,
  server,
}) => {
  await signIn(page, "cesis@demo.pieteikums.lv");
  await openOwnApplication(page);
  await expect(page.getByTestId("withdrawal")).toHaveCount(1);

  const secretary = await otherPerson(browser, server, ACCOUNTS.secretary.email);
  await openDesk(secretary, "Cēsis");
  const form = secretary.getByTestId("decide");
  await form.getByLabel("Do not endorse", { exact: true }).check();
  await form.getByLabel("I confirm this decision on behalf of the Commission.").check();
  await form.getByRole("button", { name: "Record the decision" }).click();
  await expect(secretary.locator(".error-summary")).toContainText("This is required.");
  await recordDecision(secretary, "Do not endorse", "The plan names no budget for its first two years.");
  await sendDraftTo(secretary, "cesis@demo.pieteikums.lv");

  await expect(page.getByTestId("status")).toHaveText("Not endorsed");
  await expect(page.getByTestId("withdrawal")).toHaveCount(0);
  await expect.poll(() => mailsTo(server, "cesis@demo.pieteikums.lv")).toBe(1);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await secretary.context().close();
});

test("a city withdraws its application while a reviewer's board is open: the row changes, the Commission is mailed", async ({
  page,
  browser,
  server,
}) => {
  const reviewer = await otherPerson(browser, server, ACCOUNTS.reviewer.email);
  await openHydrated(reviewer, "/en/board");
  await expect(reviewer.getByTestId("live")).toContainText("Live");
  const row = reviewer.locator("[data-testid=application-row][data-city=Cēsis]");
  await expect(row.getByTestId("status")).toHaveText("Submitted");
  const mailed = mailsTo(server, "office@unesco.lv");

  await signIn(page, "cesis@demo.pieteikums.lv");
  await openOwnApplication(page);
  const withdrawal = page.getByTestId("withdrawal");
  await withdrawal.locator("summary").click();
  await withdrawal.getByRole("button", { name: "Withdraw the application" }).click();
  await expect(withdrawal.locator(".error-summary li")).toHaveCount(2);
  await expect(page.getByTestId("status")).toHaveText("Submitted");
  await expectAccessible(page);
  await withdrawal.getByLabel("Why is the city withdrawing?").fill("The council moved the plan to next year.");
  await withdrawal.getByLabel("I confirm that the city withdraws this application.").check();
  await withdrawal.getByRole("button", { name: "Withdraw the application" }).click();

  await expect(page.getByTestId("status")).toHaveText("Withdrawn");
  await expect(page.getByTestId("withdrawal")).toHaveCount(0);
  await expect(row.getByTestId("status")).toHaveText("Withdrawn");
  await expect.poll(() => mailsTo(server, "office@unesco.lv")).toBe(mailed + 1);
  await expectNoHorizontalScroll(page);
  await reviewer.context().close();
});

test("the outbox lists a decision's drafts first and finds a mail by what it is about and its recipient", async ({ page }) => {
  await signIn(page, ACCOUNTS.secretary.email);
  await openDesk(page, "Jelgava");
  await recordDecision(page, "Ask the city for changes", "Please add the budget for the first two years.");
  await expect(page.locator("[data-testid=mail]").first()).toHaveAttribute("data-state", "draft");
  await expect(page.getByTestId("counted-mails")).toContainText("draft");

  const filters = page.getByRole("search", { name: "Filter the mails" });
  await filters.getByLabel("State").selectOption({ label: "Draft" });
  await filters.getByLabel("What it is about").selectOption({ label: "Changes asked of the city" });
  await filters.getByLabel("Recipient or subject contains").fill("JELGAVA@demo");
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/state=draft&purpose=decision-changes-city&q=JELGAVA%40demo/);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.locator("[data-testid=mail]")).toHaveCount(1);
  await expect(page.locator("[data-testid=mail]")).toContainText("jelgava@demo.pieteikums.lv");
  await expect(page.locator("[data-testid=mail]")).toContainText("Changes asked of the city");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await filters.getByLabel("State").selectOption({ label: "Sent" });
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("no-mail")).toBeVisible();
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/outbox$/);
  await expect(page.locator("[data-testid=mail][data-state=draft]")).not.toHaveCount(0);
});

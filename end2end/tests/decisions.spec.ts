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

/** Chooses `action` on the decision form, confirms it and records it. The decision's mails then wait
 * in the outbox, which the secretary is taken to. */
async function recordDecision(page: Page, action: string, reason = "") {
  const form = page.getByTestId("decide");
  await form.getByLabel(action, { exact: true }).check();
  if (reason) await form.getByLabel("Reason or remarks").fill(reason);
  await form.getByLabel("I confirm this decision on behalf of the Commission.").check();
  await form.getByRole("button", { name: "Record the decision" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/outbox$/);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
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

test("the secretary endorses and forwards to UIL; the city's page follows and UIL's mail carries every file", async ({
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

  await recordDecision(secretary, "Forward the endorsed application to UIL");
  await expect(page.getByTestId("status")).toHaveText("Forwarded to UIL");
  await expect(
    secretary.locator("[data-testid=mail][data-state=draft]").filter({ hasText: "learningcities@unesco.org" }),
  ).toContainText("GNLC-endorsement-Jelgava-2027.pdf");
  await sendDraftTo(secretary, "learningcities@unesco.org");

  await expect.poll(() => server.mails().filter((mail) => /^To: learningcities@unesco\.org/m.test(mail)).length).toBe(1);
  const toUil = server.mails().find((mail) => /^To: learningcities@unesco\.org/m.test(mail))!;
  expect(toUil).toMatch(/^Cc: jelgava@demo\.pieteikums\.lv/m);
  expect(toUil).toContain("GNLC-endorsement-Jelgava-2027.pdf");
  expect(toUil).toContain("signed-application.pdf");
  expect(toUil).toMatch(/GNLC-application-Jelgava-2027\.pdf/);
  await secretary.context().close();
});

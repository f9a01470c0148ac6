import { type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectNoHorizontalScroll, openHydrated, signIn } from "./helpers";
import { expect, test } from "./own-server";

/** The Commission's line for a city's report of `year`: a table row on a desktop, a card on a phone. */
function reportLine(page: Page, city: string, year: number) {
  return page.locator(`[data-testid=progress-report-line][data-city="${city}"][data-period="${year}"]`);
}

test("a member city updates its prefilled progress report and sends it, and the Commission's view follows live", async ({
  page,
  browser,
  server,
}) => {
  // The secretary keeps the view of reports open on a desktop while the city works.
  const office = await browser.newContext({ baseURL: server.url, timezoneId: "Europe/Riga" });
  const board = await office.newPage();
  await signIn(board, ACCOUNTS.secretary.email);
  await openHydrated(board, "/en/board");
  await board.getByRole("link", { name: "Progress reports of member cities" }).click();
  await expect(board.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(board.getByTestId("live")).toContainText("Live");
  await expect(reportLine(board, "Valmiera", 2028)).toContainText("Not started");
  await expect(reportLine(board, "Valmiera", 2028)).toContainText("Report due in");
  await expect(reportLine(board, "Valmiera", 2026)).toContainText("Forwarded to UIL");
  await expectAccessible(board);

  await signIn(page, ACCOUNTS.applicant.email);
  await openHydrated(page, "/en/report");
  await expect(page.getByRole("heading", { name: "Progress reports", level: 1 })).toBeVisible();
  const owed = page.getByTestId("owed-report");
  await expect(owed).toContainText("The 2028 progress report");
  await expect(owed.locator(".countdown__days")).toContainText("days");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole("button", { name: "Start the progress report" }).click();

  await expect(page).toHaveURL(/\/en\/report\/\d+$/);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Valmiera: progress report 2028");
  // Everything starts from the 2026 report, so every section is already complete.
  await expect(page.getByTestId("progress")).toHaveText("You have completed 10 of 10 sections.");
  await expect(page.getByTestId("task-learning-city-plan")).toContainText("Complete");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await expect(reportLine(board, "Valmiera", 2028)).toContainText("Draft");
  // The Commission reads a draft as the city's check page, a sent report on a page of its own.
  const read = reportLine(board, "Valmiera", 2028).getByRole("link", { name: /Read the report/ });
  await expect(read).toHaveAttribute("href", /^\/en\/report\/\d+\/check$/);

  await page.getByRole("link", { name: "Innovative practices" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  const narrative = page.getByLabel("Which new or unusual practices has the city tried");
  await expect(narrative).toHaveValue(/^Valmiera reports its innovation work/);
  await narrative.fill(
    "In 2027 Valmiera opened a learning lab in the library where residents teach each other digital skills.",
  );
  await expect(page.getByTestId("autosave-status")).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/contributions-to-network$/);
  await expect(page.getByRole("heading", { name: "Contributions to the network", level: 1 })).toBeVisible();

  // Too long a narrative is named in the error summary, and the text stays as typed.
  const network = page.getByLabel("How has the city taken part in the network");
  const tooLong = Array(301).fill("word").join(" ");
  await network.fill(tooLong);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(network).toHaveValue(tooLong);
  await network.fill("Valmiera hosted the Baltic learning cities meeting in 2027.");
  await page.getByRole("button", { name: "Save and continue" }).click();

  await expect(page).toHaveURL(/\/check$/);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByText("In 2027 Valmiera opened a learning lab")).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole("button", { name: "Send the progress report" }).click();
  await expect(page.getByTestId("confirmation")).toContainText("Progress report sent");
  await expect(page.getByTestId("status")).toHaveText("Submitted");

  // The secretary's open view shows the report sent, without a reload, and forwards it.
  const line = reportLine(board, "Valmiera", 2028);
  await expect(line).toContainText("Submitted");
  await expect(line).toContainText("Sent on");
  await expect(line.getByRole("link", { name: /Read the report/ })).toHaveAttribute(
    "href",
    /^\/en\/board\/reports\/\d+$/,
  );
  await line.getByRole("button", { name: "Forward to UIL" }).click();
  await expect(line).toContainText("Forwarded to UIL");
  await expect(line.getByRole("button", { name: "Forward to UIL" })).toHaveCount(0);
  await expect(reportLine(board, "Valmiera", 2030)).toContainText("Not started");
  await expectAccessible(board);
  await office.close();

  // The city's list follows too, and the next report is owed.
  await openHydrated(page, "/en/report");
  await expect(page.getByTestId("owed-report")).toContainText("The 2030 progress report");
  await expect(page.getByRole("link", { name: "Valmiera: progress report 2028" })).toBeVisible();
});

test("a city that is not a member is told it has no report to send", async ({ page }) => {
  await signIn(page, "cesis@demo.pieteikums.lv");
  await openHydrated(page, "/en/report");
  await expect(page.getByTestId("membership-missing")).toContainText("not an active member");
  await expect(page.getByRole("button", { name: "Start the progress report" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the Commission reads a sent report, asks for changes on a section, and the city sends it again", async ({
  page,
  browser,
  server,
}) => {
  // Valmiera sends its 2028 report as prefilled.
  await signIn(page, ACCOUNTS.applicant.email);
  await openHydrated(page, "/en/report");
  await page.getByRole("button", { name: "Start the progress report" }).click();
  await expect(page).toHaveURL(/\/en\/report\/\d+$/);
  const tasks = new URL(page.url()).pathname;
  await openHydrated(page, `${tasks}/check`);
  await page.getByRole("button", { name: "Send the progress report" }).click();
  await expect(page.getByTestId("confirmation")).toContainText("Progress report sent");

  // A reviewer and the secretary open the report's own page; each sees the other there.
  const people = await Promise.all(
    [ACCOUNTS.reviewer.email, ACCOUNTS.secretary.email].map(async (email) => {
      const context = await browser.newContext({ baseURL: server.url, timezoneId: "Europe/Riga" });
      const person = await context.newPage();
      await signIn(person, email);
      await openHydrated(person, "/en/board/reports");
      await reportLine(person, "Valmiera", 2028).getByRole("link", { name: /Read the report/ }).click();
      await expect(person).toHaveURL(/\/en\/board\/reports\/\d+$/);
      await expect(person.locator("body")).toHaveAttribute("data-hydrated", "true");
      await expect(person.getByRole("heading", { level: 1 })).toHaveText("Valmiera: progress report 2028");
      return person;
    }),
  );
  const [reviewer, secretary] = people;
  const desk = new URL(secretary.url()).pathname;
  await expect(secretary.getByTestId("presence")).toContainText("Also viewing this page now");
  await expect(reviewer.getByTestId("presence")).toContainText("Also viewing this page now");
  await expect(secretary.getByTestId("status").first()).toHaveText("Submitted");
  await expect(reviewer.getByTestId("decide")).toHaveCount(0);
  await expectAccessible(secretary);
  await expectNoHorizontalScroll(secretary);

  // The reviewer's note reaches the secretary's page without a reload.
  await reviewer.getByLabel("Add a comment for the Commission").fill("The figures are those of 2026.");
  await reviewer.getByRole("button", { name: "Post the comment" }).click();
  await expect(secretary.getByTestId("comment")).toContainText("The figures are those of 2026.");

  const form = secretary.getByTestId("decide");
  await form.getByLabel("Ask the city for changes", { exact: true }).check();
  await form.getByLabel("Reason or remarks").fill("Please bring the report up to 2027.");
  await form.getByText("Comments on single sections").click();
  await form.getByLabel("Innovative practices").fill("Which practices are new since 2026?");
  await form.getByLabel("I confirm this decision on behalf of the Commission.").check();
  await form.getByRole("button", { name: "Record the decision" }).click();
  await expect(secretary).toHaveURL(/\/en\/admin\/outbox$/);
  const draft = secretary.locator("[data-testid=mail][data-state=draft]").filter({ hasText: ACCOUNTS.applicant.email });
  await expect(draft.getByLabel("Message")).toHaveValue(/Please bring the report up to 2027\./);
  await expect(reviewer.getByTestId("status").first()).toHaveText("Changes requested");

  // The city's task list shows what was asked, beside the section it concerns.
  await openHydrated(page, tasks);
  await expect(page.getByTestId("status")).toHaveText("Changes requested");
  const requested = page.getByTestId("requested-changes");
  await expect(requested).toContainText("Please bring the report up to 2027.");
  await expect(requested).toContainText("Innovative practices: Which practices are new since 2026?");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: "Innovative practices" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("requested-changes")).toContainText("Which practices are new since 2026?");
  await page
    .getByLabel("Which new or unusual practices has the city tried")
    .fill("Since 2026 the library runs a repair café where residents teach each other.");
  await expect(page.getByTestId("autosave-status")).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await openHydrated(page, `${tasks}/check`);
  await page.getByRole("button", { name: "Send the progress report" }).click();
  await expect(page.getByTestId("confirmation")).toContainText("Progress report sent");

  // The reviewer's page, still open, shows the report sent again and exactly what changed.
  await expect(reviewer.getByTestId("status").first()).toHaveText("Resubmitted");
  const changes = reviewer.getByTestId("changes");
  await expect(changes).toContainText("Since 2026 the library runs a repair café");
  await expect(changes.locator("tbody tr")).toHaveCount(1);
  await expectAccessible(reviewer);

  // The secretary forwards it to UIL from its page.
  await openHydrated(secretary, desk);
  await secretary.getByTestId("decide").getByLabel("Forward the report to UIL", { exact: true }).check();
  await secretary.getByLabel("I confirm this decision on behalf of the Commission.").check();
  await secretary.getByRole("button", { name: "Record the decision" }).click();
  await expect(secretary).toHaveURL(new RegExp(`${desk}$`));
  await expect(secretary.getByTestId("status").first()).toHaveText("Forwarded to UIL");
  await expect(secretary.getByTestId("decide")).toHaveCount(0);
  await expect
    .poll(() => server.mails().filter((mail) => /^To: learningcities@unesco\.org/m.test(mail)).length)
    .toBeGreaterThan(0);
  await Promise.all(people.map((person) => person.context().close()));
});

import { readFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { ACCOUNTS, AREAS, expectAccessible, expectNoHorizontalScroll, openHydrated, signIn } from "./helpers";
import { expect, test } from "./own-server";

/** The rubric: the areas the city rated itself on, and the commitment and plan. */
const CRITERIA = [...AREAS, "commitment-and-plan"];

/** The board's line for `city`: a table row on a desktop, a card on a phone. */
function line(page: Page, city: string) {
  return page.locator(`[data-testid=application-row][data-city="${city}"]`);
}

/** Scores every criterion `score` by touching its button, picks `recommendation` and submits. */
async function submitReview(page: Page, score: number, recommendation = "Endorse") {
  for (const criterion of CRITERIA) {
    await page.getByTestId(`criterion-${criterion}`).getByLabel(String(score), { exact: true }).check();
  }
  await page.getByLabel(recommendation, { exact: true }).check();
  await page.getByRole("button", { name: "Submit review" }).click();
  await expect(page.getByTestId("review-saved")).toHaveText("Your review is submitted.");
}

test("a review submitted by one reviewer appears on another reviewer's open board at once", async ({
  page,
  browser,
  server,
  isMobile,
}) => {
  await signIn(page, ACCOUNTS.secondReviewer.email);
  await openHydrated(page, "/en/board");
  await expect(page.getByTestId("live")).toContainText("Live");
  await expect(page.getByTestId("quota")).toHaveText("Endorsed 0 of 3 this year");
  await expect(line(page, "Cēsis").getByTestId("reviews-done")).toHaveText("0 of 2");
  await expect(line(page, "Cēsis").getByTestId("score")).toHaveText("shown after your review");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  if (isMobile) {
    // Below 768 px each application is a card: its cells stack, each named by its column.
    const cell = line(page, "Cēsis").getByTestId("reviews-done");
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe("grid");
  }

  const other = await browser.newContext({ baseURL: server.url, timezoneId: "Europe/Riga" });
  const first = await other.newPage();
  await signIn(first, ACCOUNTS.reviewer.email);
  await openHydrated(first, "/en/board");
  await line(first, "Cēsis").getByRole("link", { name: "Cēsis" }).click();
  await expect(first.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(first.getByTestId("reviews-hidden")).toBeVisible();
  await expectAccessible(first);

  // A submit with a gap lists the missing score and keeps what was chosen.
  await first.getByTestId("criterion-political-will").getByLabel("5", { exact: true }).check();
  await first.getByRole("button", { name: "Submit review" }).click();
  await expect(first.locator(".error-summary")).toContainText("Inclusive learning, from basic to higher education: This is required.");
  await expect(first.locator("#field-score-political-will-5")).toBeChecked();

  await submitReview(first, 4);
  await other.close();

  // The open board follows without a reload.
  await expect(line(page, "Cēsis").getByTestId("reviews-done")).toHaveText("1 of 2");
  await expect(line(page, "Cēsis").getByTestId("status")).toHaveText("In review");
  await expect(line(page, "Cēsis").getByTestId("score")).toHaveText("shown after your review");

  // Once this reviewer's own review is in, the scores show.
  await line(page, "Cēsis").getByRole("link", { name: "Cēsis" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await submitReview(page, 2, "Do not endorse");
  await expect(page.getByTestId("reviews-done")).toHaveText("2 of 2");
  await expect(page.getByTestId("score").getByTestId("mean")).toHaveText("3.0 (spread 2.0)");
  await expect(page.getByTestId("score").getByTestId("tally")).toHaveText("endorse 1 · changes 0 · do not endorse 1");
  await expect(page.getByTestId("review-card")).toHaveCount(2);
  await expectNoHorizontalScroll(page);
});

test("a reviewer who declares a conflict no longer sees the application, and the secretary sees why", async ({
  page,
  browser,
  server,
}) => {
  await signIn(page, ACCOUNTS.reviewer.email);
  await openHydrated(page, "/en/board");
  await line(page, "Jelgava").getByRole("link", { name: "Jelgava" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  const jelgavaDesk = new URL(page.url()).pathname;
  await page.getByText("I have a conflict of interest with this city").click();
  await page.getByLabel("Note for the secretary (optional)").fill("My sister leads the city's application.");
  await page.getByRole("button", { name: "Declare a conflict of interest" }).click();
  // The application is no longer this reviewer's to see: the board takes the desk's place.
  await expect(page).toHaveURL(/\/en\/board\?__done=/);
  await expect(page.getByText("Your conflict of interest is recorded.")).toBeVisible();
  await expect(line(page, "Jelgava")).toContainText("Conflict declared");
  await page.goto(`${new URL(page.url()).origin}${jelgavaDesk}`);
  await expect(page.getByText("We could not find that.")).toBeVisible();

  const other = await browser.newContext({ baseURL: server.url, timezoneId: "Europe/Riga" });
  const secretary = await other.newPage();
  await signIn(secretary, ACCOUNTS.secretary.email);
  await openHydrated(secretary, "/en/board?q=jelgava");
  await expect(secretary.getByTestId("board-count")).toHaveText("Showing 1 of 2 applications");
  await line(secretary, "Jelgava").getByRole("link", { name: "Jelgava" }).click();
  await expect(secretary.getByTestId("recused")).toHaveText("Declared a conflict of interest: Pēteris Ozols");
  await expect(secretary.getByRole("heading", { name: "Your review" })).toHaveCount(0);
  await expectAccessible(secretary);
  await other.close();
});

test("the secretary records and removes a conflict, and the reviewer's open board follows", async ({
  page,
  browser,
  server,
}) => {
  await signIn(page, ACCOUNTS.secondReviewer.email);
  await openHydrated(page, "/en/board");
  await expect(page.getByTestId("live")).toContainText("Live");
  await expect(line(page, "Cēsis")).toContainText("Not started");

  const other = await browser.newContext({ baseURL: server.url, timezoneId: "Europe/Riga" });
  const secretary = await other.newPage();
  await signIn(secretary, ACCOUNTS.secretary.email);
  await openHydrated(secretary, "/en/board");
  await secretary.getByRole("link", { name: "Conflicts of interest" }).click();
  await expect(secretary.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(secretary.getByRole("heading", { level: 1 })).toHaveText("Conflicts of interest");
  await expect(secretary.getByTestId("no-conflicts")).toBeVisible();

  // Nothing chosen: every gap is listed, and nothing is recorded.
  await secretary.getByRole("button", { name: "Record the conflict" }).click();
  await expect(secretary.locator(".error-summary li")).toHaveCount(3);
  await expectAccessible(secretary);

  await secretary.getByLabel("Reviewer").selectOption({ label: "Marta Liepa" });
  await secretary.getByLabel("City").selectOption({ label: "Cēsis" });
  await secretary.getByLabel("Reason").fill("Sits on the board of the Cēsis learning festival.");
  await secretary.getByRole("button", { name: "Record the conflict" }).click();
  await expect(secretary.getByTestId("recorded-conflict")).toBeVisible();
  const listed = secretary.locator("[data-testid=listed-conflict][data-city=Cēsis]");
  await expect(listed).toContainText("Marta Liepa");
  await expect(listed).toContainText("recorded by Ilze Kalniņa");
  await expectNoHorizontalScroll(secretary);

  // The reviewer's open board hears of it without a reload.
  await expect(line(page, "Cēsis")).toContainText("Conflict declared");

  await listed.getByText("Remove", { exact: true }).click();
  await listed.getByLabel("Reason").fill("Entered for the wrong reviewer.");
  await listed.getByRole("button", { name: "Remove the conflict" }).click();
  await expect(secretary.getByTestId("no-conflicts")).toBeVisible();
  await expect(line(page, "Cēsis")).toContainText("Not started");
  await expectAccessible(secretary);
  await other.close();
});

test("the Commission sees who else has an application open, and its files show in the page", async ({
  page,
  browser,
  server,
}) => {
  await signIn(page, ACCOUNTS.secretary.email);
  await openHydrated(page, "/en/board");
  await line(page, "Jelgava").getByRole("link", { name: "Jelgava" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("live")).toContainText("Live");
  await expect(page.getByTestId("presence")).toHaveCount(0);
  const desk = new URL(page.url()).pathname;

  const other = await browser.newContext({ baseURL: server.url, timezoneId: "Europe/Riga" });
  const reviewer = await other.newPage();
  await signIn(reviewer, ACCOUNTS.reviewer.email);
  await openHydrated(reviewer, desk);
  await expect(reviewer.getByTestId("presence")).toHaveText("Also viewing this page now: Ilze Kalniņa");
  await expect(page.getByTestId("presence")).toHaveText("Also viewing this page now: Pēteris Ozols");
  await expectAccessible(page);
  await other.close();
  await expect(page.getByTestId("presence")).toHaveCount(0, { timeout: 20_000 });

  // The signed scan opens in the page; nothing is fetched before.
  const preview = page.getByTestId("preview").first();
  await expect(preview.locator("iframe")).toBeHidden();
  await preview.locator("summary").click();
  const frame = preview.locator("iframe");
  await expect(frame).toBeVisible();
  const shown = await page.request.get((await frame.getAttribute("src"))!);
  expect(shown.status()).toBe(200);
  expect(shown.headers()["content-type"]).toBe("application/pdf");
  expect(shown.headers()["content-disposition"]).toBe("inline");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test("the secretary downloads the filtered board as a workbook and a table, and the meeting sheet", async ({ page }) => {
  await signIn(page, ACCOUNTS.secretary.email);
  await openHydrated(page, "/en/board?q=C%C4%93sis");
  await expect(line(page, "Jelgava")).toHaveCount(0);
  const downloads = page.getByRole("region", { name: "Download this board" });
  await expect(downloads).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  const [workbook] = await Promise.all([
    page.waitForEvent("download"),
    downloads.getByRole("link", { name: "Excel workbook" }).click(),
  ]);
  expect(workbook.suggestedFilename()).toMatch(/^pieteikums-board-\d{4}\.xlsx$/);
  const bytes = await readFile((await workbook.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");

  const table = await page.request.get((await page.getByTestId("download-csv").getAttribute("href"))!);
  expect(table.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = await table.text();
  expect(text.split("\n")[0]).toContain("City,Status,Submitted (Riga time)");
  expect(text).toContain("Cēsis");
  expect(text).not.toContain("Jelgava");

  const [sheet] = await Promise.all([
    page.waitForEvent("download"),
    downloads.getByRole("link", { name: "Meeting sheet (PDF)" }).click(),
  ]);
  expect(sheet.suggestedFilename()).toMatch(/^pieteikums-meeting-\d{4}\.pdf$/);
  const pdf = await readFile((await sheet.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "./helpers";
import { test as ownServerTest } from "./own-server";

// Before the WASM arrives (or without it), pages render on the server and forms still post.

/** Signs `email` in with a plain form post, as a browser without JavaScript does. */
async function signInWithoutScript(page: Page, email: string) {
  await page.goto("/en/login");
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/en\/account$/);
}

test("without JavaScript the landing page shows the window and its deadline", async ({ page }) => {
  await page.goto("/ru");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.locator(".countdown__clock")).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  await expect(page.locator(".countdown__when")).toContainText("по рижскому времени");
});

test("without JavaScript the member cities and the network's page read in full", async ({ page }) => {
  await page.goto("/en/members");
  await expect(page.getByTestId("member-row")).toHaveCount(2);
  await expect(page.getByTestId("member-row").first()).toContainText("Valmiera");
  await page.getByRole("link", { name: "About the network and what membership gives a city" }).click();
  await expect(page).toHaveURL(/\/en\/network$/);
  await expect(page.getByRole("heading", { name: "Building blocks" })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 664 }, isMobile: true, hasTouch: true });

  test("without JavaScript the header takes at most a fifth of the screen and its menu opens", async ({ page }) => {
    await signInWithoutScript(page, ACCOUNTS.secretary.email);
    const header = await page.locator(".site-header").boundingBox();
    expect(header?.height).toBeLessThanOrEqual(664 / 5);
    const menu = page.getByRole("navigation", { name: "Main menu" });
    await expect(menu.getByRole("link", { name: "Review board" })).toBeHidden();
    await page.getByText("Menu", { exact: true }).click();
    await menu.getByRole("link", { name: "Review board" }).click();
    await expect(page).toHaveURL(/\/en\/board$/);
    await expect(page.getByTestId("application-row").first()).toBeInViewport();
  });
});

test("without JavaScript a person can still sign in", async ({ page }) => {
  await signInWithoutScript(page, ACCOUNTS.applicant.email);
  await expect(page.getByTestId("role")).toHaveText(ACCOUNTS.applicant.role);
});

test("without JavaScript a wrong password still shows the message", async ({ page }) => {
  await page.goto("/lv/login");
  await page.locator("#field-email").fill("guess-no-javascript@demo.pieteikums.lv");
  await page.locator("#field-password").fill("definitely wrong");
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/lv\/login\?/);
  await expect(page.getByRole("alert")).toContainText("E-pasta adrese vai parole nav pareiza.");
});

/** Signs the applicant in and starts the application with plain form posts; returns its task list. */
async function startWithoutScript(page: Page): Promise<string> {
  await signInWithoutScript(page, ACCOUNTS.applicant.email);
  await page.goto("/en/apply");
  await page.getByRole("button", { name: "Start the application" }).click();
  await expect(page).toHaveURL(/\/en\/apply\/\d+$/);
  return new URL(page.url()).pathname;
}

test.describe("the wizard without JavaScript", () => {
  ownServerTest("a section's buttons save the answers and lead on, listing what is missing", async ({ page }) => {
    const tasks = await startWithoutScript(page);

    await page.getByRole("link", { name: "Mayor", exact: true }).click();
    await page.locator("#field-surname").fill("Bērziņš");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(new RegExp(`${tasks}/mayor\\?check=1$`));
    await expect(page.locator("#field-surname")).toHaveValue("Bērziņš");
    await expect(page.locator(".error-summary")).toContainText("Salutation: This is required.");

    await page.getByLabel("Mr", { exact: true }).check();
    await page.locator("#field-first_name").fill("Jānis");
    await page.locator("#field-title").fill("Chairman of Valmiera Municipal Council");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(new RegExp(`${tasks}/contact$`));
    await page.getByRole("button", { name: "Save and come back later" }).click();
    await expect(page).toHaveURL(new RegExp(`${tasks}$`));
    await expect(page.getByTestId("task-mayor")).toContainText("Complete");
  });

  ownServerTest("a post that meets a newer save keeps what was typed and lets the person choose", async ({ page }) => {
    const tasks = await startWithoutScript(page);
    const id = tasks.split("/").pop() as string;
    await page.goto(`${tasks}/city`);

    // Someone else saves the section while this page is open.
    const other = await page.request.post("/api/save_answers", {
      form: { id, section: "city", base_version: "0", "answers[name]": "Valmiera (theirs)" },
    });
    expect(other.status()).toBe(200);

    await page.locator("#field-name").fill("Valmiera (mine)");
    await page.locator("#field-website").fill("www.valmiera.lv");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(new RegExp(`${tasks}/city\\?conflict=1$`));
    await expect(page.getByTestId("conflict")).toContainText("Valmiera (theirs)");
    await expect(page.locator("#field-name")).toHaveValue("Valmiera (mine)");

    await page.getByTestId("conflict").getByRole("button", { name: "Keep my answers" }).click();
    await expect(page).toHaveURL(new RegExp(`${tasks}/city$`));
    await expect(page.getByTestId("conflict")).toHaveCount(0);
    await expect(page.locator("#field-name")).toHaveValue("Valmiera (mine)");
    await expect(page.locator("#field-website")).toHaveValue("www.valmiera.lv");
  });
});

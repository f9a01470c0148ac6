import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "./helpers";

// Before the WASM arrives (or without it), pages render on the server and forms still post.

test("without JavaScript the landing page shows the window and its deadline", async ({ page }) => {
  await page.goto("/ru");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.locator(".countdown__clock")).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  await expect(page.locator(".countdown__when")).toContainText("по рижскому времени");
});

test("without JavaScript a person can still sign in", async ({ page }) => {
  await page.goto("/en/login");
  await page.locator("#field-email").fill(ACCOUNTS.applicant.email);
  await page.locator("#field-password").fill(PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/en\/account$/);
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

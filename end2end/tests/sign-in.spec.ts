import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectNoHorizontalScroll, openHydrated, openMenu, signIn } from "./helpers";
import { test as ownServerTest } from "./own-server";

for (const [name, account] of Object.entries(ACCOUNTS)) {
  test(`the ${name} signs in, sees their role and signs out`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByTestId("role")).toHaveText(account.role);
    await expect(page.getByTestId("welcome")).toContainText("Welcome,");
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await openMenu(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await openMenu(page);
    await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  });
}

test("a wrong password gets one generic message in an error summary", async ({ page }, testInfo) => {
  // Its own address per project: the per-account limit must not carry over between tests.
  const email = `guess-${testInfo.project.name}@demo.pieteikums.lv`;
  await openHydrated(page, "/lv/login");
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill("definitely wrong");
  await page.locator("form button[type=submit]").click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("E-pasta adrese vai parole nav pareiza.");
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\/lv\/login$/);
  await expect(page.locator("#field-email")).toHaveValue(email);
  await expectAccessible(page);
});

// On a server of its own: its refused attempts do not count against the shared server's limit per address.
ownServerTest("a sign-in sent before the page is interactive and refused keeps its message once it is", async ({ page }) => {
  const email = "early@demo.pieteikums.lv";
  // The WASM held back until the form has gone as a plain post; the page it comes back to then
  // hydrates the message the server drew into its address.
  let sent: () => void = () => {};
  const sending = new Promise<void>((resolve) => (sent = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await sending;
    await route.continue();
  });
  await page.goto("/lv/login");
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill("definitely wrong");
  await expect(page.locator("body")).not.toHaveAttribute("data-hydrated", "true");
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/lv\/login\?__path=/);
  sent();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByRole("alert")).toContainText("E-pasta adrese vai parole nav pareiza.");
  // Interactive now: the next try goes without a page load, and is refused alike.
  await page.locator("#field-password").fill("still wrong");
  await page.locator("form button[type=submit]").click();
  await expect(page.getByRole("alert")).toContainText("E-pasta adrese vai parole nav pareiza.");
  await expect(page.getByRole("alert")).toBeFocused();
  await expectAccessible(page);
});

test("only the secretary reaches the accounts page", async ({ page }) => {
  await signIn(page, ACCOUNTS.secretary.email);
  await openMenu(page);
  await page.getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accounts");
  await expect(page.getByRole("rowheader", { name: /Anna Bērziņa/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});

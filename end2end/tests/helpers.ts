import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = process.env.DEMO_PASSWORD ?? "playwright demo password";

/** The areas a city rates itself on: the Key Features' building blocks and fundamental conditions. */
export const AREAS = [
  "inclusive-learning",
  "learning-in-families-and-communities",
  "learning-for-and-in-the-workplace",
  "modern-learning-technologies",
  "quality-in-learning",
  "culture-of-learning",
  "political-will",
  "governance-and-participation",
  "mobilisation-of-resources",
];

export const ACCOUNTS = {
  secretary: { email: "secretary@demo.pieteikums.lv", role: "Commission secretary" },
  reviewer: { email: "reviewer@demo.pieteikums.lv", role: "Commission reviewer" },
  secondReviewer: { email: "reviewer2@demo.pieteikums.lv", role: "Commission reviewer" },
  applicant: { email: "valmiera@demo.pieteikums.lv", role: "City applicant" },
} as const;

/**
 * Opens `path` and waits until the WASM has hydrated the page, so that clicks reach Leptos. Returns the
 * console warnings and errors seen so far, which a clean hydration does not produce.
 */
export async function openHydrated(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning" || message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(path);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true", { timeout: 30_000 });
  return problems;
}

/** Fails on any serious or critical accessibility violation on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}

/** Fails when the page is wider than the viewport, i.e. scrolls sideways on a phone. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

export async function signIn(page: Page, email: string, lang = "en") {
  await openHydrated(page, `/${lang}/login`);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/account$`));
}

/** Signs the applicant in and starts the city's application; returns its task list's address. */
export async function startApplication(page: Page): Promise<string> {
  await signIn(page, ACCOUNTS.applicant.email);
  await openHydrated(page, "/en/apply");
  await page.getByRole("button", { name: "Start the application" }).click();
  await expect(page).toHaveURL(/\/en\/apply\/\d+$/);
  return new URL(page.url()).pathname;
}

/** Waits until autosave reports that the server has the answers. */
export async function expectSaved(page: Page) {
  await expect(page.getByTestId("autosave-status")).toHaveText(/^Saved at \d{2}:\d{2}$/);
}

/** Opens the main menu where a phone folds it under its button; on a wide screen it is always open. */
export async function openMenu(page: Page) {
  const toggle = page.locator(".site-menu > .phone-fold__toggle");
  if ((await toggle.isVisible()) && (await page.locator(".site-menu[open]").count()) === 0) {
    await toggle.click();
  }
}

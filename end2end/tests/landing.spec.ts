import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, openHydrated } from "./helpers";

const LANDINGS = [
  { lang: "lv", heading: "Pievienojieties UNESCO Izglītības pilsētu tīklam", steps: "Kā pieteikties" },
  { lang: "en", heading: "Join the UNESCO Global Network of Learning Cities", steps: "How applying works" },
  { lang: "ru", heading: "Вступайте в Глобальную сеть обучающихся городов ЮНЕСКО", steps: "Как подать заявку" },
];

for (const { lang, heading, steps } of LANDINGS) {
  test(`the ${lang} landing page explains the network and is accessible`, async ({ page }) => {
    await openHydrated(page, `/${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("heading", { name: steps })).toBeVisible();
    // The network's benefits and members have pages of their own, linked from here.
    await expect(page.locator(`main a[href="/${lang}/network"]`)).toBeVisible();
    await expect(page.locator(`main a[href="/${lang}/members"]`)).toBeVisible();
    await expect(page.locator(".steps li")).toHaveCount(5);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
}

test("the countdown keeps ticking after hydration, without hydration warnings", async ({ page }) => {
  const problems = await openHydrated(page, "/en");
  const clock = page.locator(".countdown__clock");
  await expect(clock).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  const first = await clock.textContent();
  await expect(clock).not.toHaveText(first ?? "");
  await expect(page.locator(".countdown time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(page.locator(".countdown__when")).toContainText("(Riga time)");
  // The browser is in Riga's time zone, so no second, local time is shown.
  await expect(page.locator(".countdown__local")).toHaveCount(0);
  expect(problems).toEqual([]);
});

/** The site's one WASM module, in the folder named after the bundle's content. */
const MODULE = /^\/pkg\/[0-9a-f]{16}\/pieteikums\.wasm$/;

test("every page loads the one module once, and the sign-in page's island works from it", async ({ page }) => {
  const wasm: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".wasm")) wasm.push(path);
  });
  await openHydrated(page, "/en");
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(MODULE);

  await openHydrated(page, "/en/login");
  expect(wasm.every((path) => MODULE.test(path))).toBe(true);
  // The island answers an empty form in place; without it the browser would post and reload.
  await page.locator("form button[type=submit]").click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/\/en\/login$/);
});

test("a returning visitor's browser takes the bundle from its cache without asking", async ({ page }) => {
  const network = await page.context().newCDPSession(page);
  await network.send("Network.enable");
  const asked = new Map<string, string>();
  const fromCache = new Set<string>();
  const cacheControl: string[] = [];
  network.on("Network.requestWillBeSent", ({ requestId, request }) => {
    const path = new URL(request.url).pathname;
    if (path.startsWith("/pkg/")) asked.set(requestId, path);
  });
  network.on("Network.requestServedFromCache", ({ requestId }) => fromCache.add(requestId));
  network.on("Network.responseReceived", ({ requestId, response }) => {
    if (!asked.has(requestId)) return;
    if (response.fromDiskCache || response.fromMemoryCache) fromCache.add(requestId);
    const header = Object.entries(response.headers).find(([name]) => name.toLowerCase() === "cache-control");
    cacheControl.push(String(header?.[1] ?? ""));
  });

  await openHydrated(page, "/en");
  expect(cacheControl.length).toBeGreaterThanOrEqual(3);
  expect(new Set(cacheControl)).toEqual(new Set(["public, max-age=31536000, immutable"]));

  asked.clear();
  await openHydrated(page, "/en/network");
  const again = [...asked.entries()];
  expect(again.length).toBeGreaterThanOrEqual(1);
  const fetched = again.filter(([requestId]) => !fromCache.has(requestId)).map(([, path]) => path);
  expect(fetched, "asked the server again").toEqual([]);
});

test.describe("in another time zone", () => {
  test.use({ timezoneId: "America/New_York" });

  test("the countdown also shows the viewer's own time", async ({ page }) => {
    await openHydrated(page, "/en");
    await expect(page.locator(".countdown__local")).toContainText("Your time:");
  });
});

test("the language switcher keeps the current page", async ({ page }) => {
  await openHydrated(page, "/lv/login");
  await page.getByRole("navigation", { name: "Valoda" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/login$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/login$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
});

test("an unknown page is a translated 404", async ({ page }) => {
  const response = await page.goto("/en/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectAccessible(page);
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ["/lv", "/ru/login", "/en/no-such-page"]) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    });
  }
});

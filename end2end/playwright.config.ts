import { defineConfig, devices } from "@playwright/test";

// `cargo xtask test` starts the server on a free port with a fresh demo database and passes its address.
const baseURL = process.env.BASE_URL ?? "http://127.0.0.1:3000";

// Debian's Chromium; the flags keep it from reaching out to a network this machine does not have.
const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const common = { baseURL, timezoneId: "Europe/Riga", locale: "lv-LV", launchOptions };

// The release installed behind Caddy, over HTTPS with a certificate of Caddy's own authority; only
// when `cargo xtask test` has set it up (its last phase).
const production = process.env.PROD_URL
  ? [
      {
        name: "production",
        use: { ...devices["Desktop Chrome"], ...common, baseURL: process.env.PROD_URL, ignoreHTTPSErrors: true },
        testMatch: /production\.spec\.ts/,
      },
      // The journeys in a browser again on a phone; the checks of the network once are enough.
      {
        name: "production-phone",
        use: { ...devices["Pixel 7"], ...common, baseURL: process.env.PROD_URL, ignoreHTTPSErrors: true },
        testMatch: /production\.spec\.ts/,
        grep: /@browser/,
      },
    ]
  : [];

export default defineConfig({
  testDir: "./tests",
  // Journeys are whole stories of many steps; with two workers, their servers and WASM compilation
  // sharing two cores, one took over 30 s. Speed is measured by `cargo xtask bench`, not here: these
  // limits only say when a step has clearly stopped.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry in CI: a page once failed to hydrate within 15 s while two workers, the server and WASM
  // compilation shared two cores. Playwright reports such a test as "flaky", and its trace is kept.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: { trace: "retain-on-first-failure" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], ...common }, testIgnore: /no-javascript|production/ },
    { name: "pixel-7", use: { ...devices["Pixel 7"], ...common }, testIgnore: /no-javascript|production/ },
    {
      name: "iphone-13",
      use: { ...devices["iPhone 13"], ...common, browserName: "chromium", defaultBrowserType: "chromium" },
      testIgnore: /no-javascript|production/,
    },
    {
      name: "desktop-no-js",
      use: { ...devices["Desktop Chrome"], ...common, javaScriptEnabled: false },
      testMatch: /no-javascript\.spec\.ts/,
    },
    ...production,
  ],
});

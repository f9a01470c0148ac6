import { type Page } from "@playwright/test";
import {
  ACCOUNTS,
  AREAS,
  expectAccessible,
  expectNoHorizontalScroll,
  expectSaved,
  openHydrated,
  signIn,
  startApplication,
} from "./helpers";
import { expect, test, WINDOW_OPEN } from "./own-server";

const FIGURES: [string, string, string][] = [
  ["population", "23 050", "2025"],
  ["area_km2", "19,35", "2025"],
  ["city_gdp_per_capita_usd", "21 400", "2024"],
  ["country_gdp_per_capita_usd", "23 300", "2024"],
  ["schooling_years_men", "13,1", "2023"],
  ["schooling_years_women", "13,9", "2023"],
];

/** The whole journey is checked at the narrowest phone the product supports. */
async function narrowOnPhones(page: Page, isMobile: boolean) {
  if (isMobile) await page.setViewportSize({ width: 360, height: 740 });
}

/** A scan as small as a content check accepts: a PDF header and padding. */
const SCAN = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(50_000, 32)]);

async function continueTo(page: Page, next: RegExp) {
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(next);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
}

test("a city fills in every section, fixes its mistakes, finds its answers after a reload and submits", async ({
  page,
  server,
  isMobile,
}) => {
  // Eleven pages, each checked with axe: longer than the default 30 s on a two-core machine.
  test.setTimeout(150_000);
  await narrowOnPhones(page, isMobile);
  const tasks = await startApplication(page);
  await expect(page.getByTestId("progress")).toHaveText("You have completed 0 of 7 sections.");
  await expect(page.locator(".countdown__label")).toHaveText("Closes in");
  await expectAccessible(page);

  await page.getByRole("link", { name: "City", exact: true }).click();
  await expect(page).toHaveURL(`${tasks}/city`);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await page.locator("#field-name").fill("Valmiera");
  await page.locator("#field-website").fill("not a web address");
  await expect(page.locator("#field-website")).toHaveAttribute("inputmode", "url");
  await page.getByRole("button", { name: "Save and continue" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([/^The city's official website: Enter a web address/]);
  await expectAccessible(page);
  await summary.getByRole("link").click();
  await expect(page.locator("#field-website")).toBeFocused();
  await page.locator("#field-website").fill("www.valmiera.lv");
  await continueTo(page, new RegExp(`${tasks}/mayor$`));

  await page.getByLabel("Mr", { exact: true }).check();
  await page.locator("#field-surname").fill("Bērziņš");
  await page.locator("#field-first_name").fill("Jānis");
  await page.locator("#field-title").fill("Chairman of Valmiera Municipal Council");
  await expectSaved(page);
  await page.reload();
  await expect(page.locator("#field-surname")).toHaveValue("Bērziņš");
  await expect(page.getByLabel("Mr", { exact: true })).toBeChecked();
  await expect(page.getByTestId("last-edit")).toContainText("Anna Bērziņa");
  await expectAccessible(page);
  await continueTo(page, new RegExp(`${tasks}/contact$`));

  await page.getByLabel("Ms", { exact: true }).check();
  await page.locator("#field-surname").fill("Liepiņa");
  await page.locator("#field-first_name").fill("Anna");
  await page.locator("#field-title").fill("Head of Education");
  await page.locator("#field-address").fill("Lāčplēša iela 2, Valmiera");
  await page.locator("#field-postcode").fill("4201");
  await expect(page.locator("#field-phone")).toHaveAttribute("type", "tel");
  await expect(page.locator("#field-email")).toHaveAttribute("autocomplete", "email");
  await page.locator("#field-phone").fill("+371 64 207 120");
  await page.locator("#field-email").fill("anna.liepina@valmiera.lv");
  await page.getByLabel("English", { exact: true }).check();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await continueTo(page, new RegExp(`${tasks}/city-profile$`));

  for (const [name, value, year] of FIGURES) {
    await page.locator(`#field-${name}-value`).fill(value);
    await page.locator(`#field-${name}-year`).fill(year);
  }
  await expect(page.locator("#field-population-value")).toHaveAttribute("inputmode", "numeric");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await continueTo(page, new RegExp(`${tasks}/narrative$`));

  const context = page.locator("#field-context_and_motivation");
  await context.fill("Valmiera wants every resident to keep learning, at every age.");
  await expect(page.locator("#field-context_and_motivation-count")).toHaveText("You have 190 words left");
  await page.locator("#field-implementation").fill("Our adult education centre coordinates local providers.");
  await expectAccessible(page);
  await continueTo(page, new RegExp(`${tasks}/interests$`));

  for (const area of AREAS) {
    await page.locator(`#field-ratings-${area}-4`).check();
  }
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await continueTo(page, new RegExp(`${tasks}/pledge$`));

  await page.getByLabel(/The City of Valmiera applies to join/).check();
  await expectAccessible(page);
  await continueTo(page, new RegExp(`${tasks}/check$`));

  await expect(page.locator(".summary-list--answers").first()).toContainText("www.valmiera.lv");
  await expect(page.getByText("Chairman of Valmiera Municipal Council")).toBeVisible();
  await expect(page.getByText("LV-4201")).toHaveCount(0);
  await expect(page.getByText("4201", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // Every answer is in, but the mayor has not signed yet: print, sign, upload the scan.
  const blocking = page.locator(".blocking .error-summary");
  await expect(blocking.getByRole("link")).toHaveText([/^Upload the scan of the application signed and stamped by the mayor/]);
  await expect(page.getByRole("button", { name: "Submit the application" })).toHaveCount(0);
  const print = page.getByRole("link", { name: "Download the application to print (PDF)" });
  const printed = await page.request.get((await print.getAttribute("href")) as string);
  expect(printed.status()).toBe(200);
  expect(printed.headers()["content-type"]).toBe("application/pdf");
  expect((await printed.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await blocking.getByRole("link").click();
  await expect(page).toHaveURL(`${tasks}/attachments`);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await page.locator("#upload-file").setInputFiles({ name: "signed.pdf", mimeType: "application/pdf", buffer: SCAN });
  await page.getByRole("button", { name: "Upload the file" }).click();
  await expect(page.getByRole("status")).toContainText("The file is uploaded.");
  await openHydrated(page, `${tasks}/check`);
  await expect(page.locator(".blocking")).toHaveCount(0);
  await page.getByRole("button", { name: "Submit the application" }).click();
  await expect(page).toHaveURL(new RegExp(`${tasks}/submitted$`));
  await expect(page.getByTestId("confirmation")).toContainText("Application submitted");
  await expect(page.getByTestId("status")).toHaveText("Submitted");
  await expectAccessible(page);

  // The outbox: the city's confirmation, and the Commission's copy with UIL in copy.
  await expect.poll(() => server.mails().length).toBe(2);
  const office = server.mails().find((mail) => /^To: office@unesco\.lv/m.test(mail));
  expect(office).toMatch(/^Cc: learningcities@unesco\.org/m);
  expect(office).toMatch(/^Content-Type: application\/pdf/m);
  expect(office).toContain("GNLC-application-Valmiera-2027.pdf");
  const city = server.mails().find((mail) => /^To: valmiera@demo\.pieteikums\.lv/m.test(mail));
  expect(city).toMatch(/^Cc: anna\.liepina@valmiera\.lv/m);

  await openHydrated(page, tasks);
  await expect(page.getByTestId("progress")).toHaveText("You have completed 7 of 7 sections.");
  await openHydrated(page, `${tasks}/city`);
  await expect(page.locator("#field-name")).toBeDisabled();
});

test("two devices editing the same section get the conflict dialog and nothing is overwritten", async ({
  page,
  browser,
  server,
}) => {
  const tasks = await startApplication(page);
  const other = await browser.newContext({ baseURL: server.url, timezoneId: "Europe/Riga" });
  const second = await other.newPage();
  await signIn(second, ACCOUNTS.applicant.email);

  await openHydrated(page, `${tasks}/city`);
  await openHydrated(second, `${tasks}/city`);
  await page.locator("#field-name").fill("Valmiera (first device)");
  await expectSaved(page);

  await second.locator("#field-name").fill("Valmiera (second device)");
  const dialog = second.getByTestId("conflict");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Anna Bērziņa saved this section");
  await expect(dialog.getByTestId("conflict-theirs")).toHaveText("Valmiera (first device)");
  await expect(dialog.getByTestId("conflict-yours")).toHaveText("Valmiera (second device)");
  await expectAccessible(second);
  await dialog.getByRole("button", { name: "Keep my answers" }).click();
  await expect(dialog).toBeHidden();
  await expectSaved(second);

  await page.reload();
  await expect(page.locator("#field-name")).toHaveValue("Valmiera (second device)");
  // Typing before the island hydrates would change the field without telling autosave.
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await page.locator("#field-name").fill("Valmiera (first device, again)");
  await expectSaved(page);
  await second.locator("#field-website").fill("www.valmiera.lv");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("link", { name: "Use their answers" }).click();
  await expect(second.locator("#field-name")).toHaveValue("Valmiera (first device, again)");
  await expect(second.locator("#field-website")).toHaveValue("");
  await other.close();
});

test("changes typed offline are kept and saved when the connection is back", async ({ page, context }) => {
  const tasks = await startApplication(page);
  await openHydrated(page, `${tasks}/city`);
  await context.setOffline(true);
  await page.locator("#field-name").fill("Valmiera, typed offline");
  await expect(page.getByTestId("autosave-status")).toContainText("You are offline");
  await context.setOffline(false);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator("#field-name")).toHaveValue("Valmiera, typed offline");
});

test("changes typed while the service is down for a moment are kept and saved once it is back", async ({ page }) => {
  const tasks = await startApplication(page);
  await openHydrated(page, `${tasks}/city`);
  // What the server answers while its database restarts (the integration tests restart a real one).
  const unavailable = async (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify("Unavailable") });
  await page.route("**/api/save_answers", unavailable);
  await page.locator("#field-name").fill("Valmiera, typed during the restart");
  await expect(page.getByTestId("autosave-status")).toContainText("unavailable for a moment");
  await page.unroute("**/api/save_answers", unavailable);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator("#field-name")).toHaveValue("Valmiera, typed during the restart");
});

test("what is typed on a slow phone before the page is interactive is kept and saved", async ({ page }) => {
  const tasks = await startApplication(page);
  // A slow network, and the WASM held back until the person has typed: the page is shown, the answers
  // go into the server-rendered inputs, and only then can the islands hydrate.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  let typed: () => void = () => {};
  const typing = new Promise<void>((resolve) => (typed = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await typing;
    await route.continue();
  });
  await page.goto(`${tasks}/narrative`);
  await expect(page.locator("body")).not.toHaveAttribute("data-hydrated", "true");
  const answer = "Typed on the bus before the page had finished loading.";
  await page.locator("#field-implementation").fill(answer);
  await expect(page.locator("body")).not.toHaveAttribute("data-hydrated", "true");
  typed();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true", { timeout: 60_000 });
  await expect(page.locator("#field-implementation")).toHaveValue(answer);
  // Ten words of 200: the counter, rendered by the server for an empty answer, catches up.
  await expect(page.locator("#field-implementation-count")).toContainText("190");
  await expectSaved(page);
  await page.unroute(/\.wasm$/);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await page.reload();
  await expect(page.locator("#field-implementation")).toHaveValue(answer);
});

test("after Saved, a server restart loses nothing", async ({ page, server }) => {
  const tasks = await startApplication(page);
  await openHydrated(page, `${tasks}/narrative`);
  const answer = "Valmiera has kept learning at the centre of its plans since 2016.";
  await page.locator("#field-implementation").fill(answer);
  await expectSaved(page);
  await server.restart("2027-04-10T10:00:00Z");
  await openHydrated(page, `${tasks}/narrative`);
  await expect(page.locator("#field-implementation")).toHaveValue(answer);
});

test.describe("as the window closes", () => {
  // 30 April 2027, 23:30 in Riga: half an hour before the window closes.
  test.use({ clockStart: "2027-04-30T20:30:00Z" });

  test("the last hour is announced, and after the close a submission is refused", async ({ page, server }) => {
    const tasks = await startApplication(page);
    await expect(page.getByTestId("closing-warning")).toHaveText(/closes in less than an hour/);
    await answerAndSign(page, tasks);

    // Ten minutes after the close, by the server's clock.
    await server.restart("2027-04-30T21:10:00Z");
    await openHydrated(page, `${tasks}/check`);
    await expect(page.locator(".window-notice")).toContainText("The application window closed on 30 April 2027");
    await expect(page.getByTestId("closing-warning")).toHaveCount(0);
    await page.getByRole("button", { name: "Submit the application" }).click();
    await expect(page.locator(".error-summary")).toContainText("The application window is closed");
    await expect(page).toHaveURL(new RegExp(`${tasks}/check$`));
    await openHydrated(page, tasks);
    await expect(page.getByTestId("status")).toHaveText("Draft");
    expect(server.mails()).toEqual([]);
  });
});

/** Answers every section and uploads the signed scan, as the forms post them. */
async function answerAndSign(page: Page, tasks: string) {
  const id = tasks.split("/").pop() as string;
  for (const [section, answers] of completeAnswers()) {
    const response = await page.request.post("/api/save_answers", {
      form: { id, section, base_version: "0", ...answers },
    });
    expect(response.status()).toBe(200);
  }
  const signed = await page.request.post(`/files/applications/${id}`, {
    multipart: { kind: "signed", file: { name: "signed.pdf", mimeType: "application/pdf", buffer: SCAN } },
    maxRedirects: 0,
  });
  expect(signed.status()).toBe(303);
}

test("the task list follows the application live, and says when the connection breaks", async ({
  page,
  browser,
  server,
}) => {
  const tasks = await startApplication(page);
  await answerAndSign(page, tasks);
  await openHydrated(page, tasks);
  await expect(page.getByTestId("live")).toContainText("Live");
  await expect(page.getByTestId("status")).toHaveText("Draft");

  // Someone else of the city submits it from another device.
  const other = await browser.newContext({ baseURL: server.url, timezoneId: "Europe/Riga" });
  const second = await other.newPage();
  await signIn(second, ACCOUNTS.applicant.email);
  await openHydrated(second, `${tasks}/check`);
  await second.getByRole("button", { name: "Submit the application" }).click();
  await expect(second).toHaveURL(new RegExp(`${tasks}/submitted$`));
  await other.close();
  await expect(page.getByTestId("status")).toHaveText("Submitted");
  await expect(page.getByTestId("task-city")).toBeVisible();
  await expectAccessible(page);

  // The server goes away and comes back: the page says so, then reconnects by itself.
  const restarted = server.restart(WINDOW_OPEN);
  await expect(page.getByTestId("live")).toContainText("Reconnecting…");
  await restarted;
  await expect(page.getByTestId("live")).toContainText("Live", { timeout: 15_000 });
  await expect(page.getByTestId("status")).toHaveText("Submitted");
});

/** Every section answered completely, as its form posts. */
function completeAnswers(): [string, Record<string, string>][] {
  const ratings = Object.fromEntries(AREAS.map((area) => [`answers[ratings][${area}]`, "4"]));
  const figures = Object.fromEntries(
    FIGURES.flatMap(([name, value, year]) => [
      [`answers[${name}][value]`, value],
      [`answers[${name}][year]`, year],
    ]),
  );
  return [
    ["city", { "answers[name]": "Valmiera", "answers[website]": "www.valmiera.lv" }],
    [
      "mayor",
      {
        "answers[salutation]": "mr",
        "answers[surname]": "Bērziņš",
        "answers[first_name]": "Jānis",
        "answers[title]": "Chairman of Valmiera Municipal Council",
      },
    ],
    [
      "contact",
      {
        "answers[salutation]": "ms",
        "answers[surname]": "Liepiņa",
        "answers[first_name]": "Anna",
        "answers[title]": "Head of Education",
        "answers[address]": "Lāčplēša iela 2, Valmiera",
        "answers[postcode]": "LV-4201",
        "answers[phone]": "+371 64 207 120",
        "answers[email]": "anna.liepina@valmiera.lv",
        "answers[language]": "en",
      },
    ],
    ["city-profile", figures],
    [
      "narrative",
      { "answers[context_and_motivation]": "We learn together.", "answers[implementation]": "Through our centre." },
    ],
    ["interests", ratings],
    ["pledge", { "answers[adopts_guiding_documents]": "on" }],
  ];
}

test("the signed scan is uploaded, checked by its content, listed and downloadable", async ({ page, isMobile }) => {
  await narrowOnPhones(page, isMobile);
  const tasks = await startApplication(page);
  await page.getByRole("link", { name: "Signature and attachments" }).click();
  await expect(page).toHaveURL(`${tasks}/attachments`);
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expectAccessible(page);

  await page.locator("#upload-file").setInputFiles({
    name: "scan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html>not a scan</html>"),
  });
  await page.getByRole("button", { name: "Upload the file" }).click();
  await expect(page.getByRole("alert")).toContainText("The file must be a PDF, JPEG or PNG");
  await expectAccessible(page);

  await page.locator("#upload-file").setInputFiles({ name: "Valmiera parakstīts.pdf", mimeType: "application/pdf", buffer: SCAN });
  await page.getByRole("button", { name: "Upload the file" }).click();
  await expect(page.getByRole("status")).toContainText("The file is uploaded.");
  const file = page.getByTestId("attachment");
  await expect(file).toContainText("Valmiera parakstīts.pdf");
  await expect(file).toContainText("Signed application (scan)");
  await expectNoHorizontalScroll(page);

  const download = await page.request.get(await file.getByRole("link").getAttribute("href") as string);
  expect(download.status()).toBe(200);
  expect((await download.body()).equals(SCAN)).toBe(true);

  await openHydrated(page, tasks);
  await expect(page.getByTestId("task-attachments")).toContainText("1 file");
});

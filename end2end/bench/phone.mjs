// The phone bench of `cargo xtask bench`: each page opened as a phone on a slow mobile network would,
// in Debian's Chromium with a Pixel 7's screen, 150 ms round trips, 1.6 Mbit/s down and 750 kbit/s
// up, and the processor slowed four times (DevTools protocol), signed in, with an empty cache; then
// opened again with what the first visit left in the cache. Prints, per page, the median over the
// runs of the time to the first painted content ("shown"), the time until the page's islands have
// hydrated ("interactive"), the requests that went to the network and the bytes that came back; and
// adds the rows to the bench summary. Talks to the server at BASE_URL only.

import { chromium, devices } from "@playwright/test";
import { appendFileSync } from "node:fs";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const PASSWORD = process.env.DEMO_PASSWORD ?? "playwright demo password";
const RUNS = Number(process.env.PHONE_RUNS ?? 3);
const SUMMARY = process.env.PIETEIKUMS_BENCH_SUMMARY;
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
// A page not interactive by then counts as this long, and the bench goes on.
const GIVE_UP_MS = 30_000;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });

/** A person signed in through the sign-in server function: their cookies for a fresh context, and a
 * request context that reads as them. */
async function signedIn(email) {
  const context = await browser.newContext({ baseURL: BASE });
  const answer = await context.request.post("/api/login", { form: { email, password: PASSWORD, lang: "en" } });
  if (!answer.ok()) throw new Error(`signing in ${email} answered ${answer.status()}`);
  return { state: await context.storageState(), request: context.request };
}

async function json(request, path) {
  const answer = await request.get(path);
  if (!answer.ok()) throw new Error(`${path} answered ${answer.status()}`);
  return answer.json();
}

const city = await signedIn("valmiera@demo.pieteikums.lv");
const secretary = await signedIn("secretary@demo.pieteikums.lv");
const drafts = (await json(city.request, "/api/applications")).filter((one) => one.status === "Draft");
const application = drafts[0]?.id ?? (await (await city.request.post("/api/start_application")).json());
const reviewed = (await json(secretary.request, "/api/board")).rows[0].id;

const PAGES = [
  { name: "landing", path: "/en", as: null },
  { name: "sign-in", path: "/en/login", as: null },
  { name: "task list", path: `/en/apply/${application}`, as: city },
  { name: "a wizard section", path: `/en/apply/${application}/city`, as: city },
  { name: "check answers", path: `/en/apply/${application}/check`, as: city },
  { name: "review board", path: "/en/board", as: secretary },
  { name: "review desk", path: `/en/board/${reviewed}`, as: secretary },
  { name: "an admin page", path: "/en/admin/cycles", as: secretary },
];

/** One visit of `path` on `page`: when it was shown and interactive, what it asked of the network. */
async function visit(page, cdp, path) {
  const asked = new Map();
  const onSent = (event) => asked.set(event.requestId, { bytes: 0, cached: false });
  const onCached = (event) => {
    const request = asked.get(event.requestId);
    if (request) request.cached = true;
  };
  const onReceived = (event) => {
    const request = asked.get(event.requestId);
    if (request && (event.response.fromDiskCache || event.response.fromPrefetchCache)) request.cached = true;
  };
  const onFinished = (event) => {
    const request = asked.get(event.requestId);
    if (request) request.bytes = event.encodedDataLength;
  };
  cdp.on("Network.requestWillBeSent", onSent);
  cdp.on("Network.requestServedFromCache", onCached);
  cdp.on("Network.responseReceived", onReceived);
  cdp.on("Network.loadingFinished", onFinished);
  await page.goto(path, { waitUntil: "commit" });
  const interactive = await page
    .waitForFunction(() => window.__hydratedAt, null, { timeout: GIVE_UP_MS, polling: 50 })
    .then((handle) => handle.jsonValue())
    .catch(() => GIVE_UP_MS);
  const shown = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  );
  // Whatever the page still fetches once interactive (data, the live stream) counts too.
  await page.waitForLoadState("networkidle").catch(() => {});
  cdp.off("Network.requestWillBeSent", onSent);
  cdp.off("Network.requestServedFromCache", onCached);
  cdp.off("Network.responseReceived", onReceived);
  cdp.off("Network.loadingFinished", onFinished);
  const fetched = [...asked.values()].filter((request) => !request.cached);
  return {
    shown,
    interactive,
    requests: fetched.length,
    bytes: fetched.reduce((sum, request) => sum + request.bytes, 0),
  };
}

/** A first visit with an empty cache, then a returning one, in a new phone. */
async function measure({ path, as }) {
  const context = await browser.newContext({
    ...devices["Pixel 7"],
    baseURL: BASE,
    storageState: as?.state,
    timezoneId: "Europe/Riga",
  });
  // The moment the islands have hydrated, as the page's own clock reads it.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body?.dataset.hydrated === "true") {
        window.__hydratedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-hydrated"] });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const first = await visit(page, cdp, path);
  const again = await visit(page, cdp, path);
  await context.close();
  return { first, again };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const seconds = (ms) => (ms === null ? "–" : `${(ms / 1000).toFixed(1)} s`);
const kilobytes = (bytes) => `${Math.round(bytes / 1024)} KB`;

const rows = [];
for (const page of PAGES) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await measure(page));
  const figure = (visit, key) => median(runs.map((one) => one[visit][key] ?? 0));
  rows.push({
    name: page.name,
    first: ["shown", "interactive", "requests", "bytes"].map((key) => figure("first", key)),
    again: ["interactive", "requests", "bytes"].map((key) => figure("again", key)),
  });
  const [shown, interactive, requests, bytes] = rows.at(-1).first;
  const [againInteractive, againRequests, againBytes] = rows.at(-1).again;
  console.log(
    `${page.name}: shown ${seconds(shown)}, interactive ${seconds(interactive)}, ${requests} requests, ` +
      `${kilobytes(bytes)}; again: interactive ${seconds(againInteractive)}, ${againRequests} requests, ${kilobytes(againBytes)}`,
  );
}
await browser.close();

console.log(`\nphone (Pixel 7, 150 ms, 1.6 Mbit/s, CPU ×${CPU_SLOWDOWN}), median of ${RUNS} runs\n`);
console.log("| page | shown | interactive | requests | on the wire | again: interactive | again: requests | again: on the wire |");
console.log("|---|---|---|---|---|---|---|---|");
for (const { name, first, again } of rows) {
  console.log(
    `| ${name} | ${seconds(first[0])} | ${seconds(first[1])} | ${first[2]} | ${kilobytes(first[3])} | ` +
      `${seconds(again[0])} | ${again[1]} | ${kilobytes(again[2])} |`,
  );
}
if (SUMMARY) {
  const lines = rows.map(
    ({ name, first, again }) =>
      `| phone, ${name}: interactive first / again, requests, on the wire | ${seconds(first[1])} / ` +
      `${seconds(again[0])}, ${first[2]} requests, ${kilobytes(first[3])} | ≤ 2.5 s / ≤ 1 s, ≤ 20, ≤ 250 KB |\n`,
  );
  appendFileSync(SUMMARY, lines.join(""));
}

import { execFileSync } from "node:child_process";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { expect, test, type Page } from "@playwright/test";
import {
  ACCOUNTS,
  PASSWORD,
  expectAccessible,
  expectNoHorizontalScroll,
  expectSaved,
  openHydrated,
  signIn,
} from "./helpers";

// `cargo xtask test` installs the release into a temporary root, starts it as its systemd unit would,
// puts Caddy in front with a certificate of its own authority, and says where each of them listens.
const PROD_URL = process.env.PROD_URL ?? "";
const PROD_HTTP_URL = process.env.PROD_HTTP_URL ?? "";
const DIRECT_URL = process.env.PROD_DIRECT_URL ?? "";
const METRICS_URL = process.env.PROD_METRICS_URL ?? "";

type Answer = { status: number; body: string };

/**
 * One request from the loopback address `from`, so that several clients can be told apart, through
 * Caddy (https) or straight to the server (http). `headers` may carry a forged X-Forwarded-For.
 */
function send(url: string, from: string, method: string, body = "", headers: Record<string, string> = {}) {
  const target = new URL(url);
  const request = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<Answer>((done, fail) => {
    const outgoing = request(
      target,
      {
        method,
        localAddress: from,
        rejectUnauthorized: false,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "sec-fetch-site": "same-origin",
          ...headers,
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => done({ status: response.statusCode ?? 0, body: text }));
      },
    );
    outgoing.on("error", fail);
    outgoing.end(body);
  });
}

function signInFrom(base: string, from: string, email: string, password: string, headers = {}) {
  const form = new URLSearchParams({ email, password, lang: "en" }).toString();
  return send(`${base}/api/login`, from, "POST", form, headers);
}

/**
 * Wrong passwords for different accounts until the allowance of one client address is used up: the
 * first 30 are answered, then one every 2 s, so a few more may pass while the 30 are checked.
 */
async function useUpTheAllowance(base: string, from: string, headers: () => Record<string, string> = () => ({})) {
  const tag = Math.random().toString(36).slice(2);
  for (let n = 0; n < 30; n++) {
    const answer = await signInFrom(base, from, `nobody-${tag}-${n}@example.lv`, "guess", headers());
    expect(answer.status, `attempt ${n}`).toBe(401);
  }
  const after: number[] = [];
  for (let n = 0; n < 5 && !after.includes(429); n++) {
    after.push((await signInFrom(base, from, `one-more-${tag}-${n}@example.lv`, "guess", headers())).status);
  }
  expect(after).toContain(429);
}

/**
 * The city's application: the first browser to come starts it, the next (the phone, on the same
 * installed server) continues it.
 */
async function theCitysApplication(page: Page): Promise<string> {
  await signIn(page, ACCOUNTS.applicant.email);
  await openHydrated(page, "/en/apply");
  const start = page.getByRole("button", { name: "Start the application" });
  const started = page.locator(".application-list__item a").first();
  await expect(start.or(started)).toBeVisible();
  await ((await start.isVisible()) ? start : started).click();
  await expect(page).toHaveURL(/\/en\/apply\/\d+$/);
  return new URL(page.url()).pathname;
}

/** A loopback address of its own for each client, so that a retried run starts with fresh limits. */
function loopback(): string {
  const byte = () => 1 + Math.floor(Math.random() * 250);
  return `127.${byte()}.${byte()}.${byte()}`;
}

test.describe.configure({ mode: "serial" });

test("the site answers HTTP/2 over TLS, and plain HTTP is sent to HTTPS", async () => {
  const version = execFileSync("curl", ["--http2", "-sk", "-o", "/dev/null", "-w", "%{http_version}", `${PROD_URL}/healthz`]);
  expect(version.toString()).toBe("2");
  const plain = execFileSync("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", `${PROD_HTTP_URL}/en`]);
  // The redirect names the standard port, which is where a real installation listens.
  expect(plain.toString()).toBe(`308 https://${new URL(PROD_URL).hostname}/en`);
});

test("a city signs in and saves a section over HTTPS with a Secure session cookie", { tag: "@browser" }, async ({ page, context }) => {
  const tasks = await theCitysApplication(page);
  const session = (await context.cookies()).find((cookie) => cookie.name === "pieteikums_session");
  expect(session?.secure).toBe(true);
  expect(session?.httpOnly).toBe(true);
  await openHydrated(page, `${tasks}/city`);
  const name = `Valmiera, saved over HTTPS (${test.info().project.name})`;
  await page.locator("#field-name").fill(name);
  await expectSaved(page);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.reload();
  await expect(page.locator("#field-name")).toHaveValue(name);
});

test("behind Caddy each client has its own sign-in limit, and a forged address is ignored", async () => {
  await useUpTheAllowance(PROD_URL, loopback());
  // Someone else behind the same proxy is not held up by the guesser.
  const colleague = await signInFrom(PROD_URL, loopback(), ACCOUNTS.reviewer.email, PASSWORD);
  expect(colleague.status).not.toBe(429);
  expect(colleague.status).toBeLessThan(400);
  // Straight to the server from an address that is no trusted proxy: X-Forwarded-For is not believed.
  await useUpTheAllowance(DIRECT_URL, loopback(), () => ({
    "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
  }));
});

test("the bundle's files are kept by browsers for a year, through Caddy too", { tag: "@browser" }, async ({ page }) => {
  const bundle: Promise<string | null>[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.startsWith("/pkg/")) bundle.push(response.headerValue("cache-control"));
  });
  await openHydrated(page, "/en");
  const headers = await Promise.all(bundle);
  expect(headers.length).toBeGreaterThanOrEqual(3);
  expect(new Set(headers)).toEqual(new Set(["public, max-age=31536000, immutable"]));
});

test("the metrics count the load on their own address and are not served through the site", async () => {
  const metrics = await send(`${METRICS_URL}/metrics`, "127.0.0.1", "GET");
  expect(metrics.status).toBe(200);
  expect(metrics.body).toContain('pieteikums_http_requests_total{route="/api/login",method="POST",status="429"}');
  expect(metrics.body).toContain("pieteikums_http_request_duration_seconds_bucket");
  expect(metrics.body).toContain("pieteikums_outbox_queued");
  const outside = await send(`${PROD_URL}/metrics`, "127.0.0.1", "GET");
  expect(outside.status).toBe(404);
  expect(outside.body).not.toContain("pieteikums_http_requests_total");
});

import { test as base } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PASSWORD } from "./helpers";

// `cargo xtask test` says where the release build is; run by hand, the usual places are used.
const BINARY = process.env.SERVER_BINARY ?? resolve(__dirname, "../../target/release/server");
const SITE_ROOT = process.env.SITE_ROOT ?? resolve(__dirname, "../../target/site");

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/**
 * A server of the test's own: a fresh demo database in a temporary folder and a clock that starts at
 * `clockStart`, so that a test can open or close the application window, stop and restart the server,
 * and read the mails it wrote (without SMTP they land as files in the data folder's `outbox/`).
 */
export class OwnServer {
  private child?: ChildProcess;
  readonly url: string;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async start(clockStart: string): Promise<OwnServer> {
    const server = new OwnServer(await freePort(), mkdtempSync(join(tmpdir(), "pieteikums-journey-")));
    await server.launch(clockStart);
    return server;
  }

  private async launch(clockStart: string) {
    this.child = spawn(BINARY, [], {
      env: {
        ...process.env,
        PIETEIKUMS_DATA_DIR: this.dataDir,
        PIETEIKUMS_DEMO: "1",
        PIETEIKUMS_DEMO_PASSWORD: PASSWORD,
        PIETEIKUMS_CLOCK_START: clockStart,
        // Journeys count the mails they cause; the reminders have tests of their own.
        PIETEIKUMS_REMINDERS_EVERY: "0",
        LEPTOS_SITE_ROOT: SITE_ROOT,
        LEPTOS_SITE_ADDR: `127.0.0.1:${this.port}`,
        RUST_LOG: "warn",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((wait) => setTimeout(wait, 100));
    }
    throw new Error(`the server on port ${this.port} did not become healthy`);
  }

  /** Stops the server as an operator would (SIGTERM) and waits until it has exited. */
  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
  }

  /** Stops and starts the server on the same port and data, with its clock now at `clockStart`. */
  async restart(clockStart: string) {
    await this.stop();
    await this.launch(clockStart);
  }

  /** The mails written so far, as raw message text. */
  mails(): string[] {
    const outbox = join(this.dataDir, "outbox");
    if (!existsSync(outbox)) return [];
    return readdirSync(outbox)
      .filter((name) => name.endsWith(".eml"))
      .map((name) => readFileSync(join(outbox, name), "utf8"));
  }

  async dispose() {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** 10 April 2027, noon in Riga: the 2027 window is open, with weeks to go. */
export const WINDOW_OPEN = "2027-04-10T09:00:00Z";

export const test = base.extend<{ clockStart: string; server: OwnServer }>({
  clockStart: [WINDOW_OPEN, { option: true }],
  server: async ({ clockStart }, use) => {
    const server = await OwnServer.start(clockStart);
    await use(server);
    await server.dispose();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

export { expect } from "@playwright/test";

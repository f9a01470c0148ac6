import { test as base } from "@playwright/test";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
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
  private clockStart = "";
  readonly url: string;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    readonly demo: boolean,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts a server with the demo data, or (`demo` false) on an empty database as a real installation. */
  static async start(clockStart: string, demo = true): Promise<OwnServer> {
    const server = new OwnServer(await freePort(), mkdtempSync(join(tmpdir(), "pieteikums-journey-")), demo);
    await server.launch(clockStart);
    return server;
  }

  private environment(clockStart: string): NodeJS.ProcessEnv {
    return {
      ...process.env,
      PIETEIKUMS_DATA_DIR: this.dataDir,
      PIETEIKUMS_DEMO: this.demo ? "1" : "0",
      PIETEIKUMS_DEMO_PASSWORD: PASSWORD,
      PIETEIKUMS_CLOCK_START: clockStart,
      // Journeys count the mails they cause; the reminders have tests of their own.
      PIETEIKUMS_REMINDERS_EVERY: "0",
      LEPTOS_SITE_ROOT: SITE_ROOT,
      LEPTOS_SITE_ADDR: `127.0.0.1:${this.port}`,
      RUST_LOG: "warn",
    };
  }

  private async launch(clockStart: string) {
    this.clockStart = clockStart;
    this.child = spawn(BINARY, [], {
      env: this.environment(clockStart),
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

  /**
   * Runs `server add-secretary` with the server's own settings, as an operator would on a new
   * installation, and answers the set-password link it prints.
   */
  addSecretary(email: string, name: string, lang: string): string {
    const printed = execFileSync(BINARY, ["add-secretary", email, "--name", name, "--lang", lang], {
      env: this.environment(this.clockStart),
      encoding: "utf8",
    });
    const link = printed.split("\n").find((line) => line.includes("/set-password/"));
    if (!link) throw new Error(`add-secretary printed no link: ${printed}`);
    return link.trim();
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

/**
 * The text of a mail's body, decoded from the transfer encoding it was written in (base64 or
 * quoted-printable when it holds letters outside ASCII).
 */
export function mailText(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/^Content-Transfer-Encoding: base64/im.test(head)) {
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  }
  if (/^Content-Transfer-Encoding: quoted-printable/im.test(head)) {
    const joined = body.replace(/=\r?\n/g, "");
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
        bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(joined[i], "utf8"));
      }
    }
    return Buffer.from(bytes).toString("utf8");
  }
  return body;
}

export const test = base.extend<{ clockStart: string; demo: boolean; server: OwnServer }>({
  clockStart: [WINDOW_OPEN, { option: true }],
  demo: [true, { option: true }],
  server: async ({ clockStart, demo }, use) => {
    const server = await OwnServer.start(clockStart, demo);
    await use(server);
    await server.dispose();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

export { expect } from "@playwright/test";

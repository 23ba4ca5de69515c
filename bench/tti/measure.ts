// Time from navigation to an interactive page in headless Chromium, for the task pane opening a
// filled form (wizard shown, first step button usable), for the same page outside Office (the real
// office.js, the pane's final screen), for the anchor outside Office (Microsoft's React template,
// the same office.js: its screen rendered after Office.onReady, the "Insert text" button) and for
// the baseline (one Fluent button), alternating in the same run, each in a fresh browser context
// (cold cache). "Interactive", the same for every page: the element that the page shows once it is
// ready is in the page and enabled, and a task queued after it ran (the main thread is free).
import { createReadStream, existsSync, readFileSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import path from "path";
import { chromium } from "playwright-core";
import { PROFILE_STORAGE_KEY } from "../../src/taskpane/profile-store";
import { serializeProfile } from "../../src/domain";
import type { Built } from "./build";
import { ANCHOR_DIR, anchorPage, anchorPresent } from "./anchor";

export const CHROMIUM = "/usr/bin/chromium";
export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
// The production HTML is minified: attribute quotes are optional.
const OFFICE_JS_TAG = /<script[^>]*src="?https:\/\/appsforoffice\.microsoft\.com[^">]*"?[^>]*><\/script>/;
const PANE_TAG = /<script[^>]*src="?taskpane\.[^">]+\.js"?[^>]*><\/script>/;

type Kind = "taskpane" | "outsideWord" | "anchor" | "baseline";

export interface PageTiming {
  page: Kind;
  /** Median ms from navigation start to interactive. */
  medianMs: number;
  runs: number[];
  /** Taskpane only: median ms until the stand-in Word was ready (its own cost, not the pane's). */
  hostReadyMs?: number;
  /**
   * Taskpane only: median, per run, of the ms from "Word ready" to interactive. The stand-in loads
   * while the pane's bundle downloads and runs, so this is not the pane's own cost alone.
   */
  afterHostMs?: number;
}

export interface TtiResult {
  /** The shipped bundle opening a filled form on the stand-in Word: wizard usable. */
  pane: PageTiming;
  /** The shipped page with the real office.js (npm copy) outside Office: final screen shown. */
  outsideWord: PageTiming;
  baseline: PageTiming;
  /** Microsoft's React template outside Office (same office.js); null when the anchor is missing. */
  anchor: PageTiming | null;
  /** pane / baseline medians. */
  ratio: number;
  /** outsideWord / baseline medians. */
  outsideWordRatio: number;
  /** outsideWord / anchor medians (the issue 18 goal: ≤ 1.2). */
  outsideVsAnchor: number | null;
}

const ANCHOR_PAGE = "/anchor/taskpane.html";
const OFFICE_JS_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The two pages share the production taskpane.html shell (same CSP, same head). */
function pages(built: Built): Record<string, string> {
  const shell = readFileSync(path.join(built.mainDir, "taskpane.html"), "utf8");
  if (!OFFICE_JS_TAG.test(shell) || !PANE_TAG.test(shell))
    throw new Error("taskpane.html: the Office.js or task pane script tag is not where the bench expects it");
  const pane = shell.replace(OFFICE_JS_TAG, '<script src="/bench/bench-host.js"></script>');
  const baseline = shell
    .replace(OFFICE_JS_TAG, "")
    .replace(PANE_TAG, '<script defer src="/bench/baseline.js"></script>');
  if (baseline.includes("taskpane.")) throw new Error("baseline page still loads the task pane");
  const outsideWord = shell.replace(OFFICE_JS_TAG, '<script src="/office-js/office.js"></script>');
  const served: Record<string, string> = {
    "/taskpane.html": pane,
    "/outsideWord.html": outsideWord,
    "/baseline.html": baseline,
  };
  // the anchor's own page, its scripts (relative URLs) beside it under /anchor/
  if (anchorPresent())
    served[ANCHOR_PAGE] = anchorPage(
      readFileSync(path.join(ANCHOR_DIR, "taskpane.html"), "utf8"),
      "/office-js/office.js",
    );
  return served;
}

export function serve(built: Built, formDocx: Uint8Array): Promise<Server> {
  const html = pages(built);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const send = (type: string, body: string | Uint8Array) =>
      res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
    if (html[url]) return send("text/html; charset=utf-8", html[url]);
    if (url === "/bench-form.docx") return send("application/octet-stream", formDocx);
    const file = url.startsWith("/bench/")
      ? path.join(built.benchDir, url.slice(7))
      : url.startsWith("/office-js/")
        ? path.join(OFFICE_JS_DIST, url.slice(11))
        : url.startsWith("/anchor/")
          ? path.join(ANCHOR_DIR, url.slice(8))
          : path.join(built.mainDir, url);
    if (![built.benchDir, built.mainDir, OFFICE_JS_DIST, ANCHOR_DIR].some((dir) => file.startsWith(dir + path.sep)))
      return res.writeHead(404).end();
    if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, {
      "content-type": file.endsWith(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Runs in the page before its scripts: records when `selector` is there, enabled, and the main thread is free. */
function watchScript(selector: string, profile: string | null): string {
  return `(() => {
    ${profile ? `localStorage.setItem(${JSON.stringify(PROFILE_STORAGE_KEY)}, ${JSON.stringify(profile)});` : ""}
    window.__tti = new Promise((resolve) => {
      const check = () => {
        const el = document.querySelector(${JSON.stringify(selector)});
        if (el && !el.disabled) return setTimeout(() => resolve(performance.now()), 0);
        requestAnimationFrame(check);
      };
      check();
    });
  })();`;
}

export async function measureTti(built: Built, formDocx: Uint8Array, runs: number): Promise<TtiResult> {
  const server = await serve(built, formDocx);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const profile = serializeProfile({ initials: "PH", organisation: "Ambiq", name: "" });
  const withAnchor = anchorPresent();
  const times = {
    taskpane: [] as number[],
    outsideWord: [] as number[],
    anchor: [] as number[],
    baseline: [] as number[],
    host: [] as number[],
    afterHost: [] as number[],
  };
  const selectors: Record<Kind, string> = {
    taskpane: 'nav[aria-label="Onderdelen van de handreiking"] button',
    // outside Office the pane's last screen says what it found after Office.onReady
    outsideWord: 'section[aria-label="Gevonden omgeving"]',
    // the template renders its App (header, list, "Insert text") only after Office.onReady
    anchor: "#container button",
    baseline: "#container button",
  };
  const outside: string[] = [];
  try {
    const once = async (kind: Kind) => {
      const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
      context.on("request", (r) => {
        if (!r.url().startsWith(origin)) outside.push(r.url());
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(watchScript(selectors[kind], kind === "taskpane" ? profile : null));
      await page.goto(`${origin}${kind === "anchor" ? ANCHOR_PAGE : `/${kind}.html`}`);
      const ms = await page.evaluate(() => (window as unknown as { __tti: Promise<number> }).__tti);
      if (errors.length) throw new Error(`${kind}: ${errors.join("; ")}`);
      times[kind].push(ms);
      if (kind === "taskpane") {
        const host = await page.evaluate(() => performance.getEntriesByName("host-ready")[0]?.startTime ?? NaN);
        times.host.push(host);
        times.afterHost.push(ms - host);
      }
      await context.close();
    };
    await once("baseline"); // warm-up of the browser process itself, not counted
    times.baseline = [];
    for (let i = 0; i < runs; i++) {
      await once("taskpane");
      await once("outsideWord");
      if (withAnchor) await once("anchor");
      await once("baseline");
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (outside.length) throw new Error(`requests left the machine: ${outside.join(", ")}`);
  const round = (n: number) => Math.round(n * 10) / 10;
  const pane: PageTiming = {
    page: "taskpane",
    medianMs: round(median(times.taskpane)),
    runs: times.taskpane.map(round),
    hostReadyMs: round(median(times.host)),
    afterHostMs: round(median(times.afterHost)),
  };
  const outsideWord: PageTiming = {
    page: "outsideWord",
    medianMs: round(median(times.outsideWord)),
    runs: times.outsideWord.map(round),
  };
  const baseline: PageTiming = {
    page: "baseline",
    medianMs: round(median(times.baseline)),
    runs: times.baseline.map(round),
  };
  const anchor: PageTiming | null = withAnchor
    ? { page: "anchor", medianMs: round(median(times.anchor)), runs: times.anchor.map(round) }
    : null;
  const ratio = (t: PageTiming, to: PageTiming = baseline) => Math.round((t.medianMs / to.medianMs) * 100) / 100;
  return {
    pane,
    outsideWord,
    baseline,
    anchor,
    ratio: ratio(pane),
    outsideWordRatio: ratio(outsideWord),
    outsideVsAnchor: anchor ? ratio(outsideWord, anchor) : null,
  };
}

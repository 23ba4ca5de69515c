// The form screen against Microsoft's template, in headless Chromium, on the same stand-in Word
// (bench/tti/host-entry.ts: the preview's Word host emulator holding a filled form). Both pages are
// served as built; their office.js tag loads the stand-in instead, and their own scripts start once
// the stand-in's Word is ready ("host-ready"), as when a user opens the pane on a document Word
// already has open. Alternating, each run in a fresh browser context (cold cache), per page:
// - time to interactive: from host-ready until the element the page shows once it is ready is in
//   the page and enabled, and a task queued after it ran (the main thread is free); the task pane:
//   the form's step navigation, the template: its "Insert text" button (rendered after Office.onReady);
// - JavaScript before interactive: every script of the page's origin fetched by then (the stand-in
//   and office.js not counted), gzip -9 as on disk;
// - memory: the JS heap after a forced garbage collection once interactive, less the heap of a page
//   with the stand-in alone (the emulator and the document are Word's, not the page's).
import { createReadStream, existsSync, readFileSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import path from "path";
import { gzipSync } from "zlib";
import { chromium, type Page } from "playwright-core";
import { PROFILE_STORAGE_KEY } from "../../src/taskpane/profile-store";
import { serializeProfile } from "../../src/domain";
import type { Built } from "./build";
import { ANCHOR_DIR, anchorPresent } from "./anchor";

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
const SCRIPT_TAG = /<script([^>]*)\ssrc="?([^">\s]+)"?([^>]*)><\/script>/g;
const STAND_IN = '<script src="/bench/bench-host.js"></script>';

type Kind = "taskpane" | "anchor";

export interface PageFigures {
  page: Kind;
  /** Median ms from Word ready (host-ready) to interactive. */
  medianMs: number;
  runs: number[];
  /** Median ms from navigation start to Word ready (the stand-in's own cost, the same for both pages). */
  hostReadyMs: number;
  /** Scripts of the page fetched before interactive (first run): file and gzip -9 bytes. */
  scripts: { file: string; gz: number }[];
  /** Their sum, gzip -9. */
  jsGz: number;
  /** Stylesheets of the page fetched before interactive (Fluent's extracted CSS): not script, reported beside it. */
  styles: { file: string; gz: number }[];
  cssGz: number;
  /** Median JS heap after GC once interactive, less the stand-in's alone (bytes). */
  heapBytes: number;
}

export interface TtiResult {
  /** The shipped task pane opening a filled form: its form screen usable. */
  pane: PageFigures;
  /** Microsoft's React template on the same stand-in; null when ../shared/anchors is missing. */
  anchor: PageFigures | null;
  /** Median JS heap of the stand-in alone (bytes). */
  hostHeapBytes: number;
  runsEach: number;
}

const OFFICE_JS_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

export const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** A page as built, its office.js replaced by the stand-in and its own scripts held back until Word is ready. */
export function onStandIn(html: string, label: string): string {
  if (!OFFICE_JS_TAG.test(html))
    throw new Error(`${label}: the office.js script tag is not where the bench expects it`);
  const held = html.replace(OFFICE_JS_TAG, "@@STAND_IN@@").replace(SCRIPT_TAG, (_all, _before, src: string) => {
    return `<script type="bench/deferred" data-src="${src}"></script>`;
  });
  return held.replace("@@STAND_IN@@", STAND_IN);
}

function pages(built: Built): Record<string, string> {
  const shell = readFileSync(path.join(built.mainDir, "taskpane.html"), "utf8");
  const served: Record<string, string> = {
    "/taskpane.html": onStandIn(shell, "taskpane.html"),
    // the stand-in and nothing else: what Word's side weighs in the page
    "/host-only.html":
      '<!doctype html><html><head><script src="/bench/bench-host.js"></script></head><body></body></html>',
  };
  // the template's own page, its scripts (relative URLs) beside it under /anchor/
  if (anchorPresent())
    served["/anchor/taskpane.html"] = onStandIn(
      readFileSync(path.join(ANCHOR_DIR, "taskpane.html"), "utf8"),
      "anchor taskpane.html",
    );
  return served;
}

/** Where a served URL comes from on disk (null: not served). */
function fileOf(built: Built, url: string): string | null {
  const file = url.startsWith("/bench/")
    ? path.join(built.benchDir, url.slice(7))
    : url.startsWith("/office-js/")
      ? path.join(OFFICE_JS_DIST, url.slice(11))
      : url.startsWith("/anchor/")
        ? path.join(ANCHOR_DIR, url.slice(8))
        : path.join(built.mainDir, url);
  if (![built.benchDir, built.mainDir, OFFICE_JS_DIST, ANCHOR_DIR].some((dir) => file.startsWith(dir + path.sep)))
    return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function serve(built: Built, formDocx: Uint8Array): Promise<Server> {
  const html = pages(built);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const send = (type: string, body: string | Uint8Array) =>
      res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
    if (html[url]) return send("text/html; charset=utf-8", html[url]);
    if (url === "/bench-form.docx") return send("application/octet-stream", formDocx);
    const file = fileOf(built, url);
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, {
      // text/css too: Chromium refuses a stylesheet of another type, and the page would be timed unstyled
      "content-type": file.endsWith(".js")
        ? "text/javascript; charset=utf-8"
        : file.endsWith(".css")
          ? "text/css; charset=utf-8"
          : "application/octet-stream",
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

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

const SELECTORS: Record<Kind, string> = {
  // the form screen: the wizard's step navigation, shown once the form is read
  taskpane: 'nav[aria-label="Onderdelen van de handreiking"] button',
  // the template renders its App (header, list, "Insert text") only after Office.onReady
  anchor: "#container button",
};

export async function measureTti(built: Built, formDocx: Uint8Array, runs: number): Promise<TtiResult> {
  const server = await serve(built, formDocx);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const profile = serializeProfile({ initials: "PH", organisation: "Ambiq", name: "" });
  const withAnchor = anchorPresent();
  const gzOf = new Map<string, number>();
  const gz = (url: string): number => {
    const pathname = new URL(url).pathname;
    if (!gzOf.has(pathname)) {
      const file = fileOf(built, pathname);
      gzOf.set(pathname, file ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
    }
    return gzOf.get(pathname)!;
  };
  const times: Record<Kind, number[]> = { taskpane: [], anchor: [] };
  const hosts: Record<Kind, number[]> = { taskpane: [], anchor: [] };
  const heaps: Record<Kind | "host", number[]> = { taskpane: [], anchor: [], host: [] };
  const scripts: Record<Kind, { file: string; gz: number }[]> = { taskpane: [], anchor: [] };
  const styles: Record<Kind, { file: string; gz: number }[]> = { taskpane: [], anchor: [] };
  const outside: string[] = [];
  try {
    const fresh = async () => {
      const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
      context.on("request", (r) => {
        if (!r.url().startsWith(origin)) outside.push(r.url());
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      return { context, page, errors };
    };
    const hostOnly = async () => {
      const { context, page } = await fresh();
      await page.goto(`${origin}/host-only.html`);
      await page.waitForFunction(() => performance.getEntriesByName("host-ready").length > 0, null, {
        timeout: 120_000,
      });
      heaps.host.push(await heapAfterGc(page));
      await context.close();
    };
    const once = async (kind: Kind, counted: boolean) => {
      const { context, page, errors } = await fresh();
      await page.addInitScript(watchScript(SELECTORS[kind], kind === "taskpane" ? profile : null));
      await page.goto(`${origin}${kind === "anchor" ? "/anchor/taskpane.html" : "/taskpane.html"}`);
      const at = await page.evaluate(async () => {
        const ready = await (window as unknown as { __tti: Promise<number> }).__tti;
        const host = performance.getEntriesByName("host-ready")[0]?.startTime ?? NaN;
        const before = performance.getEntriesByType("resource").filter((r) => r.startTime <= ready);
        const js = before.filter((r) => /\.js(\?|$)/.test(r.name)).map((r) => r.name);
        const css = before.filter((r) => /\.css(\?|$)/.test(r.name)).map((r) => r.name);
        return { ready, host, js, css };
      });
      if (errors.length) throw new Error(`${kind}: ${errors.join("; ")}`);
      if (counted) {
        times[kind].push(at.ready - at.host);
        hosts[kind].push(at.host);
        heaps[kind].push(await heapAfterGc(page));
        if (!scripts[kind].length)
          scripts[kind] = at.js
            .filter((url) => !/\/(bench|office-js)\//.test(new URL(url).pathname))
            .map((url) => ({ file: new URL(url).pathname, gz: gz(url) }));
        if (!styles[kind].length) styles[kind] = at.css.map((url) => ({ file: new URL(url).pathname, gz: gz(url) }));
      }
      await context.close();
    };
    await once("taskpane", false); // warm-up of the browser process itself, not counted
    for (let i = 0; i < 3; i++) await hostOnly();
    for (let i = 0; i < runs; i++) {
      await once("taskpane", true);
      if (withAnchor) await once("anchor", true);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (outside.length) throw new Error(`requests left the machine: ${outside.join(", ")}`);
  const round = (n: number) => Math.round(n * 10) / 10;
  const hostHeap = median(heaps.host);
  const figures = (kind: Kind): PageFigures => ({
    page: kind,
    medianMs: round(median(times[kind])),
    runs: times[kind].map(round),
    hostReadyMs: round(median(hosts[kind])),
    scripts: scripts[kind],
    jsGz: scripts[kind].reduce((n, s) => n + s.gz, 0),
    styles: styles[kind],
    cssGz: styles[kind].reduce((n, s) => n + s.gz, 0),
    heapBytes: Math.round(median(heaps[kind]) - hostHeap),
  });
  return {
    pane: figures("taskpane"),
    anchor: withAnchor ? figures("anchor") : null,
    hostHeapBytes: Math.round(hostHeap),
    runsEach: runs,
  };
}

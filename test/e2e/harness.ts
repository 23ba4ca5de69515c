// End-to-end harness: the browser preview (preview/) built once into a temp dir, served by a
// tiny static server on 127.0.0.1, driven by headless Chromium through playwright-core.
//
//   describeE2E("…", () => {
//     beforeAll(() => startPreview(), E2E_TIMEOUT);
//     afterAll(() => stopPreview());
//     afterEach(() => expectCleanPages());      // no outside requests, no console/page errors
//     test("…", async () => {
//       const page = await newPage();
//       await paneLocator(page).getByRole("button", { name: "Opslaan" }).click();
//       …
//     });
//   });
//
// Every request of every page is recorded; anything that is not 127.0.0.1/localhost (or a
// data:/blob: URL) fails `expectNoOutsideRequests()`. Console errors and uncaught page errors
// fail `expectNoPageErrors()`.
//
// Chromium: /usr/bin/chromium (Debian package `chromium`). Without it the suite is skipped with
// a warning, except under CI=true, where it fails.
//
// The preview is built once per jest run by test/builds/global-setup.ts (HR_PREVIEW_DIR); a suite
// run on its own builds one. HR_PREVIEW_DIR=<dir> also reuses an existing build
// (`node node_modules/webpack-cli/bin/cli.js --mode development --env preview --env outDir=<dir>`).
import { createReadStream, existsSync, mkdirSync, rmSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, resolve, sep } from "path";
import { buildPreview, sharedOrOwnBuild, SHARED } from "../builds/webpack-builds";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const chromiumAvailable = existsSync(CHROMIUM);
export const SCREENS_DIR = join(ROOT, "test-output", "screens");
/** Per-hook / per-test timeout for e2e suites (the build alone takes 15–60 s). */
export const E2E_TIMEOUT = 240_000;
export const VIEWPORT = { width: 1400, height: 900 };

const AXE_PATH = join(ROOT, "node_modules", "axe-core", "axe.min.js");
/** Test-only route of the static server: axe-core, loaded from this origin so the page's CSP holds. */
const AXE_ROUTE = "/__e2e__/axe.min.js";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const MISSING = `chromium not found at ${CHROMIUM} — install it with apt-get install chromium`;

/**
 * describe() for e2e suites: skipped with a loud warning when Chromium is missing, except under
 * CI=true, where the suite fails instead.
 */
export function describeE2E(name: string, fn: () => void): void {
  if (chromiumAvailable) return describe(name, fn);
  if (process.env.CI === "true") {
    return describe(name, () => {
      beforeAll(() => {
        throw new Error(`E2E FAILED: ${MISSING} (CI=true, so the end-to-end tests may not be skipped)`);
      });
      fn();
    });
  }
  console.warn(`E2E SKIPPED: ${MISSING}`);
  return describe.skip(name, fn);
}

interface Tracked {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
}

interface Running {
  browser: Browser;
  server: Server;
  dir: string;
  /** Our own temp build (removed by stopPreview), or null for HR_PREVIEW_DIR. */
  ownBuild: string | null;
  origin: string;
}

let running: Running | null = null;
let tracked: Tracked[] = [];

/** How long the last startPreview() took, in ms (build 0 when HR_PREVIEW_DIR was used). */
export const timings = { buildMs: 0, startMs: 0 };

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

function serveDir(dir: string): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file =
      pathname === AXE_ROUTE ? AXE_PATH : normalize(join(root, pathname === "/" ? "/preview.html" : pathname));
    if ((file !== AXE_PATH && !file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolvePromise(server));
  });
}

/**
 * Builds the preview once (or takes HR_PREVIEW_DIR), serves it on 127.0.0.1 (random port) and
 * launches Chromium. Returns the preview page's URL. Call in beforeAll with E2E_TIMEOUT.
 */
export async function startPreview(): Promise<string> {
  if (running) return `${running.origin}/preview.html`;
  if (!chromiumAvailable) throw new Error(`E2E: ${MISSING}`);
  const started = Date.now();
  const build = await sharedOrOwnBuild(SHARED.preview, "hr-preview-", buildPreview);
  const dir = build.dir;
  const ownBuild = build.owned ? dir : null;
  timings.buildMs = build.owned ? Date.now() - started : 0;
  if (!existsSync(join(dir, "preview.html"))) throw new Error(`${SHARED.preview}=${dir} has no preview.html`);
  const server = await serveDir(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const { port } = server.address() as AddressInfo;
  running = { browser, server, dir, ownBuild, origin: `http://127.0.0.1:${port}` };
  timings.startMs = Date.now() - started;
  return `${running.origin}/preview.html`;
}

/** Closes every page, the browser and the server; removes the temp build. */
export async function stopPreview(): Promise<void> {
  const r = running;
  running = null;
  tracked = [];
  if (!r) return;
  await r.browser.close().catch(() => undefined);
  await new Promise<void>((done) => r.server.close(() => done()));
  if (r.ownBuild) rmSync(r.ownBuild, { recursive: true, force: true });
}

function isLocal(url: string): boolean {
  if (/^(data|blob|about):/i.test(url)) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return (
      ["http:", "https:", "ws:", "wss:"].includes(protocol) && (hostname === "127.0.0.1" || hostname === "localhost")
    );
  } catch {
    return false;
  }
}

export interface NewPageOptions {
  /** Start on this platform profile (the preview starts on "desktop"). */
  profile?: "web" | "desktop" | "office2019";
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel (2: a screen at 200 % zoom); default 1. */
  deviceScaleFactor?: number;
}

/**
 * Opens the preview in a fresh browser context (own localStorage, so no stored profile) and waits
 * until the pane has rendered and the document view shows the plain handreiking.
 */
export async function newPage(options: NewPageOptions = {}): Promise<Page> {
  if (!running) throw new Error("E2E: call startPreview() first (in beforeAll)");
  const context = await running.browser.newContext({
    viewport: options.viewport ?? VIEWPORT,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const record: Tracked = { page, context, requests: [], errors: [] };
  tracked.push(record);
  context.on("request", (request) => record.requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") record.errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => record.errors.push(`page error: ${error.stack ?? error.message}`));
  await page.goto(`${running.origin}/preview.html`);
  await waitForSession(page, 0);
  if (options.profile && options.profile !== "desktop") await switchProfile(page, options.profile);
  return page;
}

async function currentSession(page: Page): Promise<number> {
  return page.evaluate(() => window.__preview?.sessionId ?? 0);
}

async function waitForSession(page: Page, after: number): Promise<void> {
  await page.waitForFunction((n) => (window.__preview?.sessionId ?? 0) > n, after, { timeout: 30_000 });
  await page.locator("#pane main").first().waitFor({ state: "visible", timeout: 30_000 });
  await page.evaluate(() => window.__preview?.whenRendered());
}

/** Switches the emulated Word: the same document, saved from the old host and opened in the new profile (pane
 * re-mounted). */
export async function switchProfile(page: Page, profile: "web" | "desktop" | "office2019"): Promise<void> {
  const before = await currentSession(page);
  await page.locator("#preview-profile").selectOption(profile);
  await waitForSession(page, before);
}

/** "Opnieuw beginnen" (confirmed): a new emulator with the plain handreiking, same profile. */
export async function restart(page: Page): Promise<void> {
  const before = await currentSession(page);
  await page.getByTestId("preview-reset").click();
  await page.getByTestId("preview-confirm-yes").click();
  await waitForSession(page, before);
}

/** "Ander document openen": a new emulator holding this .docx, same profile, pane re-mounted. */
export async function openDocument(page: Page, docx: Uint8Array, name = "Handreiking Regie.docx"): Promise<void> {
  const before = await currentSession(page);
  await page.locator("#preview-open").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(docx),
  });
  await page.getByTestId("preview-confirm-yes").click(); // it replaces the open document: the preview asks first
  await waitForSession(page, before);
}

/** The task pane column (#pane, 350 px wide). */
export function paneLocator(page: Page): Locator {
  return page.locator("#pane");
}

/** The docx-preview rendering of the document. */
export function documentLocator(page: Page): Locator {
  return page.locator("#document");
}

/**
 * The document's text as docx-preview renders it, after the view has caught up with the
 * emulator. Note: call it after the pane shows the result of an action (the pane's Word.run
 * must have happened), or use waitForDocumentText.
 */
export async function documentText(page: Page): Promise<string> {
  await page.evaluate(() => window.__preview?.whenRendered());
  return documentLocator(page).innerText();
}

/** Polls documentText until it contains `expected` (string or RegExp); returns the text. */
export async function waitForDocumentText(page: Page, expected: string | RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await documentText(page);
    if (typeof expected === "string" ? text.includes(expected) : expected.test(text)) return text;
    if (Date.now() > deadline)
      throw new Error(
        `The document does not show ${String(expected)} within ${timeoutMs} ms. It shows:\n${text.slice(0, 2000)}`,
      );
    await page.waitForTimeout(250);
  }
}

/** The emulator's current .docx (window.__preview.saveDocx, a test-only hook). */
export async function documentDocx(page: Page): Promise<Uint8Array> {
  const base64 = await page.evaluate(async () => {
    const hook = window.__preview;
    if (!hook) throw new Error("window.__preview is missing");
    const bytes = await hook.saveDocx();
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return new Uint8Array(Buffer.from(base64, "base64"));
}

/** The boxes the document has now: content-control tags ("hr:…") and Dutch labels, in document order. */
export async function boxTags(page: Page): Promise<Array<{ tag: string; label: string }>> {
  return page.evaluate(() => window.__preview?.boxTags() ?? []);
}

/**
 * A person typing in Word: appends `text` to the box with content-control tag `tag` (e.g.
 * "hr:initialenJeugdige") through the preview's "Typ in het document" helper. Throws with the
 * preview's message when Word would refuse the edit. Waits until the document view has caught up.
 */
export async function typeInWord(page: Page, tag: string, text: string): Promise<void> {
  await page.evaluate(() => window.__preview?.whenRendered()); // box list up to date
  const notice = page.getByTestId("preview-notice");
  const before = (await notice.count()) ? Number(await notice.getAttribute("data-seq")) : 0;
  await page.locator("#type-tag").selectOption(tag, { timeout: 10_000 });
  await page.locator("#type-text").fill(text);
  await page.getByTestId("type-submit").click();
  await page.waitForFunction(
    (n) => Number(document.querySelector("[data-testid=preview-notice]")?.getAttribute("data-seq") ?? 0) > n,
    before,
    { timeout: 10_000 },
  );
  if ((await notice.getAttribute("data-intent")) === "error")
    throw new Error(`typeInWord(${tag}): ${await notice.innerText()}`);
  await page.evaluate(() => window.__preview?.whenRendered());
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; html: string; summary: string }>;
}

/** Runs axe-core on the element matching `selector` (e.g. "#pane"); returns the violations. */
export async function runAxe(page: Page, selector: string): Promise<AxeViolation[]> {
  if (!running) throw new Error("E2E: call startPreview() first");
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: `${running.origin}${AXE_ROUTE}` });
  return page.evaluate(async (sel) => {
    const root = document.querySelector(sel);
    if (!root) throw new Error(`runAxe: nothing matches ${sel}`);
    type AxeNode = { target: unknown[]; html?: string; failureSummary?: string };
    type AxeResult = { id: string; impact?: string | null; help: string; nodes: AxeNode[] };
    const axe = (
      window as unknown as { axe: { run: (el: Element, opts: object) => Promise<{ violations: AxeResult[] }> } }
    ).axe;
    // Fluent UI's focus manager (tabster) adds hidden <i tabindex=0 data-tabster-dummy> sentinels
    // to trap focus; they are meant to be focusable and hidden. Everything else is checked.
    const context = { include: [root], exclude: [["[data-tabster-dummy]"]] };
    // A button that was just enabled is still fading between its colours (a CSS transition):
    // finish every finite animation so axe judges the screen as it settles, not a mid-fade frame.
    for (const a of document.getAnimations()) if (a.effect?.getTiming().iterations !== Infinity) a.finish();
    const result = await axe.run(context as unknown as Element, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(" "),
        html: (n.html ?? "").slice(0, 200),
        summary: n.failureSummary ?? "",
      })),
    }));
  }, selector);
}

/** Saves a PNG to test-output/screens/<name>.png: the element matching `selector`, or the page. Returns the path. */
export async function screenshot(page: Page, name: string, selector?: string): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const file = join(SCREENS_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file });
  return file;
}

function take(page?: Page): Tracked[] {
  const chosen = page ? tracked.filter((t) => t.page === page) : tracked;
  return chosen;
}

/**
 * Fails when a page opened since the last check (or `page`) requested anything outside
 * 127.0.0.1/localhost; data: and blob: URLs are allowed. Clears what it checked.
 */
export function expectNoOutsideRequests(page?: Page): void {
  const checked = take(page);
  const outside = checked.flatMap((t) => t.requests.filter((url) => !isLocal(url)));
  for (const t of checked) t.requests = [];
  if (outside.length) throw new Error(`Requests left the machine:\n${[...new Set(outside)].join("\n")}`);
}

/** Fails on console errors or uncaught errors of the pages opened since the last check (or `page`). Clears them. */
export function expectNoPageErrors(page?: Page): void {
  const checked = take(page);
  const errors = checked.flatMap((t) => t.errors);
  for (const t of checked) t.errors = [];
  if (errors.length) throw new Error(`The page reported errors:\n${errors.join("\n")}`);
}

/** Both checks, then closes the pages checked (use in afterEach or at the end of a test). */
export async function expectCleanPages(page?: Page): Promise<void> {
  const checked = take(page);
  try {
    expectNoOutsideRequests(page);
    expectNoPageErrors(page);
  } finally {
    tracked = tracked.filter((t) => !checked.includes(t));
    await Promise.all(checked.map((t) => t.context.close().catch(() => undefined)));
  }
}

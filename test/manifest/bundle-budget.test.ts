// The task pane's JavaScript budget (issue 30), on the shared production build: a change that makes
// the pane heavier again fails here, not only in `npm run bench`. Limits are the figures of the
// last measurement (bench/README.md) with a little room; lower them when the bundle shrinks.
import { readdirSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { bundleSize } from "../../bench/tti/build";
import { unpackWords } from "../../src/domain/anonymise/packed-words";
import { buildProduction, sharedOrOwnBuild, SHARED } from "../builds/webpack-builds";

const KB = 1024;
/** taskpane.html's own scripts, gzip -9: measured 94.1 KB (107.9 KB before Griffel's build-time styles). */
const ENTRY_LIMIT = 97 * KB;
/**
 * Every script the task pane can load (the copy worker's included), gzip -9: measured 457.6 KB at the end of stop 39
 * (455.7 KB at the end of stop 38; the recogniser's rules of stop 39 grew the copy's chunk), 451.7 KB at stop 38 with
 * zod/mini instead of zod's classic API (zod's chunk 25.3 → 10.9 KB, its Dutch locale included); 463.6 KB at stop 37
 * (458.8 KB at stop 36 and 454.7 KB at stop 35: each stop's recogniser rules grow the research copy's own chunk, loaded
 * only when a copy is made; 449.3 KB before stop 35's; 492.6 KB when zod's schemas shipped twice and GeoNames' place
 * list was a module; 457.0 KB at Griffel's change).
 */
const TOTAL_LIMIT = 460 * KB;
/** The one stylesheet taskpane.html links (all of Fluent's and the pane's CSS), gzip -9: measured 14.3 KB. */
const STYLESHEET_LIMIT = 16 * KB;

let outDir = "";
let owned = false;

beforeAll(async () => {
  ({ dir: outDir, owned } = await sharedOrOwnBuild(SHARED.production, "hr-build-", buildProduction));
});

afterAll(() => {
  if (owned) rmSync(outDir, { recursive: true, force: true });
});

test("the entry chunk and all task-pane scripts together stay within their gzip budget", () => {
  const size = bundleSize(outDir);
  expect(size.initialGz).toBeLessThanOrEqual(ENTRY_LIMIT);
  expect(size.totalGz).toBeLessThanOrEqual(TOTAL_LIMIT);
  expect(size.styles.reduce((n, s) => n + s.gz, 0)).toBeLessThanOrEqual(STYLESHEET_LIMIT);
});

test("the name lists are a data file of the add-in's own, in no script", () => {
  const files = readdirSync(outDir);
  const lists = files.filter((f) => /^namenlijsten\.[0-9a-f]{8}\.json$/.test(f));
  expect(lists).toHaveLength(1);
  const packed = JSON.parse(readFileSync(join(outDir, lists[0]!), "utf8")) as Record<string, string>;
  expect(packed.boys?.startsWith("0aaron\n")).toBe(true);
  const scripts = files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(outDir, f), "utf8"));
  expect(scripts.filter((code) => code.includes("0aaron\\n1bdallah"))).toEqual([]);
  // GeoNames' place list too (73 KB as JSON): data in the same file, not a module in the copy's chunk
  expect(unpackWords(packed.geoPlaces ?? "")).toContain("aagtekerke");
  expect(scripts.filter((code) => code.includes("aagtekerke"))).toEqual([]);
  // fetched by its own name, relative to the add-in's origin (no other origin is allowed by the CSP)
  expect(scripts.filter((code) => code.includes(lists[0]!)).length).toBeGreaterThan(0);
});

test("the styles are one stylesheet taskpane.html links, not rules inside the scripts (Griffel at build time)", () => {
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
  const sheets = readdirSync(outDir).filter((f) => /^griffel\.[0-9a-f]{8}\.css$/.test(f));
  expect(sheets).toHaveLength(1);
  expect(html).toMatch(new RegExp(`<link href="?${sheets[0]!.replace(/\./g, "\\.")}"? rel="?stylesheet"?>`));
  const css = readFileSync(join(outDir, sheets[0]!), "utf8");
  // Fluent's rules (a Button's) and the pane's own makeStyles (App's root: max-width 640px) are in it
  expect(css).toContain("min-width:96px");
  expect(css).toContain("max-width:640px");
  // an atomic rule as Griffel writes it: ".f1abc23{display:flex;}": none left in any script
  const rule = /["']\.[a-z][a-z0-9]{5,8}\{[a-z-]+:[^"'{}]*\}["']/;
  const scripts = readdirSync(outDir).filter((f) => f.endsWith(".js") && !f.startsWith("commands."));
  expect(scripts.filter((f) => rule.test(readFileSync(join(outDir, f), "utf8")))).toEqual([]);
});

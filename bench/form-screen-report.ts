// The browser part of `npm run bench` as text: the bundle, and the form screen against Microsoft's
// template on the same stand-in Word (bench/tti/measure.ts), ending in the one comparison line.
import type { BrowserFigures } from "./tti/run-tti";

export type Grid = (head: string[], body: string[][]) => string;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;

export function browserTables(b: BrowserFigures, grid: Grid): string {
  const bundle = grid(
    ["task pane bundle", "raw", "gzip -9"],
    [
      ["entry chunk (taskpane.html's scripts)", kb(b.bundle.initialRaw), kb(b.bundle.initialGz)],
      ["all scripts (with the chunks loaded on demand)", kb(b.bundle.totalRaw), kb(b.bundle.totalGz)],
      ...b.bundle.chunks.map((c) => [`  ${c.file}${c.initial ? "" : " (on demand)"}`, kb(c.raw), kb(c.gz)]),
      // not script, not in the totals above: Fluent's CSS, moved out of the scripts at build time
      ...b.bundle.styles.map((c) => [`  stylesheet: ${c.file} (linked by taskpane.html)`, kb(c.raw), kb(c.gz)]),
      // not script, not in the totals above: fetched from the add-in's origin only for a research copy
      ...b.bundle.data.map((d) => [`  data: ${d.file} (research copy only)`, kb(d.raw), kb(d.gz)]),
    ],
  );
  const all = b.anchor
    ? `\n\nAll scripts together, gzip -9: task pane ${kb(b.bundle.totalGz)}, template ${kb(b.anchor.totalGz)}: ` +
      `${ratio(b.bundle.totalGz, b.anchor.totalGz)} (goal ≤ ×2)`
    : "\n\nAnchor: skipped (../shared/anchors/ms-taskpane-react not found; HR_ANCHOR_DIR points elsewhere).";
  if (!b.tti) return `${bundle}${all}\n\nForm screen: skipped (no /usr/bin/chromium).`;
  const t = b.tti;
  const pages = [t.pane, ...(t.anchor ? [t.anchor] : [])];
  const name = { taskpane: "task pane, form screen (filled form, 4 people)", anchor: "Microsoft's React template" };
  const screen = grid(
    [
      "page on the stand-in Word",
      "JS before interactive, gzip -9",
      "CSS files before interactive, gzip -9",
      "interactive after Word ready, median ms",
      "JS heap after GC",
      "Word ready after ms",
    ],
    pages.map((p) => [
      name[p.page],
      kb(p.jsGz),
      kb(p.cssGz),
      p.medianMs.toFixed(1),
      kb(p.heapBytes),
      p.hostReadyMs.toFixed(1),
    ]),
  );
  const runs = pages.map((p) => `${p.page} ms: ${p.runs.join(" ")}`).join("\n");
  const scripts = pages.map((p) => `${p.page} scripts: ${p.scripts.map((s) => `${s.file} ${kb(s.gz)}`).join(", ")}`);
  const ratios = t.anchor
    ? `\n\nForm screen / template: JS ${ratio(t.pane.jsGz, t.anchor.jsGz)}, time to interactive ${ratio(
        t.pane.medianMs,
        t.anchor.medianMs,
      )}, memory ${ratio(t.pane.heapBytes, t.anchor.heapBytes)} (goals: JS ≤ ×1.0, time ≤ ×1.0)`
    : "";
  return [
    bundle + all,
    `\n\nThe form screen against the template (${t.runsEach} runs each, alternating; the stand-in alone: ${kb(
      t.hostHeapBytes,
    )} heap, not counted):\n`,
    screen,
    `\n${runs}\n${scripts.join("\n")}`,
    ratios,
  ].join("\n");
}

/** The last line of `npm run bench`, the same shape in every run. */
export function comparisonLine(b: BrowserFigures | null): string {
  const t = b?.tti;
  if (!t?.anchor) return "form screen vs template: not measured (no Chromium, no anchor, or --no-browser)";
  const r = (a: number, x: number) => (a / x).toFixed(2);
  return `form screen vs template: js ×${r(t.pane.jsGz, t.anchor.jsGz)}, tti ×${r(t.pane.medianMs, t.anchor.medianMs)}`;
}

// Issue 23 item 4: CPU time of the research copy's scan of one free-text box, per shape of text
// (test/anonymise/scan-shapes.ts), at 25 KB and 100 KB. Linear: the 100 KB column is about four
// times the 25 KB one and at most a second. Alone: node scripts/ts-run.cjs bench/scan-shapes.ts
import { dutchLexicon } from "../src/document/name-lists";
import { SHAPES, copyCpuMs, shapeText } from "handreiking-fixtures/scan-shapes";

export interface ScanShape {
  shape: string;
  cpuMs25k: number;
  cpuMs100k: number;
}

export function benchScanShapes(): ScanShape[] {
  const lexicon = dutchLexicon();
  const names = [...lexicon.firstNames].sort();
  copyCpuMs("warm-up", lexicon);
  const best = (unit: string, n: number): number =>
    Math.min(...[0, 1, 2].map(() => copyCpuMs(shapeText(unit, n, names), lexicon)));
  return Object.entries(SHAPES).map(([shape, unit]) => ({
    shape,
    cpuMs25k: best(unit, 25_000),
    cpuMs100k: best(unit, 100_000),
  }));
}

export function scanShapesTable(rows: readonly ScanShape[]): string {
  const head = `${"shape of the box text".padEnd(26)} ${"25 KB cpu ms".padStart(13)} ${"100 KB cpu ms".padStart(14)} ${"ratio".padStart(6)}`;
  return [
    head,
    ...rows.map(
      (r) =>
        `${r.shape.padEnd(26)} ${r.cpuMs25k.toFixed(0).padStart(13)} ${r.cpuMs100k.toFixed(0).padStart(14)} ${(r.cpuMs100k / Math.max(1, r.cpuMs25k)).toFixed(1).padStart(6)}`,
    ),
  ].join("\n");
}

if (process.argv.some((a) => a.endsWith("bench/scan-shapes.ts"))) console.log(scanShapesTable(benchScanShapes()));

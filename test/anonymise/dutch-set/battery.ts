// The batteries of made-up shapes (BATTERY.md): how many marked identifiers of one kind the copy removes, and how many
// lines without one it changes. `node scripts/ts-run.cjs test/anonymise/dutch-set/battery.ts [ages|dates|institutions|
// names] [--misses]`. Printed, never asserted.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { copyOfBox } from "../one-box";

const KINDS = ["ages", "dates", "institutions", "names"] as const;
const kind = KINDS.find((k) => process.argv.includes(k)) ?? "ages";
const lines = (file: string): string[] =>
  existsSync(join(__dirname, file))
    ? readFileSync(join(__dirname, file), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
    : [];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
/** "[[9]]" or "[[instelling:Karakter]]": the marked text. */
const MARK = /\[\[(?:(?:instelling|plaats|persoon|datum|leeftijd):)?(.*?)\]\]/gu;

const misses: string[] = [];
let total = 0;
let found = 0;
for (const line of lines(`battery-${kind}.txt`)) {
  const plain = line.replace(MARK, "$1");
  const copy = copyOfBox(plain, 41).text;
  for (const [, mark = ""] of line.matchAll(MARK)) {
    total += 1;
    // found when its text no longer stands as a whole word in the copy
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(mark)}(?![\\p{L}\\p{N}])`, "u").test(copy))
      misses.push(`${mark} | ${plain}`);
    else found += 1;
  }
}
/** Whether the copy replaced something of this kind in a line that has none. */
const touched: Record<(typeof KINDS)[number], (line: string, copy: string) => boolean> = {
  ages: (_, copy) => copy.includes("[leeftijd]"),
  // a date is moved, not replaced: its digits change
  dates: (line, copy) => copy.includes("[datum]") || line.match(/\d+/gu)?.join() !== copy.match(/\d+/gu)?.join(),
  institutions: (_, copy) => /\[(?:instelling|plaats)\]/u.test(copy),
  names: (_, copy) => /\b(?:Persoon|Professional|Gezinslid|Ouder|Jeugdige) ?[A-Z0-9]|\[naam\]/u.test(copy),
};
const clean = lines(`battery-not-${kind}.txt`);
const changed = clean.flatMap((l) => {
  const copy = copyOfBox(l, 41).text;
  return touched[kind](l, copy) ? [`${l} → ${copy}`] : [];
});
console.log(`${kind} removed: ${found} / ${total} = ${(found / Math.max(1, total)).toFixed(3)}`);
console.log(`lines without one given one: ${changed.length} / ${clean.length}`);
if (process.argv.includes("--misses"))
  for (const m of [...misses, ...changed.map((c) => `(changed) ${c}`)]) console.log(`  ${m}`);

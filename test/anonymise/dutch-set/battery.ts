// The age battery (BATTERY.md): how many marked ages the copy removes, and how many of the lines without an age it
// changes. `node scripts/ts-run.cjs test/anonymise/dutch-set/battery.ts [--misses]`. Printed, never asserted.
import { readFileSync } from "fs";
import { join } from "path";
import { copyOfBox } from "../one-box";

const lines = (file: string): string[] =>
  readFileSync(join(__dirname, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

const misses: string[] = [];
let total = 0;
let found = 0;
for (const line of lines("battery-ages.txt")) {
  const plain = line.replace(/\[\[(.*?)\]\]/gu, "$1");
  const copy = copyOfBox(plain, 41).text;
  for (const [, mark = ""] of line.matchAll(/\[\[(.*?)\]\]/gu)) {
    total += 1;
    // an age is found when its text no longer stands as a whole word in the copy
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(mark)}(?![\\p{L}\\p{N}])`, "u").test(copy))
      misses.push(`${mark} | ${plain}`);
    else found += 1;
  }
}
const clean = lines("battery-not-ages.txt");
const aged = clean.filter((l) => copyOfBox(l, 41).text.includes("[leeftijd]"));
console.log(`ages removed: ${found} / ${total} = ${(found / total).toFixed(3)}`);
console.log(`lines without an age given an age: ${aged.length} / ${clean.length}`);
if (process.argv.includes("--misses"))
  for (const m of [...misses, ...aged.map((l) => `(no age) ${l}`)]) console.log(`  ${m}`);

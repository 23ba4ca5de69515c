// Prints the Dutch test set's figures for both halves (tune and held-out), for the blind,
// hand-written set (BLIND.md), for the second hand-written set's halves 2a and 2b (BLIND2.md),
// the third set's halves 3a and 3b (BLIND3.md) and the fourth set's half 4a (BLIND4a.md), and with
// --misses what the copy missed or changed, except for the sealed halves (SEALED in measure.ts).
// --half <name> (repeatable) limits the run to those halves, so that one half's misses can be
// read without seeing another's.
// Run: npm run measure:anonymise [-- --misses] [-- --half blind2a]
import { chosenHalves, figuresTable, measureHalf, printsMisses } from "./measure";

for (const half of chosenHalves(process.argv)) {
  const f = measureHalf(half);
  console.log(figuresTable(f));
  if (printsMisses(half, process.argv)) {
    console.log(`  gemist:\n    ${f.misses.join("\n    ")}`);
    console.log(`  alleen op de reviewlijst:\n    ${f.reviewOnly.join("\n    ")}`);
    console.log(`  veranderd:\n    ${f.changed.join("\n    ")}`);
  }
  console.log("");
}

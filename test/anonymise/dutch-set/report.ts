// Prints the Dutch test set's figures for both halves (tune and held-out) and for the blind,
// hand-written set (BLIND.md), and with --misses what the copy missed or changed.
// Run: npm run measure:anonymise [-- --misses]
import { figuresTable, measureHalf } from "./measure";

for (const half of ["tune", "heldout", "blind"] as const) {
  const f = measureHalf(half);
  console.log(figuresTable(f));
  if (process.argv.includes("--misses")) {
    console.log(`  gemist:\n    ${f.misses.join("\n    ")}`);
    console.log(`  alleen op de reviewlijst:\n    ${f.reviewOnly.join("\n    ")}`);
    console.log(`  veranderd:\n    ${f.changed.join("\n    ")}`);
  }
  console.log("");
}

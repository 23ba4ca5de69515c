// Prints the Dutch test set's figures for both halves (tune and held-out), for the blind,
// hand-written set (BLIND.md) and for the second hand-written set's halves 2a and 2b (BLIND2.md),
// and with --misses what the copy missed or changed, except for the sealed half 2b.
// Run: npm run measure:anonymise [-- --misses]
import { figuresTable, measureHalf, SEALED } from "./measure";

for (const half of ["tune", "heldout", "blind", "blind2a", "blind2b"] as const) {
  const f = measureHalf(half);
  console.log(figuresTable(f));
  if (process.argv.includes("--misses") && !SEALED.includes(half)) {
    console.log(`  gemist:\n    ${f.misses.join("\n    ")}`);
    console.log(`  alleen op de reviewlijst:\n    ${f.reviewOnly.join("\n    ")}`);
    console.log(`  veranderd:\n    ${f.changed.join("\n    ")}`);
  }
  console.log("");
}

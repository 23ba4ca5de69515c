// Row keys: short stable ids for the rows of a table field ("r" + 6 base-36 characters),
// so a box keeps its identity when rows are added, removed or reordered.
import { randomBase36, secureRandom } from "../log/hash";

export const ROW_KEY = /^r[0-9a-z]{6}$/;

export function isRowKey(key: string): boolean {
  return ROW_KEY.test(key);
}

/** A fresh row key; pass `random` for tests and `existing` to avoid clashes in one table. */
export function newRowKey(random: () => number = secureRandom, existing: Iterable<string> = []): string {
  const taken = new Set(existing);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const key = "r" + randomBase36(6, random);
    if (!taken.has(key)) return key;
  }
  throw new Error("Kon geen nieuwe rijsleutel maken.");
}

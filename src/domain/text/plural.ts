// Dutch counts with the right singular or plural ("1 regel", "3 regels"), never "regel(s)". Every
// count the user sees, and every wording that changes with a count, goes through here (no ad-hoc
// `n === 1 ?`): countWords for "n woord(en)", byCount for a phrase whose
// other words change with the count too ("Eén vak is" / "3 vakken zijn").

/** `one` when n is 1, else `many` with every "{n}" replaced by n. */
export function byCount(n: number, one: string, many: string): string {
  return n === 1 ? one : many.split("{n}").join(String(n));
}

/** "1 regel" / "0 regels" / "3 regels". */
export function countWords(n: number, one: string, many: string): string {
  return byCount(n, `1 ${one}`, `{n} ${many}`);
}

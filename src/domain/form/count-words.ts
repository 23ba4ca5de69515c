// Dutch counts with the right singular or plural ("1 regel", "3 regels"), never "regel(s)".

/** "1 regel" / "0 regels" / "3 regels". */
export function countWords(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

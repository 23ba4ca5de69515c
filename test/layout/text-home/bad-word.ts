// A Word-layer file that writes its own Dutch: every marked line must be reported by local/text-home.
export const refused = "De handreiking is al vastgesteld."; // sentence
export function rowNote(stamp: string): string {
  return `Toegevoegd door ${stamp}`; // words around an expression
}
export function count(n: number): string {
  return n === 1 ? "1 vak" : `${n} vakken zijn opgeslagen`; // two sentences
}
export const lines = ["Typt u rechtstreeks in het document?"]; // sentence in an array

// The review list for the text of the file outside the boxes and the log (issue 23 item 5): the
// copy scrubs headers, footers, notes, comments, hidden text, deleted text and charts like the
// boxes; the words it kept there that could still be a name go on the same review list, each
// with its sentence and where it stands ("koptekst", "opmerking", "verborgen tekst"…).
import type { Element, Node } from "@xmldom/xmldom";
import { reviewWords, type ReviewItem } from "../domain/anonymise/review";
import type { AnonymisedForm } from "../domain/anonymise";
import { W_NS, childElements, isElement, wChild } from "./ooxml";
import { DELETED_TEXT, DRAWING_TEXT, HIDDEN_TEXT, OTHER_TEXT, PART_PLACES } from "../domain/text/research-copy";
export { DELETED_TEXT, DRAWING_TEXT, HIDDEN_TEXT, OTHER_TEXT };

export function placeOfPart(root: Element | null): string {
  return placeOfRoot(root?.localName ?? "");
}

/** The same, by the part's root element name (a part read in segments has no single root element). */
export function placeOfRoot(localName: string): string {
  return PART_PLACES[localName] || OTHER_TEXT;
}

/** Words the add-in writes in the document around the boxes (build-plain.ts: headings, "Keuze: Ja, Nee"). */
const ADDIN_WORDS = ["gebruiksregels", "keuze", "ja", "nee", "handreiking", "regie", "logboek", "wijzigingslogboek"];

const isOff = (v: string | null): boolean => v === "0" || v === "false" || v === "off";

/** A w:t in a run whose properties hide it (w:vanish, or Word's w:specVanish). */
export function isHiddenText(t: Node): boolean {
  const run = t.parentNode;
  if (!isElement(run) || run.namespaceURI !== W_NS || run.localName !== "r") return false;
  const rPr = wChild(run, "rPr");
  if (!rPr) return false;
  return childElements(rPr).some(
    (c) =>
      c.namespaceURI === W_NS &&
      (c.localName === "vanish" || c.localName === "specVanish") &&
      !isOff(c.getAttributeNS(W_NS, "val")),
  );
}

/** Collects the copy's texts outside the boxes by where they stand, then lists their uncertain words. */
export class ReviewTexts {
  // a text again in the same place adds no word to the list (reviewWords keeps each word's first sentence): kept once,
  // so a long table's repeated cells are not read again
  private readonly texts = new Map<string, Set<string>>();

  add(where: string, text: string): void {
    if (text.trim() === "") return;
    const set = this.texts.get(where) ?? new Set<string>();
    set.add(text);
    this.texts.set(where, set);
  }

  /** The form's own review list, then every other word once, with the first place it stands. `ownTexts`: the
   * template's and the add-in's own texts, whose words ("Handreiking", "Gebruiksregels") are no one's name. */
  items(form: AnonymisedForm, ownTexts: Iterable<string> = []): ReviewItem[] {
    const known = new Set([...form.reviewKnown, ...ADDIN_WORDS]);
    for (const text of ownTexts)
      for (const w of text.toLocaleLowerCase("nl").split(/[^\p{L}'’-]+/u)) if (w) known.add(w);
    const out = new Map<string, ReviewItem>();
    for (const item of form.report.review) out.set(item.word, item);
    // hidden text first: a word hidden there is listed as hidden, even when the paragraph also shows it
    const order = [...this.texts.keys()].sort((a, b) => Number(b === HIDDEN_TEXT) - Number(a === HIDDEN_TEXT));
    for (const where of order) {
      const items = reviewWords([...(this.texts.get(where) ?? [])], form.scrubber.lexicon, known, where);
      for (const item of items) if (!out.has(item.word)) out.set(item.word, item);
    }
    return [...out.values()].sort((a, b) => a.word.localeCompare(b.word, "nl"));
  }
}

// Field codes in the research copy. Word keeps a field's instruction next to its last result:
// AUTHOR, USERNAME, FILENAME, MERGEFIELD, DOCPROPERTY, INCLUDETEXT "C:\Users\…", HYPERLINK
// "mailto:…". Page numbers and cross-references stay fields (their instruction is scrubbed);
// every other field becomes its plain result text (which the free-text anonymiser then reads),
// and the result of a field that shows who made or saved the document, or where it lives, is
// replaced. Simple (w:fldSimple) and complex (w:fldChar + w:instrText) fields, nested ones too.
import type { Document, Element } from "@xmldom/xmldom";
import { W_NS, childElements, wDescendants } from "./ooxml";
import { FIELD_REMOVED } from "../domain/text/research-copy";
export { FIELD_REMOVED };

/** Fields whose instruction names nothing outside the document. */
const SAFE = new Set([
  "PAGE",
  "NUMPAGES",
  "SECTIONPAGES",
  "SECTION",
  "SEQ",
  "TOC",
  "PAGEREF",
  "REF",
  "NOTEREF",
  "STYLEREF",
  "LISTNUM",
  "SYMBOL",
  "=",
]);
/** Fields whose result shows a person, a file, a path or stored data. */
const PERSONAL = new Set([
  "AUTHOR",
  "USERNAME",
  "USERINITIALS",
  "USERADDRESS",
  "LASTSAVEDBY",
  "FILENAME",
  "TEMPLATE",
  "DOCPROPERTY",
  "DOCVARIABLE",
  "TITLE",
  "SUBJECT",
  "KEYWORDS",
  "COMMENTS",
  "INFO",
  "MERGEFIELD",
  "MERGEREC",
  "MERGESEQ",
  "NEXT",
  "NEXTIF",
  "SKIPIF",
  "ADDRESSBLOCK",
  "GREETINGLINE",
  "FILLIN",
  "ASK",
  "SET",
  "INCLUDETEXT",
  "INCLUDEPICTURE",
  "LINK",
  "DATABASE",
  "DDE",
  "DDEAUTO",
  "PRINTDATE",
  "CREATEDATE",
  "SAVEDATE",
]);

type FieldKind = "safe" | "personal" | "other";

export function fieldKind(instruction: string): FieldKind {
  const name = (instruction.trim().split(/\s+/)[0] ?? "").toUpperCase();
  if (SAFE.has(name)) return "safe";
  return PERSONAL.has(name) ? "personal" : "other";
}

/**
 * A field instruction scrubbed as text, but its field name kept when it is one Word knows ("PAGE",
 * "REF", …): the name is a keyword, never a person, and an all-capital word looks like initials.
 */
export function scrubInstruction(instruction: string, scrub: (text: string) => string): string {
  const match = /^(\s*)(\S+)([\s\S]*)$/.exec(instruction);
  if (!match) return scrub(instruction);
  const [, lead = "", name = "", rest = ""] = match;
  const known = SAFE.has(name.toUpperCase()) || PERSONAL.has(name.toUpperCase());
  return known ? `${lead}${name}${rest === "" ? "" : scrub(rest)}` : scrub(instruction);
}

export interface FieldCounts {
  /** Fields turned into plain text. */
  unwrapped: number;
  /** Fields whose result was replaced. */
  replaced: number;
}

function isW(e: Element, ...names: string[]): boolean {
  return e.namespaceURI === W_NS && names.includes(e.localName ?? "");
}

function setText(t: Element, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  if (text !== "") t.appendChild((t.ownerDocument as Document).createTextNode(text));
}

interface OpenField {
  instruction: string;
  /** fldChar and instrText elements: removed when the field becomes text. */
  code: Element[];
  kind: FieldKind | null;
  inResult: boolean;
  replacedOnce: boolean;
}

/** Complex fields, in document order; unbalanced ones (no end) are left as they are. */
function complexFields(doc: Document, counts: FieldCounts): void {
  const stack: OpenField[] = [];
  for (const e of Array.from(doc.getElementsByTagNameNS(W_NS, "*")) as Element[]) {
    const top = stack[stack.length - 1];
    if (isW(e, "fldChar")) {
      const type = e.getAttributeNS(W_NS, "fldCharType");
      if (type === "begin")
        stack.push({ instruction: "", code: [e], kind: null, inResult: false, replacedOnce: false });
      else if (top && type === "separate") {
        top.code.push(e);
        top.kind = fieldKind(top.instruction);
        top.inResult = true;
      } else if (top && type === "end") {
        top.code.push(e);
        const kind = top.kind ?? fieldKind(top.instruction);
        stack.pop();
        if (kind === "safe") continue;
        for (const c of top.code) c.parentNode?.removeChild(c);
        counts.unwrapped++;
        if (kind === "personal") counts.replaced++;
      }
    } else if (isW(e, "instrText", "delInstrText")) {
      if (top && !top.inResult) {
        top.instruction += e.textContent ?? "";
        top.code.push(e);
      }
    } else if (isW(e, "t", "delText")) {
      const personal = stack.find((f) => f.inResult && f.kind === "personal");
      if (personal) {
        setText(e, personal.replacedOnce ? "" : FIELD_REMOVED);
        personal.replacedOnce = true;
      }
    }
  }
  // the instructions of fields kept as fields are scrubbed with the part's other text
}

function simpleFields(doc: Document, scrub: (text: string) => string, counts: FieldCounts): void {
  // innermost first, so an outer field unwraps runs already handled
  for (const fld of wDescendants(doc, "fldSimple").reverse()) {
    const instruction = fld.getAttributeNS(W_NS, "instr") ?? "";
    const kind = fieldKind(instruction);
    if (kind === "safe") {
      fld.setAttributeNS(W_NS, "w:instr", scrubInstruction(instruction, scrub));
      continue;
    }
    if (kind === "personal") {
      wDescendants(fld, "t").forEach((t, i) => setText(t, i === 0 ? FIELD_REMOVED : ""));
      counts.replaced++;
    }
    const parent = fld.parentNode;
    if (!parent) continue;
    for (const c of childElements(fld)) {
      if (isW(c, "fldData")) continue;
      parent.insertBefore(c, fld);
    }
    parent.removeChild(fld);
    counts.unwrapped++;
  }
}

/** Unwraps and neutralises the fields of one part (see the top of this file). */
export function neutraliseFields(doc: Document, scrub: (text: string) => string): FieldCounts {
  return neutraliseFieldsIn([doc], scrub);
}

/**
 * The same for a part read in pieces (segmented-document.ts), in document order: simple fields
 * last first over all pieces, then complex fields (never split over pieces), as for one part.
 */
export function neutraliseFieldsIn(docs: readonly Document[], scrub: (text: string) => string): FieldCounts {
  const counts: FieldCounts = { unwrapped: 0, replaced: 0 };
  for (const doc of [...docs].reverse()) simpleFields(doc, scrub, counts);
  for (const doc of docs) complexFields(doc, counts);
  return counts;
}

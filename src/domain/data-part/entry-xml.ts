// One log entry as XML: written into the data part or an archive part, read back, and its
// canonical text for the chain's hashes. Every user text is element content, escaped where
// XML 1.0 cannot carry it (xml-text.ts).
import { DOMImplementation } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";
import type { ChangeEntry } from "../log/change-log";
import { DATA_PART_NAMESPACE } from "./data-part-names";
import { escapeXmlText, needsEscape } from "./xml-text";
import { canonicalXml, writeForeign } from "./foreign-xml";
import { children, foreignChildren, optionalText, requiredText, textOf } from "./xml-reading";

// Optional string fields of a log entry, in the order they are written.
// Later additions go at the end; a reader that does not know one ignores it (older documents lack them).
export const ENTRY_TEXTS = [
  "name",
  "stepId",
  "boxKey",
  "before",
  "after",
  "authorSource",
  "recorderInitials",
  "recorderOrganisation",
  "prevHash",
  "hash",
  "textHash",
  "stateHash",
  "evidence",
  "since",
  "prevSeal",
  "seal",
  "textSeal",
  "stateSeal",
  "keyId",
  "signature",
  "signedAs",
] as const;
export const ENTRY_FLAGS = ["recovered", "mergeConflict", "chainReset", "uncheckedCopy"] as const;
export const ENTRY_REQUIRED = ["id", "timestamp", "day", "initials", "organisation", "kind", "description"] as const;
/** The entry's elements this add-in reads; any other is kept as a foreign element. */
export const ENTRY_KNOWN: ReadonlySet<string> = new Set<string>([
  ...ENTRY_REQUIRED,
  ...ENTRY_TEXTS,
  ...ENTRY_FLAGS,
  "filled",
  "acknowledges",
]);
export function addText(doc: Document, parent: Element, name: string, value: string): Element {
  const el = doc.createElementNS(DATA_PART_NAMESPACE, name);
  // Only text that needs it is encoded, so ordinary text (backslashes included) stays readable.
  const encoded = needsEscape(value);
  if (encoded) el.setAttribute("enc", "1");
  el.appendChild(doc.createTextNode(encoded ? escapeXmlText(value) : value));
  parent.appendChild(el);
  return el;
}

export function addGroup(doc: Document, parent: Element, name: string): Element {
  const el = doc.createElementNS(DATA_PART_NAMESPACE, name);
  parent.appendChild(el);
  return el;
}

export function writeEntry(doc: Document, parent: Element, e: ChangeEntry): Element {
  const el = addGroup(doc, parent, "entry");
  for (const k of ENTRY_REQUIRED) addText(doc, el, k, e[k]);
  for (const k of ENTRY_TEXTS) if (e[k] !== undefined) addText(doc, el, k, e[k]);
  for (const k of ENTRY_FLAGS) if (e[k] !== undefined) addText(doc, el, k, String(e[k]));
  if (e.filled) {
    // a fill session's boxes (fill-session.ts)
    const filled = addGroup(doc, el, "filled");
    for (const key of e.filled) addText(doc, filled, "key", key);
  }
  if (e.acknowledges) {
    const acknowledged = addGroup(doc, el, "acknowledges");
    for (const key of e.acknowledges) addText(doc, acknowledged, "break", key);
  }
  for (const f of e.foreign ?? []) writeForeign(doc, el, f);
  return el;
}

/**
 * The entry as text that every add-in version computes alike from the XML it stores: known and
 * foreign elements the same way (foreign-xml.ts). `skip`: elements left out (an entry's own seal).
 */
export function entryCanonical(e: ChangeEntry, skip: ReadonlySet<string>): string {
  const doc = new DOMImplementation().createDocument(DATA_PART_NAMESPACE, "changeLog", null);
  const root = doc.documentElement;
  if (!root) throw new Error("Kon de logregel niet maken.");
  return canonicalXml(writeEntry(doc, root, e), skip);
}

export function readEntry(el: Element): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const k of ENTRY_REQUIRED) entry[k] = requiredText(el, k);
  for (const k of ENTRY_TEXTS) {
    const v = optionalText(el, k);
    if (v !== undefined) entry[k] = v;
  }
  for (const k of ENTRY_FLAGS) {
    const v = optionalText(el, k);
    if (v !== undefined) entry[k] = v === "true";
  }
  const filled = children(el, "filled")[0];
  if (filled) entry.filled = children(filled, "key").map(textOf);
  const acknowledged = children(el, "acknowledges")[0];
  if (acknowledged) entry.acknowledges = children(acknowledged, "break").map(textOf);
  const foreign = foreignChildren(el, ENTRY_KNOWN);
  if (foreign.length > 0) entry.foreign = foreign;
  return entry;
}

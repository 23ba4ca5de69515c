// XML this add-in does not understand: elements a newer add-in wrote into the data part or into a
// log entry. They are read into a plain tree, kept beside the parsed model, and written back as
// they were on every write, so a colleague with an older add-in never drops a newer one's fields.
// `canonicalXml` gives a version-independent text of an element (children sorted by name, text
// decoded), so a seal over an entry (log-chain.ts) is the same whether a field is known or foreign.
import type { Document, Element } from "@xmldom/xmldom";
import * as z from "zod/mini";
import { unescapeXmlText } from "./xml-text";

export interface ForeignAttribute {
  ns: string | null;
  /** The qualified name as written (prefix:local or local). */
  name: string;
  value: string;
}

export interface ForeignElement {
  ns: string | null;
  name: string;
  attributes: ForeignAttribute[];
  /** Child elements and text, in document order. */
  content: ForeignNode[];
}

export type ForeignNode = ForeignElement | string;

const XMLNS = "http://www.w3.org/2000/xmlns/";

export function isForeignElement(value: unknown): value is ForeignElement {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.ns === null || typeof v.ns === "string") &&
    typeof v.name === "string" &&
    Array.isArray(v.attributes) &&
    v.attributes.every(
      (a: unknown) =>
        typeof a === "object" &&
        a !== null &&
        typeof (a as ForeignAttribute).name === "string" &&
        typeof (a as ForeignAttribute).value === "string",
    ) &&
    Array.isArray(v.content) &&
    v.content.every((c: unknown) => typeof c === "string" || isForeignElement(c))
  );
}

export const foreignSchema = z.array(z.custom<ForeignElement>(isForeignElement, "Ongeldig onbekend gegeven."));

/** The element as a plain tree (comments and processing instructions are not kept; namespace declarations follow from
 * the names). */
export function readForeign(el: Element): ForeignElement {
  const attributes: ForeignAttribute[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (!a || a.namespaceURI === XMLNS || a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
    attributes.push({ ns: a.namespaceURI ?? null, name: a.name, value: a.value });
  }
  const content: ForeignNode[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) content.push(readForeign(n as Element));
    else if (n.nodeType === 3 || n.nodeType === 4) content.push(n.nodeValue ?? "");
  }
  return { ns: el.namespaceURI ?? null, name: el.tagName, attributes, content };
}

/** Appends the element, as read, to `parent`. */
export function writeForeign(doc: Document, parent: Element, f: ForeignElement): void {
  const el = doc.createElementNS(f.ns, f.name);
  for (const a of f.attributes) {
    if (a.ns) el.setAttributeNS(a.ns, a.name, a.value);
    else el.setAttribute(a.name, a.value);
  }
  for (const c of f.content) {
    if (typeof c === "string") el.appendChild(doc.createTextNode(c));
    else writeForeign(doc, el, c);
  }
  parent.appendChild(el);
}

type Canon = string | [string, string, Array<[string, string]>, Canon[]];

function canonOf(el: Element): Canon {
  const attrs: Array<[string, string]> = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (!a || a.namespaceURI === XMLNS || a.name === "xmlns" || a.name.startsWith("xmlns:") || a.name === "enc")
      continue;
    attrs.push([`${a.namespaceURI ?? ""} ${a.localName ?? a.name}`, a.value]);
  }
  attrs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const elements: Element[] = [];
  let text = "";
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) elements.push(n as Element);
    else if (n.nodeType === 3 || n.nodeType === 4) text += n.nodeValue ?? "";
  }
  const ns = el.namespaceURI ?? "";
  const local = el.localName ?? el.tagName;
  if (elements.length === 0) {
    const decoded = el.getAttribute("enc") === "1" ? (unescapeXmlText(text) ?? text) : text;
    return [ns, local, attrs, [decoded]];
  }
  return [ns, local, attrs, elements.map(canonOf)];
}

/**
 * A text of the element that does not depend on who wrote it: its direct children sorted by
 * namespace and name (repeated names keep their order), deeper content in document order, text
 * decoded (enc="1"), namespace prefixes and declarations ignored. `skip`: child names left out.
 */
export function canonicalXml(el: Element, skip: ReadonlySet<string> = new Set()): string {
  const own = canonOf(el);
  if (typeof own === "string") return JSON.stringify(own);
  const children: Canon[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && !skip.has((n as Element).localName ?? "")) children.push(canonOf(n as Element));
  const key = (c: Canon): string => (typeof c === "string" ? "" : `${c[0]} ${c[1]}`);
  const sorted = children
    .map((c, i) => ({ c, i, k: key(c) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
    .map((x) => x.c);
  return JSON.stringify([own[0], own[1], own[2], sorted]);
}

// Reading the add-in's XML (data part and log archive) with xmldom: the element helpers
// both readers share. Damage throws DataPartError, which each reader turns into a Dutch result.
import { DOMParser } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";
import { DATA_PART_NAMESPACE } from "./data-part-names";
import { unescapeXmlText } from "./xml-text";
import { readForeign, type ForeignElement } from "./foreign-xml";

/** Thrown inside parsing only, turned into { ok: false } at the edge. */
export class DataPartError extends Error {}

export function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.localName === name && el.namespaceURI === DATA_PART_NAMESPACE) out.push(el);
    }
  }
  return out;
}

export function textOf(el: Element): string {
  const raw = el.textContent ?? "";
  if (el.getAttribute("enc") !== "1") return raw;
  const decoded = unescapeXmlText(raw);
  if (decoded === null)
    throw new DataPartError(`Het gegevensdeel bevat een beschadigde tekst in ‘${el.localName ?? ""}’.`);
  return decoded;
}

export function optionalText(parent: Element, name: string): string | undefined {
  const el = children(parent, name)[0];
  return el ? textOf(el) : undefined;
}

export function requiredText(parent: Element, name: string): string {
  const v = optionalText(parent, name);
  if (v === undefined) throw new DataPartError(`Het gegevensdeel is onvolledig: ‘${name}’ ontbreekt.`);
  return v;
}

export function requiredGroup(parent: Element, name: string): Element {
  const el = children(parent, name)[0];
  if (!el) throw new DataPartError(`Het gegevensdeel is onvolledig: ‘${name}’ ontbreekt.`);
  return el;
}

export function integer(text: string, name: string): number {
  if (!/^\d{1,9}$/.test(text.trim()))
    throw new DataPartError(`Het gegevensdeel is beschadigd: ‘${name}’ is geen geheel getal.`);
  return Number(text.trim());
}

export function parseXml(xml: string): Document {
  try {
    return new DOMParser({
      // xmldom also *warns* about valid text, e.g. U+FFFD ("source encoding issues?"): only errors count
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch {
    throw new DataPartError("Het gegevensdeel van dit document is beschadigd (geen geldige XML).");
  }
}

/** Every child element not read as a known one (unknown names, other namespaces, repeats), as read. */
export function foreignChildren(parent: Element, known: ReadonlySet<string>): ForeignElement[] {
  const seen = new Set<string>();
  const out: ForeignElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const name = el.localName ?? "";
    if (el.namespaceURI === DATA_PART_NAMESPACE && known.has(name) && !seen.has(name)) seen.add(name);
    else out.push(readForeign(el));
  }
  return out;
}

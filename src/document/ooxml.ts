// General OOXML and package helpers: parse and serialise XML, walk WordprocessingML elements,
// read the text of runs and content controls, find the main document part, open a .docx within
// the read limits. Used by the copy reader, the anonymiser and the package check.
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";
import JSZip from "jszip";
import { openZip, readXmlText } from "./bounded-zip";
import { resolveTarget } from "./opc-paths";
import { checkXmlText, READ_LIMITS, type ReadLimits } from "./read-limits";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
/** Relationship ids in the document (r:id, r:embed), not the package's relationship parts (REL_NS). */
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Office Math (equations: m:t holds their text). */
export const M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math";
/** VML's Office extensions (o:OLEObject and the like). */
export const O_NS = "urn:schemas-microsoft-com:office:office";

/** Reads one part's text, or undefined when the package has no such part. */
export type ReadPart = (path: string) => Promise<string | undefined>;

/** Unbounded reading, for packages the add-in made itself (the template, its own output). */
export const readPartOf =
  (zip: JSZip): ReadPart =>
  (path) =>
    zip.file(path)?.async("string") ?? Promise.resolve(undefined);

export function parseXml(xml: string): Document | null {
  try {
    // no DOCTYPE, bounded size and depth (read-limits.ts), whichever parser is behind DOMParser
    checkXmlText(xml);
    let failed = false;
    const doc = new DOMParser({
      onError: (level) => {
        if (level !== "warning") failed = true;
      },
    }).parseFromString(xml.replace(/^\uFEFF/, ""), "text/xml");
    return failed || !doc.documentElement ? null : doc;
  } catch {
    return null;
  }
}

export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === 1;
}

/**
 * Pushes the child elements of `el` onto a walk's stack, last first, so popping visits them in
 * document order. A loop, not push(...children): spreading a huge list overflows the stack too.
 */
export function pushChildren(stack: Element[], el: Element | Node): void {
  for (let n = el.lastChild; n; n = n.previousSibling) if (isElement(n)) stack.push(n);
}

export function childElements(el: Element | Node): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

export function wChildren(el: Element, localName: string): Element[] {
  return childElements(el).filter((c) => c.namespaceURI === W_NS && c.localName === localName);
}

export function wChild(el: Element, localName: string): Element | undefined {
  return wChildren(el, localName)[0];
}

export function wDescendants(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W_NS, localName)) as Element[];
}

export function wVal(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W_NS, "val");
  return v === null || v === "" ? (el.getAttribute("w:val") ?? undefined) : v;
}

/** The w:tag of a content control, or "". */
export function sdtTag(sdt: Element): string {
  const pr = wChild(sdt, "sdtPr");
  return (pr && wVal(wChild(pr, "tag"))) ?? "";
}

/**
 * Text of a run-level container: w:t, tabs, breaks; deleted text and field codes skipped.
 * Iterative (explicit stack): a deeply nested document cannot exhaust the call stack.
 */
export function runsText(el: Element): string {
  let text = "";
  const stack: Element[] = [];
  pushChildren(stack, el);
  while (stack.length > 0) {
    const c = stack.pop() as Element;
    if (c.namespaceURI !== W_NS) {
      pushChildren(stack, c);
      continue;
    }
    switch (c.localName) {
      case "t":
        text += c.textContent ?? "";
        break;
      case "tab":
        text += "\t";
        break;
      case "br":
      case "cr":
        text += "\n";
        break;
      // a paragraph nested in a run (text box) is not this paragraph's text
      case "p":
      case "del":
      case "pPr":
      case "rPr":
      case "instrText":
      case "delText":
      case "sdtPr":
        break;
      default:
        pushChildren(stack, c);
    }
  }
  return text;
}

/** The text of a content control as Word's ContentControl.text gives it, lines joined with "\n"; placeholder shown =
 * "". */
export function sdtText(sdt: Element): string {
  const pr = wChild(sdt, "sdtPr");
  if (pr && wChild(pr, "showingPlcHdr")) return "";
  const content = wChild(sdt, "sdtContent");
  if (!content) return "";
  const paragraphs = wDescendants(content, "p").filter((p) => !hasAncestor(p, "p", content));
  const text = paragraphs.length > 0 ? paragraphs.map(runsText).join("\n") : runsText(content);
  return text.replace(/\n+$/, "");
}

function hasAncestor(el: Element, localName: string, stop: Element): boolean {
  for (let n = el.parentNode; n && n !== stop; n = n.parentNode) {
    if (isElement(n) && n.namespaceURI === W_NS && n.localName === localName) return true;
  }
  return false;
}

/** The main document part's path ("word/document.xml" normally), from the package relationships. */
export async function mainDocumentPath(zip: JSZip, read: ReadPart = readPartOf(zip)): Promise<string | null> {
  const rels = await read("_rels/.rels");
  const doc = rels ? parseXml(rels) : null;
  if (doc) {
    for (const r of Array.from(doc.getElementsByTagNameNS(REL_NS, "Relationship"))) {
      if ((r.getAttribute("Type") ?? "").endsWith("/officeDocument")) {
        const target = resolveTarget("", r.getAttribute("Target") ?? "");
        if (zip.file(target)) return target;
      }
    }
  }
  return zip.file("word/document.xml") ? "word/document.xml" : null;
}

/**
 * The package within the read limits, or null when it is no .docx. A refused file throws a
 * ReadLimitError with a Dutch sentence (read-limits.ts).
 */
export async function loadDocx(
  bytes: Uint8Array | ArrayBuffer,
  limits: ReadLimits = READ_LIMITS,
): Promise<JSZip | null> {
  const opened = await openZip(bytes, limits);
  if (!opened) return null;
  return (await mainDocumentPath(opened.zip, (path) => readXmlText(opened.zip, path, opened.budget)))
    ? opened.zip
    : null;
}

/**
 * The namespace of a part's root element, or "" when it has none. Read from the root's start
 * tag, where the root's namespace must be declared, without parsing the whole part (a log
 * archive is 150 KB; the parsers check the rest later).
 */
export function rootNamespace(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(
    xml.slice(0, 65_536).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""),
  );
  if (!root) return "";
  const prefix = root[1] ? `:${root[1].slice(0, -1)}` : "";
  const attrs = root[2] ?? "";
  for (const m of attrs.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (m[1] === `xmlns${prefix}`) return m[2] ?? m[3] ?? "";
  return "";
}

// WordprocessingML helpers on top of @xmldom/xmldom (browser-safe: no Node modules).
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pr: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
  ds: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
  xml: "http://www.w3.org/XML/1998/namespace",
} as const;

export type El = Element;
export type XDoc = Document;

export function parseXml(text: string): XDoc {
  let failure: string | null = null;
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== "warning") failure = msg;
    },
    // a UTF-8 byte-order mark before the declaration is allowed (XML 1.0 §4.3.3) and Word writes it
  }).parseFromString(text.replace(/^\uFEFF/, ""), "text/xml") as unknown as XDoc;
  if (failure || !doc.documentElement) throw new Error(`Malformed XML: ${failure ?? "no root element"}`);
  return doc;
}

export function serializeXml(node: Node): string {
  return new XMLSerializer().serializeToString(node as never);
}

export const isEl = (n: Node | null | undefined): n is El => !!n && n.nodeType === 1;

export function isW(n: El, local?: string): boolean;
export function isW(n: Node | null | undefined, local?: string): n is El;
export function isW(n: Node | null | undefined, local?: string): boolean {
  return isEl(n) && n.namespaceURI === NS.w && (local === undefined || n.localName === local);
}

/** Element children, optionally only w:<local>. */
export function kids(el: Node, local?: string): El[] {
  const out: El[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isEl(c) && (local === undefined || isW(c, local))) out.push(c);
  return out;
}

export const kid = (el: Node, local: string): El | null => kids(el, local)[0] ?? null;

export function wAttr(el: El | null, name: string): string | null {
  if (!el) return null;
  return el.getAttributeNS(NS.w, name) || (el.hasAttribute(`w:${name}`) ? el.getAttribute(`w:${name}`) : null) || null;
}

export function setWAttr(el: El, name: string, value: string): void {
  el.setAttributeNS(NS.w, `w:${name}`, value);
}

export function wEl(doc: XDoc, local: string, attrs: Record<string, string> = {}): El {
  const e = doc.createElementNS(NS.w, `w:${local}`);
  for (const [k, v] of Object.entries(attrs)) setWAttr(e, k, v);
  return e;
}

export function ownerDoc(n: Node): XDoc {
  return (n.nodeType === 9 ? n : n.ownerDocument) as XDoc;
}

/** Depth-first descendants matching w:<local> (document order). */
export function descendants(el: Node, local: string): El[] {
  const out: El[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (!isEl(c)) continue;
      if (isW(c, local)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function ancestors(n: Node): El[] {
  const out: El[] = [];
  for (let p = n.parentNode; p && isEl(p); p = p.parentNode) out.push(p);
  return out;
}

export function closest(n: Node, local: string, includeSelf = false): El | null {
  if (includeSelf && isW(n, local)) return n;
  for (let p = n.parentNode; p && isEl(p); p = p.parentNode) if (isW(p, local)) return p;
  return null;
}

/** True while the node is still part of its document (xmldom has no isConnected). */
export function attached(n: Node): boolean {
  let p: Node | null = n;
  while (p && p.nodeType !== 9) p = p.parentNode;
  return !!p;
}

export function insertBefore(parent: Node, node: Node, ref: Node | null): void {
  parent.insertBefore(node, ref);
}
export function insertAfter(node: Node, ref: Node): void {
  ref.parentNode!.insertBefore(node, ref.nextSibling);
}
export function remove(n: Node): void {
  n.parentNode?.removeChild(n);
}

// ---------------------------------------------------------------- text

const SKIP = new Set([
  "pPr",
  "rPr",
  "sdtPr",
  "sdtEndPr",
  "del",
  "moveFrom",
  "instrText",
  "delText",
  "tblPr",
  "trPr",
  "tcPr",
  "tblGrid",
  "sectPr",
  "bookmarkStart",
  "bookmarkEnd",
  "proofErr",
  "commentRangeStart",
  "commentRangeEnd",
  "fldChar",
]);

/** Text of inline content (runs, inline sdts, hyperlinks, insertions...). */
export function inlineText(n: Node): string {
  if (isW(n, "t")) return n.textContent ?? "";
  if (isW(n, "tab")) return "\t";
  if (isW(n, "br") || isW(n, "cr")) return wAttr(n, "type") === "page" ? "\f" : "\v";
  if (isW(n, "noBreakHyphen")) return "\u2011";
  if (isEl(n) && SKIP.has(n.localName) && n.namespaceURI === NS.w) return "";
  if (!isEl(n)) return "";
  let s = "";
  for (let c = n.firstChild; c; c = c.nextSibling) s += inlineText(c);
  return s;
}

export const paragraphText = (p: El): string => inlineText(p);

export const BLOCK_LOCALS = new Set(["p", "tbl", "sdt"]);

/** Paragraphs in document order under a node (including the node itself if it is a w:p). */
export function paragraphsIn(n: Node): El[] {
  if (isW(n, "p")) return [n];
  return descendants(n, "p");
}

/** Word-style text of block content: paragraphs separated by "\r" (the paragraph mark). */
export function blockText(nodes: Node[]): string {
  const paras = nodes.flatMap((n) => paragraphsIn(n));
  return paras.map(paragraphText).join("\r");
}

// ---------------------------------------------------------------- building

export function makeRun(doc: XDoc, text: string, rPr?: El | null): El {
  const r = wEl(doc, "r");
  if (rPr) r.appendChild(rPr.cloneNode(true));
  appendRunText(r, text);
  return r;
}

/** Appends text to a run, mapping \t to w:tab and \v / \n to w:br. */
export function appendRunText(r: El, text: string): void {
  const doc = ownerDoc(r);
  const parts = text.split(/([\t\v\n])/);
  for (const part of parts) {
    if (part === "") continue;
    if (part === "\t") r.appendChild(wEl(doc, "tab"));
    else if (part === "\v" || part === "\n") r.appendChild(wEl(doc, "br"));
    else {
      const t = wEl(doc, "t");
      t.setAttributeNS(NS.xml, "xml:space", "preserve");
      t.appendChild(doc.createTextNode(part));
      r.appendChild(t);
    }
  }
}

export function makeParagraph(doc: XDoc, text: string, pPr?: El | null, rPr?: El | null): El {
  const p = wEl(doc, "p");
  if (pPr) p.appendChild(pPr.cloneNode(true));
  if (text !== "") p.appendChild(makeRun(doc, text, rPr));
  return p;
}

/** First run properties found in a paragraph (used to keep formatting when replacing text). */
export function firstRPr(n: Node): El | null {
  const r = isW(n, "r") ? n : descendants(n, "r")[0];
  return r ? kid(r, "rPr") : null;
}

/** Removes all inline content of a paragraph, keeping w:pPr. */
export function clearParagraph(p: El): void {
  for (const c of kids(p)) if (!isW(c, "pPr")) p.removeChild(c);
}

/** Inline content nodes of a paragraph (everything except w:pPr). */
export function inlineChildren(p: El): El[] {
  return kids(p).filter((c) => !isW(c, "pPr"));
}

/** Children of a block container that are content (skips w:sectPr, w:tcPr). */
export function blockChildren(container: El): El[] {
  return kids(container).filter((c) => isW(c) && BLOCK_LOCALS.has(c.localName));
}

/** Insert position at the end of a block container (before w:sectPr in w:body). */
export function containerEndRef(container: El): Node | null {
  const last = kids(container).at(-1);
  return last && isW(last, "sectPr") ? last : null;
}

/** Insert position at the start of a block container (after w:tcPr in a cell). */
export function containerStartRef(container: El): Node | null {
  const first = kids(container).find((c) => !isW(c, "tcPr") && !isW(c, "sdtPr"));
  return first ?? containerEndRef(container);
}

/** Start position inside a paragraph (after w:pPr). */
export function paragraphStartRef(p: El): Node | null {
  return inlineChildren(p)[0] ?? null;
}

/** A table cell / body must keep at least one paragraph. */
export function ensureParagraph(container: El): void {
  if (blockChildren(container).length === 0)
    container.insertBefore(wEl(ownerDoc(container), "p"), containerEndRef(container));
}

// ---------------------------------------------------------------- runs splitting (for search ranges)

interface TextPiece {
  run: El;
  node: El; // w:t / w:tab / w:br
  text: string;
}

function pieces(p: El): TextPiece[] {
  const out: TextPiece[] = [];
  const walk = (n: Node, run: El | null) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (!isEl(c)) continue;
      if (c.namespaceURI === NS.w && SKIP.has(c.localName)) continue;
      if (isW(c, "r")) walk(c, c);
      else if (run && (isW(c, "t") || isW(c, "tab") || isW(c, "br") || isW(c, "cr") || isW(c, "noBreakHyphen")))
        out.push({ run, node: c, text: inlineText(c) });
      else walk(c, run);
    }
  };
  walk(p, null);
  return out;
}

/** Splits the run containing character offset `at` so that a run boundary exists there. */
function splitAt(p: El, at: number): void {
  let pos = 0;
  for (const pc of pieces(p)) {
    const end = pos + pc.text.length;
    if (at > pos && at < end) {
      // split inside a w:t
      const t = pc.node;
      const off = at - pos;
      const full = t.textContent ?? "";
      const t2 = t.cloneNode(false) as El;
      t2.appendChild(ownerDoc(t).createTextNode(full.slice(off)));
      while (t.firstChild) t.removeChild(t.firstChild);
      t.appendChild(ownerDoc(t).createTextNode(full.slice(0, off)));
      t.setAttributeNS(NS.xml, "xml:space", "preserve");
      t2.setAttributeNS(NS.xml, "xml:space", "preserve");
      insertAfter(t2, t);
      splitRunAfter(pc.run, t);
      return;
    }
    if (at === end && end !== pos) {
      splitRunAfter(pc.run, pc.node);
      return;
    }
    pos = end;
  }
}

/** Moves everything after `child` into a new run following `run`. */
function splitRunAfter(run: El, child: El): void {
  let next = child.nextSibling;
  while (next && !isEl(next)) next = next.nextSibling;
  if (!next) return;
  const doc = ownerDoc(run);
  const r2 = wEl(doc, "r");
  const rPr = kid(run, "rPr");
  if (rPr) r2.appendChild(rPr.cloneNode(true));
  while (child.nextSibling) r2.appendChild(child.nextSibling);
  insertAfter(r2, run);
}

/** Isolates [start,end) of a paragraph's text into whole runs and returns covering sibling nodes. */
export function isolateSpan(p: El, start: number, end: number): El[] {
  splitAt(p, end);
  splitAt(p, start);
  let pos = 0;
  const runs: El[] = [];
  for (const pc of pieces(p)) {
    const e = pos + pc.text.length;
    if (pos >= start && e <= end && pc.text.length > 0 && !runs.includes(pc.run)) runs.push(pc.run);
    pos = e;
  }
  return coverSiblings(runs);
}

/** Lifts a list of nodes in document order to a list of siblings under their common ancestor. */
export function coverSiblings(nodes: El[]): El[] {
  if (nodes.length <= 1) return nodes;
  const chain = (n: El) => [n, ...ancestors(n)];
  const first = chain(nodes[0]);
  const last = chain(nodes[nodes.length - 1]);
  const common = first.find((a) => last.includes(a) && a !== nodes[0] && a !== nodes[nodes.length - 1]);
  if (!common) return nodes;
  const top = (n: El) => chain(n).find((a) => a.parentNode === common)!;
  const a = top(nodes[0]);
  const b = top(nodes[nodes.length - 1]);
  const out: El[] = [];
  for (let c: Node | null = a; c; c = c.nextSibling) {
    if (isEl(c)) out.push(c);
    if (c === b) break;
  }
  return out;
}

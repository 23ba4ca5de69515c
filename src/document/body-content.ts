// What a body holds, read from its OOXML (Word's Body.getOoxml: a Flat OPC package, or a
// document part): every element that is not an empty paragraph's scaffolding is content, named
// by kind. An allow-list, so anything unknown counts as content ("other"): the add-in never calls
// a body empty because it did not understand what is in it. The decision is the domain's
// (bodyContent in src/domain/template/body-content.ts).
import { DOMParser } from "@xmldom/xmldom";
import type { Element, Node } from "@xmldom/xmldom";
import { CONTENT_KINDS, type ContentKind } from "../domain";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
const M_STRICT = "http://purl.oclc.org/ooxml/officeDocument/math";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** w: elements that an empty paragraph may hold (formatting, anchors, layout marks). */
const SCAFFOLDING = new Set([
  "p",
  "r",
  "bookmarkStart",
  "bookmarkEnd",
  "proofErr",
  "lastRenderedPageBreak",
  "permStart",
  "permEnd",
  "tab",
  "cr",
  "softHyphen",
  "hyperlink",
  // inside tables and content controls (themselves content): their structure
  "tr",
  "tc",
  "sdtContent",
]);

/** Subtrees that only format (their content is no content of the document). */
const FORMATTING = new Set([
  "pPr",
  "rPr",
  "tblPr",
  "tblPrEx",
  "tblGrid",
  "trPr",
  "tcPr",
  "sdtPr",
  "sdtEndPr",
  "sectPrChange",
  "pPrChange",
  "rPrChange",
]);

/** w: element → the kind of content it is. */
const W_KINDS: Record<string, ContentKind> = {
  del: "deletion",
  moveFrom: "deletion",
  delText: "deletion",
  ins: "insertion",
  moveTo: "insertion",
  drawing: "drawing",
  pict: "drawing",
  object: "object",
  control: "object",
  tbl: "table",
  fldSimple: "field",
  fldChar: "field",
  instrText: "field",
  sdt: "contentControl",
  commentRangeStart: "comment",
  commentRangeEnd: "comment",
  commentReference: "comment",
  footnoteReference: "footnote",
  endnoteReference: "footnote",
  headerReference: "headerFooter",
  footerReference: "headerFooter",
};

/** What a:graphicData's uri says a drawing is. */
function drawingKind(el: Element): ContentKind {
  const uris = Array.from(el.getElementsByTagNameNS("*", "graphicData")).map((g) => g.getAttribute("uri") ?? "");
  if (uris.some((u) => /\/chart$|chartex/i.test(u))) return "chart";
  if (uris.some((u) => /\/diagram$/i.test(u))) return "smartArt";
  if (uris.some((u) => /\/picture$/i.test(u))) return "picture";
  if (el.getElementsByTagNameNS("*", "imagedata").length > 0) return "picture";
  return "drawing";
}

const isW = (el: Element) => el.namespaceURI === W || el.namespaceURI === W_STRICT;

function isElement(n: Node | null): n is Element {
  return !!n && n.nodeType === 1;
}

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

interface ParsedBody {
  body: Element;
  /** The root (w:hdr / w:ftr) of every header and footer part the package carries. */
  headersFooters: Element[];
}

/** The body of a Flat OPC package or a document part, and the package's header/footer parts; null: unreadable. */
function bodyOf(xml: string): ParsedBody | null {
  let failed = false;
  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    doc = new DOMParser({
      onError: (level) => {
        if (level !== "warning") failed = true;
      },
    }).parseFromString(xml.replace(/^\uFEFF/, ""), "text/xml");
  } catch {
    return null; // xmldom throws on a fatal error
  }
  // xmldom only warns about unclosed elements: a body that is never closed was cut off
  if (failed || !doc.documentElement || !/<\/([\w.-]+:)?body>|<([\w.-]+:)?body\s*\/>/.test(xml)) return null;
  // Word on Windows puts the header and footer parts in Body.getOoxml's package; Word on the web does not
  const headersFooters = Array.from(doc.getElementsByTagNameNS(PKG, "part"))
    .filter((part) => /\.(header|footer)\+xml$/.test(part.getAttributeNS(PKG, "contentType") ?? ""))
    .flatMap((part) => {
      const root = Array.from(part.getElementsByTagNameNS("*", "*")).find(
        (el) => isW(el as unknown as Element) && (el.localName === "hdr" || el.localName === "ftr"),
      );
      return root ? [root as unknown as Element] : [];
    });
  for (const ns of [W, W_STRICT]) {
    const body = doc.getElementsByTagNameNS(ns, "body")[0];
    if (body) return { body: body as unknown as Element, headersFooters };
  }
  return null;
}

/**
 * The kinds of content in a body's OOXML, in CONTENT_KINDS order ([]: only empty paragraphs).
 * OOXML that cannot be read yields ["other"]: not knowing is not empty. A header or footer counts
 * when it holds something, or when the package does not carry every part referenced (then nobody
 * knows what is in it); an empty one (no text, no drawing, no field) does not.
 */
export function contentKindsOfOoxml(xml: string): ContentKind[] {
  const parsed = bodyOf(xml);
  if (!parsed) return ["other"];
  const { found, references } = kindsWithin(parsed.body, true);
  if (references.size > 0) {
    const seen = parsed.headersFooters.length >= references.size;
    const filled = parsed.headersFooters.some((root) => kindsWithin(root, false).found.size > 0);
    if (!seen || filled) found.add("headerFooter");
  }
  return CONTENT_KINDS.filter((k) => found.has(k));
}

/** What a body (or a header/footer root) holds, and the header/footer references of its sections (by r:id). */
function kindsWithin(root: Element, isBody: boolean): { found: Set<ContentKind>; references: Set<string> } {
  const found = new Set<ContentKind>();
  const references = new Set<string>();
  const stack: Element[] = [];
  const push = (el: Element) => {
    for (let n = el.lastChild; n; n = n.previousSibling) if (isElement(n)) stack.push(n);
  };
  push(root);
  // the body's last w:sectPr is the document's own section: only its header/footer references count
  const sections = Array.from(root.childNodes).filter(isElement);
  const finalSection = isBody && sections.at(-1)?.localName === "sectPr" ? sections.at(-1) : undefined;
  while (stack.length > 0) {
    const el = stack.pop()!;
    const name = el.localName ?? "";
    if (el.namespaceURI === MC && name === "AlternateContent") {
      found.add(drawingKind(el));
      continue;
    }
    if (el.namespaceURI === M || el.namespaceURI === M_STRICT) {
      found.add("equation");
      continue;
    }
    if (!isW(el)) {
      found.add("other");
      continue;
    }
    if (name === "sectPr") {
      if (el !== finalSection) found.add("sectionBreak");
      for (const ref of ["headerReference", "footerReference"])
        for (const r of Array.from(el.getElementsByTagNameNS(el.namespaceURI ?? W, ref)))
          references.add(referenceId(r as unknown as Element) ?? `zonder-id-${references.size}`);
      continue;
    }
    if (name === "pPr") {
      // a section break is a w:sectPr in a paragraph's properties
      for (const c of Array.from(el.childNodes).filter(isElement)) if (c.localName === "sectPr") stack.push(c);
      continue;
    }
    if (FORMATTING.has(name)) continue;
    if (name === "t") {
      if ((el.textContent ?? "").trim() !== "") found.add("text");
      continue;
    }
    if (name === "drawing" || name === "pict") {
      found.add(drawingKind(el));
      continue;
    }
    if (name === "br") {
      if (el.getAttributeNS(el.namespaceURI ?? W, "type") === "page") found.add("other");
      continue;
    }
    const kind = W_KINDS[name];
    if (kind) found.add(kind);
    else if (!SCAFFOLDING.has(name)) found.add("other");
    // an object is one thing; ins/del/sdt/tables and the rest: look inside too (a deleted picture is both)
    if (kind !== "object") push(el);
  }
  return { found, references };
}

/** A reference's r:id (any namespace prefix). */
function referenceId(ref: Element): string | undefined {
  return Array.from(ref.attributes).find((a) => a.localName === "id")?.value;
}

// document.xml for the research copy, in pieces (issue 23 item 4): a 12 MB part as one xmldom
// DOM took ~500 MB and most of the copy's 20 s. Read once with xml-scan.ts, the part becomes a
// list of segments in document order:
//   fast  plain text: paragraphs and tables built only of formatting, runs and w:t (FAST below).
//         Their text is scrubbed paragraph by paragraph and their ids renumbered on the text.
//   dom   everything else (content controls, fields, tracked changes, drawings, links, section
//         properties…), parsed in small batches inside a copy of the root start tag, and edited
//         by the same DOM code as before.
// Tables, rows and cells are opened up (their own tags go to a fast segment) so a huge table
// is never one DOM. A complex field is never split: while one is open, the following siblings
// join its batch. Whatever this cannot place safely (a field open at a cell's end, text between
// tables, namespaces declared below the root…) makes segmentDocument return the whole part as
// one DOM: the old path, slower but the same result.
import type { Document } from "@xmldom/xmldom";
import { XMLSerializer } from "@xmldom/xmldom";
import {
  ID_NAMESPACES,
  HEX_ID_ATTRIBUTES,
  scrubIdsAndPeople,
  type IdRenumbering,
  type ShiftDateTime,
} from "./anonymise-ids";
import { R_NS, W_NS, parseXml } from "./ooxml";
import { checkXmlText } from "./read-limits";
import type { Span } from "../domain/anonymise";
import { XmlScanner, attributesOf, decodeText, encodeText, localOf, prefixOf, tagEnd, type Token } from "./xml-scan";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
/** DOM batches are closed at about this size (characters), between units. */
const BATCH_CHARS = 64 * 1024;
/** Opened up: their start and end tags stand alone, their children are units. */
const CONTAINERS = new Set(["body", "tbl", "tr", "tc"]);
/**
 * WordprocessingML elements that no step of the copy treats by name except w:p, w:t and the
 * text marks (tab, br, cr): paragraph, run, table and cell formatting. Not here, on purpose:
 * content controls, fields, tracked changes and their marks (ins, del, *Change), drawings and
 * objects, hyperlinks, section properties, math, anything with text other than w:t, and hidden runs
 * (vanish, specVanish: the review list names hidden text on its own, which needs the DOM path).
 */
/* eslint-disable local/text-home -- Word's element names, split below; not text */
const FAST = new Set(
  (
    "p pPr r rPr t tab br cr pStyle keepNext keepLines pageBreakBefore widowControl numPr ilvl numId " +
    "suppressLineNumbers pBdr top left bottom right between bar start end shd tabs suppressAutoHyphens kinsoku " +
    "wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind " +
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl " +
    "cnfStyle rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof " +
    "webHidden color w kern position sz szCs highlight u effect bdr fitText vertAlign rtl cs em lang " +
    "eastAsianLayout lastRenderedPageBreak proofErr softHyphen noBreakHyphen bookmarkStart bookmarkEnd " +
    "tblPr tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW tblInd " +
    "tblCellSpacing tblBorders insideH insideV tblLayout tblCellMar tblLook tblGrid gridCol trPr gridBefore " +
    "gridAfter wBefore wAfter cantSplit trHeight tblHeader hidden tcPr tcW gridSpan hMerge vMerge tcBorders " +
    "tl2br tr2bl noWrap tcMar tcFitText vAlign hideMark tblPrEx"
  ).split(" "),
);
/* eslint-enable local/text-home */
/** Attributes some step of the copy rewrites or reads (authors, dates, people, relationship ids): never fast. */
const TOUCHED_ATTRIBUTES = new Set([
  "author",
  "date",
  "dateUtc",
  "initials",
  "itemID",
  "storeItemID",
  "providerId",
  "userId",
]);

export type Segment = { kind: "fast"; xml: string } | { kind: "dom"; doc: Document };

export class SegmentedDocument {
  constructor(
    readonly segments: Segment[],
    /** Prefix → namespace, as the root declares them. */
    private readonly namespaces: ReadonlyMap<string, string>,
    private readonly rootName: string,
  ) {}

  /** The root element's namespace (W_NS for a document). */
  get namespace(): string {
    return this.namespaces.get(prefixOf(this.rootName)) ?? "";
  }

  /** The parsed batches, in document order. */
  documents(): Document[] {
    return this.segments.flatMap((s) => (s.kind === "dom" ? [s.doc] : []));
  }

  serialize(): string {
    const serializer = new XMLSerializer();
    const close = `</${this.rootName}>`;
    let out = "";
    for (const s of this.segments) {
      if (s.kind === "fast") {
        out += s.xml;
        continue;
      }
      if (!s.doc.documentElement?.firstChild) continue; // every element of the batch went
      const text = serializer.serializeToString(s.doc);
      // the root start tag (a browser's serializer may put a declaration before it) and end tag go
      const open = tagEnd(text, text.indexOf(`<${this.rootName}`));
      if (open > 0 && text.endsWith(close)) out += text.slice(open, text.length - close.length);
    }
    return out.startsWith("<?xml") ? out : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${out}`;
  }

  /** scrubIdsAndPeople over the whole part, in document order (one numbering with the other parts). */
  scrubIds(ids: IdRenumbering, shift: ShiftDateTime): void {
    for (const s of this.segments) {
      if (s.kind === "dom") scrubIdsAndPeople(s.doc, ids, shift);
      else s.xml = renumberFast(s.xml, this.namespaces, ids);
    }
  }
}

/** The root start tag's namespace declarations, or null when its attributes are not plain. */
function rootNamespaces(tag: string, name: string): Map<string, string> | null {
  const attrs = attributesOf(tag, name.length);
  if (!attrs) return null;
  const map = new Map<string, string>([["xml", XML_NS]]);
  for (const a of attrs) {
    if (/[<>&]/.test(a.raw)) return null;
    if (a.name === "xmlns") map.set("", a.raw);
    else if (a.name.startsWith("xmlns:")) map.set(a.name.slice(6), a.raw);
  }
  const rest = attrs.filter((a) => a.name !== "xmlns" && !a.name.startsWith("xmlns:"));
  return plainAttributes(rest, map) ? map : null;
}

function plainAttributes(attrs: readonly { name: string; raw: string }[], ns: ReadonlyMap<string, string>): boolean {
  for (const a of attrs) {
    if (a.name === "xmlns" || a.name.startsWith("xmlns:")) return false;
    const prefix = prefixOf(a.name);
    if (prefix !== "" && !ns.has(prefix)) return false;
    if (ns.get(prefix) === R_NS && prefix !== "") return false;
    if (TOUCHED_ATTRIBUTES.has(localOf(a.name))) return false;
    // the text passes find tags with [^>]*: no '>' in a fast value
    if (a.raw.includes("&") || a.raw.includes("<") || a.raw.includes(">")) return false;
  }
  return true;
}

/**
 * Start tags of WordprocessingML elements with plain attributes (no namespace declared on them).
 * Remembered by their text: a long table repeats the same formatting tags thousands of times.
 */
class PlainTags {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly ns: ReadonlyMap<string, string>) {}

  test(tag: string, name: string): boolean {
    let plain = this.known.get(tag);
    if (plain !== undefined) return plain;
    if (this.ns.get(prefixOf(name)) !== W_NS) plain = false;
    else {
      const attrs = attributesOf(tag, name.length);
      plain = !!attrs && plainAttributes(attrs, this.ns);
    }
    if (this.known.size > 20_000) this.known.clear(); // tags with ids rarely repeat: memory stays bounded
    this.known.set(tag, plain);
    return plain;
  }
}

/** Thrown inside segmentDocument: the part is read as one DOM instead. */
class WholePart extends Error {}

interface Unit {
  end: number;
  fast: boolean;
  /** Open complex fields after the unit. */
  fields: number;
}

/** Reads one element (a child of a container) to its end; says whether it is fast and how the field depth changes. */
function readUnit(
  sc: XmlScanner,
  first: Token,
  ns: ReadonlyMap<string, string>,
  plainTags: PlainTags,
  fieldsBefore: number,
): Unit {
  const { xml } = sc;
  let fast = true;
  let fields = fieldsBefore;
  let declares = false;
  let fieldSeen = false;
  const stack: string[] = [];
  let paragraphs = 0;
  let inText = false;
  const open = (t: Token): void => {
    const local = localOf(t.name);
    const tag = xml.slice(t.start, t.end);
    if (fast && (!FAST.has(local) || inText || !plainTags.test(tag, t.name))) fast = false;
    if (!fast && tag.includes("xmlns")) declares = true;
    if (local === "p") {
      if (paragraphs > 0) fast = false;
      if (!t.selfClosing) paragraphs++;
    } else if (local === "t") {
      if (paragraphs === 0) fast = false;
      if (!t.selfClosing) inText = true;
    } else if ((local === "tab" || local === "br" || local === "cr") && !t.selfClosing) fast = false;
    else if (local === "fldChar") {
      fieldSeen = true;
      if (ns.get(prefixOf(t.name)) !== W_NS) throw new WholePart();
      const type = (attributesOf(tag, t.name.length) ?? []).find((a) => localOf(a.name) === "fldCharType")?.raw;
      if (type === "begin") fields++;
      else if (type === "end" && fields > 0) fields--;
    }
    if (!t.selfClosing) stack.push(t.name);
  };
  open(first);
  while (stack.length > 0) {
    const t = sc.next();
    // eslint-disable-next-line local/text-home -- a developer's error, never shown: the reader words what users see
    if (!t) throw new SyntaxError("unterminated element");
    if (t.kind === "start") open(t);
    else if (t.kind === "end") {
      // eslint-disable-next-line local/text-home -- a developer's error, never shown: the reader words what users see
      if (t.name !== stack.pop()) throw new SyntaxError("end tag does not match");
      const local = localOf(t.name);
      if (local === "t") inText = false;
      else if (local === "p") paragraphs--;
    } else if (t.kind === "text") {
      const raw = xml.slice(t.start, t.end);
      if (inText ? decodeText(raw) === null : /\S/.test(raw)) fast = false;
    } else fast = false;
  }
  // a field's prefix bound below the root could mean another namespace: counted wrong, a field could be split
  if (declares && fieldSeen) throw new WholePart();
  return { end: sc.pos, fast, fields };
}

/**
 * document.xml in segments, or as one Document when it cannot be segmented safely, or null when
 * it is not well-formed XML within the read limits (as parseXml).
 */
export function segmentDocument(xml: string): SegmentedDocument | Document | null {
  const text = xml.replace(/^\uFEFF/, "");
  try {
    checkXmlText(text);
    return segment(text);
  } catch (error) {
    if (error instanceof WholePart) return parseXml(text);
    return null;
  }
}

function segment(xml: string): SegmentedDocument | null {
  const sc = new XmlScanner(xml);
  const segments: Segment[] = [];
  let fast = "";
  let t = sc.next();
  while (t && t.kind !== "start") {
    if (t.kind === "text" && /\S/.test(xml.slice(t.start, t.end))) return null;
    if (t.kind === "other" && t.other !== "?" && t.other !== "!--") throw new WholePart();
    t = sc.next();
  }
  if (!t) return null;
  const rootName = t.name;
  const rootTag = xml.slice(t.start, t.end);
  const ns = rootNamespaces(rootTag, rootName);
  if (!ns || t.selfClosing || ns.get(prefixOf(rootName)) !== W_NS) throw new WholePart();
  fast = xml.slice(0, t.end);
  const plainTags = new PlainTags(ns);
  const stack: string[] = [rootName];
  let fields = 0;
  // the DOM batch being gathered (null: none open); an object, so the closures below share it
  const open: { batch: string | null } = { batch: null };
  const closeBatch = (): void => {
    if (open.batch === null) return;
    const doc = parseXml(`${rootTag}${open.batch}</${rootName}>`);
    // eslint-disable-next-line local/text-home -- a developer's error, never shown: the reader words what users see
    if (!doc) throw new SyntaxError("batch does not parse");
    segments.push({ kind: "dom", doc });
    open.batch = null;
  };
  const toFast = (s: string): void => {
    closeBatch();
    fast += s;
  };
  const toBatch = (s: string): void => {
    if (open.batch === null) {
      if (fast !== "") segments.push({ kind: "fast", xml: fast });
      fast = "";
      open.batch = "";
    }
    open.batch += s;
  };
  while (stack.length > 0) {
    const tok = sc.next();
    if (!tok) return null;
    const raw = xml.slice(tok.start, tok.end);
    if (tok.kind === "text") {
      if (/\S/.test(raw)) throw new WholePart();
      if (open.batch !== null) open.batch += raw;
      else fast += raw;
    } else if (tok.kind === "other") {
      if (tok.other !== "!--" && tok.other !== "?") throw new WholePart();
      if (open.batch !== null) open.batch += raw;
      else fast += raw;
    } else if (tok.kind === "end") {
      if (tok.name !== stack.pop()) return null;
      if (fields > 0) throw new WholePart(); // a field open at a cell's or the body's end
      toFast(raw);
    } else if (fields === 0 && !tok.selfClosing && CONTAINERS.has(localOf(tok.name)) && plainTags.test(raw, tok.name)) {
      toFast(raw);
      stack.push(tok.name);
    } else {
      const unit = readUnit(sc, tok, ns, plainTags, fields);
      const whole = xml.slice(tok.start, unit.end);
      if (unit.fast && fields === 0) toFast(whole);
      else toBatch(whole);
      fields = unit.fields;
      if (fields === 0 && open.batch !== null && open.batch.length >= BATCH_CHARS) closeBatch();
    }
  }
  closeBatch();
  const rest = xml.slice(sc.pos);
  if (/\S/.test(rest.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, ""))) return null;
  fast += rest;
  if (fast !== "") segments.push({ kind: "fast", xml: fast });
  return new SegmentedDocument(segments, ns, rootName);
}

interface TextPiece {
  /** The w:t start tag: [tagStart, tagEnd); its content: [tagEnd, contentEnd). */
  tagStart: number;
  tagEnd: number;
  contentEnd: number;
  value: string;
  /** Where the value starts in the paragraph's text. */
  at: number;
}

/** The w:t start tag with xml:space="preserve" (as setAttributeNS sets it: replaced, or added last). */
function preserveSpace(tag: string): string {
  const attrs = attributesOf(tag, tag.slice(1).search(/[\s/>]/)) ?? [];
  const space = attrs.find((a) => a.name === "xml:space");
  if (space) return `${tag.slice(0, space.start)} xml:space="preserve"${tag.slice(space.end)}`;
  const tail = tag.endsWith("/>") ? 2 : 1;
  return `${tag.slice(0, tag.length - tail)} xml:space="preserve"${tag.slice(tag.length - tail)}`;
}

/**
 * The paragraphs of a fast segment, as the DOM path reads them (anonymise-docx.ts: pieces and
 * applyToPieces): w:t text joined with a tab or a line break for w:tab, w:br and w:cr wherever
 * they stand in the paragraph, the spans found in the whole, each replacement where its span starts.
 */
export function scrubFastParagraphs(xml: string, spansOf: (text: string) => readonly Span[] | null): string {
  let out = "";
  let copied = 0;
  let inParagraph = false;
  let text = "";
  let pieces: TextPiece[] = [];
  // a fast segment has no CDATA and no '>' in attribute values: only these tags matter here
  const re = TEXT_TAGS;
  re.lastIndex = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const local = m[2];
    if (local === undefined) continue; // a comment or processing instruction
    const selfClosing = m[0].endsWith("/>");
    if (m[1] === "/") {
      if (local !== "p" || !inParagraph) continue;
      inParagraph = false;
      const spans = spansOf(text);
      if (!spans || spans.length === 0) continue;
      for (const piece of pieces) {
        const after = applyToPiece(text, piece, spans);
        if (after === piece.value) continue;
        out += xml.slice(copied, piece.tagStart) + preserveSpace(xml.slice(piece.tagStart, piece.tagEnd));
        out += encodeText(after);
        copied = piece.contentEnd;
      }
    } else if (local === "p") {
      if (selfClosing) continue;
      inParagraph = true;
      text = "";
      pieces = [];
    } else if (!inParagraph) continue;
    else if (local === "t") {
      if (selfClosing) continue;
      const tagEnd = re.lastIndex;
      const contentEnd = xml.indexOf("<", tagEnd);
      if (contentEnd > tagEnd) {
        const value = decodeText(xml.slice(tagEnd, contentEnd)) ?? "";
        pieces.push({ tagStart: m.index, tagEnd, contentEnd, value, at: text.length });
        text += value;
      }
    } else text += local === "tab" ? "\t" : "\n";
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}

/** The tags the paragraph pass reads (any prefix: a fast segment is all WordprocessingML), and what to step over. */
const TEXT_TAGS = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)(?:[A-Za-z_][\w.-]*:)?(p|t|tab|br|cr)(?=[\s/>])[^>]*>/g;
/** Start tags with attributes, and what to step over. */
const ATTRIBUTE_TAGS = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<([A-Za-z_][\w.:-]*)(\s[^>]*?)?(\/?)>/g;

function applyToPiece(text: string, piece: TextPiece, spans: readonly Span[]): string {
  const start = piece.at;
  const end = piece.at + piece.value.length;
  let out = "";
  let pos = start;
  for (const s of spans) {
    if (s.end <= start || s.start >= end) continue;
    out += text.slice(pos, Math.max(s.start, start));
    if (s.start >= start) out += s.replacement;
    pos = Math.min(s.end, end);
  }
  return out + text.slice(pos, end);
}

/** scrubIdsAndPeople's attribute rules on a fast segment: rsid* removed, hex ids renumbered. */
function renumberFast(xml: string, ns: ReadonlyMap<string, string>, ids: IdRenumbering): string {
  let out = "";
  let copied = 0;
  // a tag whose only change is its rsids gone, by its text: a long table repeats the same tags thousands of times
  // (a tag with a hex id is never remembered: its new id comes from the numbering, in document order)
  const withoutRsids = new Map<string, string | null>();
  const re = ATTRIBUTE_TAGS;
  re.lastIndex = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const name = m[1];
    const attrText = m[2];
    // only rsid* and the hex ids (paraId, textId, durableId…) change
    if (name === undefined || attrText === undefined || (!attrText.includes("rsid") && !attrText.includes("Id")))
      continue;
    const known = withoutRsids.get(m[0]);
    if (known !== undefined) {
      if (known === null) continue;
      out += xml.slice(copied, m.index) + known;
      copied = re.lastIndex;
      continue;
    }
    const attrs = attributesOf(m[0], name.length);
    if (!attrs) continue;
    let changed = false;
    let hexIds = false;
    let rebuilt = `<${name}`;
    for (const a of attrs) {
      const prefix = prefixOf(a.name);
      // an attribute without a prefix has no namespace, whatever the default
      const space = prefix === "" || prefix === "xmlns" ? "" : (ns.get(prefix) ?? "");
      const local = localOf(a.name);
      if (space === W_NS && local.startsWith("rsid")) {
        changed = true;
        continue;
      }
      if (ID_NAMESPACES.has(space) && HEX_ID_ATTRIBUTES.has(local)) {
        hexIds = true;
        const value = ids.hex(a.raw);
        if (value !== a.raw) changed = true;
        rebuilt += ` ${a.name}="${value}"`;
        continue;
      }
      rebuilt += m[0].slice(a.start, a.end);
    }
    const tag = changed ? rebuilt + (m[3] === "/" ? "/>" : ">") : null;
    if (!hexIds && withoutRsids.size < 20_000) withoutRsids.set(m[0], tag); // memory stays bounded
    if (tag === null) continue;
    out += xml.slice(copied, m.index) + tag;
    copied = re.lastIndex;
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}

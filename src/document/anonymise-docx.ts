// The anonymised .docx for research: the original package with every box holding its
// anonymised text, the visible log rewritten from the anonymised log, the data part replaced
// (new document id, whole log, no archive or quarantine parts), the add-in's settings emptied,
// the document properties cleared, and every other text in the package (typed outside the
// boxes, headers, footers, notes, comments, tracked changes, charts, SmartArt) run through the
// same free-text anonymiser. Around the text (anonymise-package.ts, -fields.ts, -ids.ts): field
// codes, settings, embedded objects, other add-ins, foreign custom XML, external links, alt
// texts, Word's ids, authors and their dates. jszip + @xmldom/xmldom only: browser and Node.
import type { Document, Element, Node } from "@xmldom/xmldom";
import JSZip from "jszip";
import {
  cacheParts,
  flushParts,
  partPaths,
  piecewisePart,
  readXmlPart,
  relationshipsIn,
  seedPart,
  seedPiecewisePart,
  writeTextPart,
  writeXmlPart,
} from "./docx-parts";
import { FIELD_REMOVED, neutraliseFieldsIn, scrubInstruction } from "./anonymise-fields";
import { SegmentedDocument, segmentDocument, scrubFastParagraphs, type Segment } from "./segmented-document";
import { IdRenumbering, scrubIdsAndPeople, shiftDateTimeWith } from "./anonymise-ids";
import {
  neutraliseExternalTargets,
  removeEmbeddedObjects,
  removeWebExtensions,
  scrubAllText,
  scrubAltText,
  scrubControlProperties,
  scrubSettings,
} from "./anonymise-package";
import { inventory } from "./package-inventory";
import { outsideTexts } from "./outside-texts";
import {
  isStrictPackage,
  partsOfKind,
  removeDanglingReferences,
  removeUncheckedParts,
  type RemovedParts,
} from "./package-sweep";
import { copyLimits, removedLines } from "./copy-report";
import { readErrorMessage } from "./read-limits";
import { relsPathOf } from "./opc-paths";
import {
  DELETED_TEXT,
  DRAWING_TEXT,
  HIDDEN_TEXT,
  ReviewTexts,
  isHiddenText,
  placeOfPart,
  placeOfRoot,
} from "./review-parts";
import {
  TAG_LOG,
  DATA_PART_NAMESPACE,
  SETTINGS_DATA_KEY,
  TEMPLATE,
  parseBoxTag,
  boxKey,
  serializeDataPart,
  stampedByThisAddin,
  toTableRow,
  type TemplateDef,
} from "../domain";
import {
  addCounts,
  anonymiseForm,
  applySpans,
  emptyCounts,
  researchCodeProblem,
  type AnonymiseInput,
  type AnonymiseReport,
  type AnonymisedForm,
  type Counts,
  type Span,
} from "../domain/anonymise";
import { COPY_ERRORS, readCopy } from "./read-data-part";
import {
  M_NS,
  W_NS,
  WE_NS,
  childElements,
  isElement,
  loadDocx,
  mainDocumentPath,
  parseXml,
  pushChildren,
  rootNamespace,
  sdtTag,
  sdtText,
  wChild,
  wChildren,
  wDescendants,
} from "./ooxml";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
const DC_NS = "http://purl.org/dc/elements/1.1/";
const DCTERMS_NS = "http://purl.org/dc/terms/";
const EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
/** Every file in the anonymised package gets this date (the zip entries' dates are metadata too). */
const FIXED_ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

export interface AnonymisedDocx {
  bytes: Uint8Array;
  fileName: string;
  /** The form's report plus what was found outside the boxes; never the values. */
  report: AnonymiseReport;
  /** Parts taken out of the copy, by kind (signature, thumbnail, people list, embedded file…). */
  removed: RemovedParts;
  /** Dutch lines: what was removed from the copy (copy-report.ts). */
  removedLines: string[];
  /** Dutch lines: what the copy still cannot guarantee. */
  limits: string[];
}

// --- template text: left alone -----------------------------------------------------------

const norm = (s: string): string => s.replace(/[\p{Zs}\t]+/gu, " ").trim();

function templateTexts(template: TemplateDef): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.add(norm(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(template);
  for (const s of template.steps) {
    for (const sep of [" – ", " — ", " - ", ": ", ". ", " "]) out.add(norm(`${s.shortTitle}${sep}${s.title}`));
  }
  return out;
}

// --- writing text into Word XML ------------------------------------------------------------

function el(doc: Document, name: string): Element {
  return doc.createElementNS(W_NS, `w:${name}`);
}

/** Runs for one line: w:r (rPr copy) with w:t and w:tab. */
function runsFor(doc: Document, line: string, rPr: Element | undefined): Element[] {
  const r = el(doc, "r");
  if (rPr) r.appendChild(rPr.cloneNode(true));
  line.split("\t").forEach((piece, i) => {
    if (i > 0) r.appendChild(el(doc, "tab"));
    if (piece === "") return;
    const t = el(doc, "t");
    t.setAttributeNS(XML_NS, "xml:space", "preserve");
    t.appendChild(doc.createTextNode(piece));
    r.appendChild(t);
  });
  return [r];
}

/** Replaces the paragraphs of a block container (sdtContent or w:tc) with one paragraph per line. */
function setParagraphs(container: Element, text: string): void {
  const doc = container.ownerDocument;
  if (!doc) return;
  const paragraphs = wChildren(container, "p");
  const first = paragraphs[0];
  const pPr = first ? wChild(first, "pPr") : undefined;
  const firstRun = first ? wDescendants(first, "r")[0] : undefined;
  const rPr = firstRun ? wChild(firstRun, "rPr") : undefined;
  const anchor = first ?? null;
  const fresh = text.split("\n").map((line) => {
    const p = el(doc, "p");
    if (pPr) p.appendChild(pPr.cloneNode(true));
    for (const r of runsFor(doc, line, rPr)) p.appendChild(r);
    return p;
  });
  for (const p of fresh) container.insertBefore(p, anchor);
  for (const p of paragraphs) container.removeChild(p);
}

/** Replaces the runs of a run-level container (an inline content control) with the text, lines as w:br. */
function setRuns(container: Element, text: string): void {
  const doc = container.ownerDocument;
  if (!doc) return;
  const runs = childElements(container).filter(
    (c) =>
      c.namespaceURI === W_NS &&
      (c.localName === "r" || c.localName === "ins" || c.localName === "del" || c.localName === "hyperlink"),
  );
  const firstRun = wDescendants(container, "r")[0];
  const rPr = firstRun ? wChild(firstRun, "rPr") : undefined;
  const anchor = runs[0] ?? null;
  text.split("\n").forEach((line, i) => {
    if (i > 0) {
      const r = el(doc, "r");
      r.appendChild(el(doc, "br"));
      container.insertBefore(r, anchor);
    }
    for (const r of runsFor(doc, line, rPr)) container.insertBefore(r, anchor);
  });
  for (const r of runs) container.removeChild(r);
}

function setControlText(sdt: Element, text: string): void {
  const content = wChild(sdt, "sdtContent");
  if (!content) return;
  const pr = wChild(sdt, "sdtPr");
  const placeholder = pr ? wChild(pr, "showingPlcHdr") : undefined;
  if (placeholder && text === "") return; // still the hint: template text
  if (pr && placeholder) pr.removeChild(placeholder);
  const cell = wChildren(content, "tc")[0];
  const container = cell ?? content;
  if (wChildren(container, "p").length > 0) setParagraphs(container, text);
  else setRuns(container, text);
}

// --- the visible log ------------------------------------------------------------------------

function rewriteLog(sdt: Element, form: AnonymisedForm, template: TemplateDef): void {
  const content = wChild(sdt, "sdtContent");
  const tbl = content ? wDescendants(content, "tbl")[0] : undefined;
  if (!tbl) return;
  const rows = wChildren(tbl, "tr");
  const isHeader = (tr: Element): boolean => {
    const trPr = wChild(tr, "trPr");
    return !!trPr && !!wChild(trPr, "tblHeader");
  };
  let headers = rows.filter(isHeader);
  if (headers.length === 0 && rows[0]) headers = [rows[0]];
  const data = rows.filter((r) => !headers.includes(r));
  let model = data[0]?.cloneNode(true) as Element | undefined;
  if (!model && headers[0]) {
    model = headers[0].cloneNode(true) as Element;
    const trPr = wChild(model, "trPr");
    const h = trPr ? wChild(trPr, "tblHeader") : undefined;
    if (trPr && h) trPr.removeChild(h);
    for (const tc of wChildren(model, "tc")) {
      const tcPr = wChild(tc, "tcPr");
      const shd = tcPr ? wChild(tcPr, "shd") : undefined;
      if (tcPr && shd) tcPr.removeChild(shd);
    }
  }
  for (const r of data) tbl.removeChild(r);
  if (!model) return;
  for (const entry of form.data.changeLog) {
    const row = model.cloneNode(true) as Element;
    const cells = wChildren(row, "tc");
    toTableRow(entry, template).forEach((value, i) => {
      const tc = cells[i];
      if (tc) setParagraphs(tc, value);
    });
    tbl.appendChild(row);
  }
}

// --- free text outside the boxes -------------------------------------------------------------

interface TextPiece {
  node: Node;
  start: number;
  end: number;
}

/**
 * The w:t / w:delText nodes of one paragraph or deletion (not of nested paragraphs, deletions or
 * skipped controls). Iterative, with an explicit stack: a deeply nested paragraph cannot
 * exhaust the call stack.
 */
function pieces(p: Element, skip: Set<Element>): { text: string; nodes: TextPiece[] } {
  let text = "";
  const nodes: TextPiece[] = [];
  const stack: Element[] = [];
  pushChildren(stack, p);
  while (stack.length > 0) {
    const c = stack.pop() as Element;
    if (skip.has(c)) continue;
    if (c.namespaceURI === W_NS && c.localName === "p") continue;
    // deleted text is its own unit: joined to the live text it would glue words together
    if (c.namespaceURI === W_NS && (c.localName === "del" || c.localName === "moveFrom") && p.localName !== c.localName)
      continue;
    if (
      (c.namespaceURI === W_NS && (c.localName === "t" || c.localName === "delText")) ||
      (c.namespaceURI === M_NS && c.localName === "t") // equation text
    ) {
      for (let n = c.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== 3 && n.nodeType !== 4) continue;
        const value = n.nodeValue ?? "";
        nodes.push({ node: n, start: text.length, end: text.length + value.length });
        text += value;
      }
    } else if (c.namespaceURI === W_NS && (c.localName === "tab" || c.localName === "br" || c.localName === "cr")) {
      text += c.localName === "tab" ? "\t" : "\n";
    } else {
      pushChildren(stack, c);
    }
  }
  return { text, nodes };
}

/** Applies spans found in the joined text to the text nodes: a replacement goes where its span starts. */
function applyToPieces(text: string, nodes: TextPiece[], spans: readonly Span[]): void {
  for (const piece of nodes) {
    let out = "";
    let pos = piece.start;
    for (const s of spans) {
      if (s.end <= piece.start || s.start >= piece.end) continue;
      out += text.slice(pos, Math.max(s.start, piece.start));
      if (s.start >= piece.start) out += s.replacement;
      pos = Math.min(s.end, piece.end);
    }
    out += text.slice(pos, piece.end);
    if (out !== piece.node.nodeValue) {
      piece.node.nodeValue = out;
      (piece.node as unknown as { data: string }).data = out;
      const parent = piece.node.parentNode;
      if (isElement(parent)) parent.setAttributeNS(XML_NS, "xml:space", "preserve");
    }
  }
}

interface TextContext {
  form: AnonymisedForm;
  counts: Counts;
  templateText: Set<string>;
  /** Fields whose result showed a person, file or path. */
  fieldsReplaced: number;
  /** Content controls bound to a property or data (a cover page's author). */
  boundReplaced: number;
  /** The copy's text outside the boxes, by where it stands, for the review list. */
  review: ReviewTexts;
  memo: SpanMemo;
}

/**
 * The scrubber's spans, each distinct text scanned once while the copy's people stay the same: the
 * scrubber is a pure function of the text and the people (scrubber.ts), and a long table repeats
 * its texts (dates, headings, "Ja"). A stamp can add a signer: then the people's version moves on
 * and the remembered spans are dropped.
 */
class SpanMemo {
  private readonly known = new Map<string, Span[]>();
  private version = -1;

  constructor(private readonly form: AnonymisedForm) {}

  spans(text: string): Span[] {
    const { scrubber } = this.form;
    if (scrubber.people.version !== this.version) {
      this.known.clear();
      this.version = scrubber.people.version;
    }
    let spans = this.known.get(text);
    if (spans) return spans;
    spans = scrubber.spans(text);
    // a new person during the scan: what the text gave is right, but later texts must be scanned anew
    if (scrubber.people.version !== this.version) return spans;
    if (this.known.size >= MEMO_TEXTS) this.known.clear(); // memory stays bounded on a huge file
    this.known.set(text, spans);
    return spans;
  }
}
const MEMO_TEXTS = 100_000;

function scrubString(ctx: TextContext, text: string): string {
  const spans = ctx.memo.spans(text);
  for (const s of spans) for (const k of s.kinds) ctx.counts[k]++;
  return applySpans(text, spans);
}

/** Every paragraph not inside a skipped control; field codes; the attributes that carry people or text. */
function scrubPart(doc: Document, ctx: TextContext, skip: Set<Element>): void {
  scrubSegments([{ kind: "dom", doc }], ctx, skip, placeOfPart(doc.documentElement));
}

/** The paragraph's spans, counted; null when it is empty or the template's own text. */
function paragraphSpans(ctx: TextContext, text: string): Span[] | null {
  if (text.trim() === "" || ctx.templateText.has(norm(text))) return null;
  const spans = ctx.memo.spans(text);
  for (const s of spans) for (const k of s.kinds) ctx.counts[k]++;
  return spans;
}

/**
 * scrubPart over a part in segments (segmented-document.ts): each step runs over all pieces in
 * document order before the next, so the scrubber sees the texts in the same order as when the
 * part was one DOM; fast segments only have paragraphs.
 */
function scrubSegments(segments: readonly Segment[], ctx: TextContext, skip: Set<Element>, where: string): void {
  const docs = segments.flatMap((s) => (s.kind === "dom" ? [s.doc] : []));
  const fields = neutraliseFieldsIn(docs, (t) => scrubString(ctx, t));
  ctx.fieldsReplaced += fields.replaced;
  const skipped = (e: Element): boolean => {
    for (let n: Node | null = e; n; n = n.parentNode) if (isElement(n) && skip.has(n)) return true;
    return false;
  };
  for (const doc of docs) ctx.boundReplaced += replaceBoundControls(doc, skipped);
  for (const doc of docs) scrubControlProperties(doc, (t) => scrubString(ctx, t), ctx.form.scrubber.dates, skipped);
  /** Text nodes read in their paragraph, deletion or field code: not read again one by one. */
  const handled = new Set<Node>();
  for (const segment of segments) {
    if (segment.kind === "fast") {
      // fast paragraphs hold no hidden runs and no tracked changes (segmented-document.ts FAST)
      segment.xml = scrubFastParagraphs(segment.xml, (text) => {
        const spans = paragraphSpans(ctx, text);
        if (spans) ctx.review.add(where, applySpans(text, spans));
        return spans;
      });
      continue;
    }
    for (const p of wDescendants(segment.doc, "p")) {
      if (skipped(p)) continue;
      const { text, nodes } = pieces(p, skip);
      for (const n of nodes) handled.add(n.node);
      const spans = paragraphSpans(ctx, text);
      if (!spans) continue;
      if (spans.length > 0) applyToPieces(text, nodes, spans);
      // the review reads what the copy now says; hidden runs also on their own, so the list can say they are hidden
      ctx.review.add(where, applySpans(text, spans));
      const hidden = nodes.filter((n) => isHiddenText(n.node.parentNode as Node)).map((n) => n.node.nodeValue ?? "");
      if (hidden.length > 0) ctx.review.add(HIDDEN_TEXT, hidden.join(""));
    }
  }
  for (const name of ["del", "moveFrom"]) {
    for (const del of docs.flatMap((doc) => wDescendants(doc, name))) {
      if (skipped(del)) continue;
      const { text, nodes } = pieces(del, skip);
      for (const n of nodes) handled.add(n.node);
      const spans = ctx.memo.spans(text);
      for (const s of spans) for (const k of s.kinds) ctx.counts[k]++;
      if (spans.length > 0) applyToPieces(text, nodes, spans);
      ctx.review.add(DELETED_TEXT, applySpans(text, spans));
    }
  }
  const instructions = new Set<Node>();
  for (const name of ["instrText", "delInstrText"]) {
    for (const instr of docs.flatMap((doc) => wDescendants(doc, name))) {
      if (skipped(instr)) continue;
      instructions.add(instr);
      const before = instr.textContent ?? "";
      const after = scrubInstruction(before, (text) => scrubString(ctx, text));
      if (after !== before) instr.textContent = after;
    }
  }
  for (const doc of docs) scrubAltText(doc);
  // any other text — a DrawingML shape's a:t, a w:t outside any paragraph (an element Word does
  // not know): read the same way, node by node; the add-in's own boxes are already done
  for (const doc of docs)
    scrubAllText(
      doc,
      (text) => scrubString(ctx, text),
      (n) =>
        !handled.has(n) &&
        !(n.parentNode && instructions.has(n.parentNode)) &&
        !(isElement(n.parentNode) && skipped(n.parentNode)),
    );
}

const hasBinding = (sdt: Element): boolean => {
  const pr = wChild(sdt, "sdtPr");
  return !!pr && childElements(pr).some((c) => c.localName === "dataBinding");
};

/**
 * A content control bound to data (a cover page's author, company or date, a document property):
 * its shown text is a copy of the property, which the copy clears; the text is replaced too.
 * Returns how many were replaced.
 */
function replaceBoundControls(doc: Document, skipped: (e: Element) => boolean): number {
  let n = 0;
  for (const sdt of wDescendants(doc, "sdt")) {
    if (skipped(sdt) || !hasBinding(sdt)) continue;
    const content = wChild(sdt, "sdtContent");
    if (!content) continue;
    const texts = [...wDescendants(content, "t"), ...wDescendants(content, "delText")];
    texts.forEach((t, i) => (t.textContent = i === 0 ? FIELD_REMOVED : ""));
    n++;
  }
  return n;
}

// --- the package ---------------------------------------------------------------------------

/**
 * Custom XML parts: our data part replaced; returns it with its properties part (the parts the
 * copy keeps). Everything else under customXml/, whatever its name, is removed by the sweep
 * (package-sweep.ts) — archive chunks (the log is whole in the data part), quarantined data,
 * other versions and damaged parts of ours, and other programs' parts (cover-page properties,
 * bibliography, document-management data).
 */
async function rewriteCustomXml(zip: JSZip, form: AnonymisedForm): Promise<string[]> {
  for (const path of partPaths(zip).filter((p) => /^customxml\/[^/]+\.xml$/i.test(p))) {
    const text = (await zip.file(path)?.async("string")) ?? "";
    if (rootNamespace(text.replace(/^\uFEFF/, "")) !== DATA_PART_NAMESPACE) continue;
    writeTextPart(zip, path, serializeDataPart(stampedByThisAddin(form.data)));
    const rels = await readXmlPart(zip, relsPathOf(path));
    const props = (rels ? relationshipsIn(rels, path) : []).filter((r) => !r.external).map((r) => r.target);
    return [path, ...props];
  }
  return [];
}

/** The add-in's settings: emptied; the anonymised data part put back where the original kept it there. Returns that
 * part. */
async function rewriteWebExtensions(zip: JSZip, form: AnonymisedForm, putDataPart: boolean): Promise<string | null> {
  let kept: string | null = null;
  for (const path of partPaths(zip).filter((p) => /webextensions\/webextension[^/]*\.xml$/.test(p))) {
    const doc = await readXmlPart(zip, path);
    if (!doc) continue;
    const props = Array.from(doc.getElementsByTagNameNS(WE_NS, "property"));
    const hadData = props.some((p) => p.getAttribute("name") === SETTINGS_DATA_KEY);
    for (const p of props) p.parentNode?.removeChild(p);
    if (hadData && putDataPart && kept === null) {
      const container = doc.getElementsByTagNameNS(WE_NS, "properties")[0];
      const prop = doc.createElementNS(WE_NS, "we:property");
      prop.setAttribute("name", SETTINGS_DATA_KEY);
      prop.setAttribute("value", JSON.stringify(serializeDataPart(stampedByThisAddin(form.data))));
      container?.appendChild(prop);
      kept = path;
    }
    writeXmlPart(zip, path, doc);
  }
  await removeWebExtensions(zip, kept);
  return kept;
}

/** What core.xml may keep (values rewritten below); anything else in it goes. */
const CORE_KEPT = new Set(["title", "creator", "lastModifiedBy", "keywords", "revision", "created", "modified"]);
/** What app.xml may keep: counts and flags, when they are just that. */
const APP_KEPT =
  /^(Pages|Words|Characters|CharactersWithSpaces|Lines|Paragraphs|TotalTime|DocSecurity|ScaleCrop|LinksUpToDate|SharedDoc|HyperlinksChanged)$/;

async function rewriteProperties(zip: JSZip, form: AnonymisedForm, template: TemplateDef): Promise<void> {
  const core = await readPart(zip, "docProps/core.xml");
  if (core?.documentElement) {
    for (const c of childElements(core.documentElement))
      if (!CORE_KEPT.has(c.localName ?? "")) core.documentElement.removeChild(c);
    const setText = (ns: string, name: string, value: string | null): void => {
      for (const e of Array.from(core.getElementsByTagNameNS(ns, name))) {
        if (value === null) e.parentNode?.removeChild(e);
        else e.textContent = value;
      }
    };
    setText(DC_NS, "creator", "");
    setText(CP_NS, "lastModifiedBy", "");
    for (const e of Array.from(core.getElementsByTagNameNS(DC_NS, "title"))) {
      if (norm(e.textContent ?? "") !== norm(template.title)) e.textContent = researchTitle(form);
    }
    setText(DC_NS, "subject", "");
    setText(DC_NS, "description", "");
    setText(DC_NS, "identifier", null);
    setText(CP_NS, "category", "");
    setText(CP_NS, "contentStatus", "");
    setText(CP_NS, "version", null);
    setText(CP_NS, "lastPrinted", null);
    // how often the original was saved: a number that would match it
    setText(CP_NS, "revision", "1");
    for (const e of Array.from(core.getElementsByTagNameNS(CP_NS, "keywords"))) {
      // the template's id and version, as the add-in writes them, and nothing more
      if (!new RegExp(`^${template.templateId} [0-9.]+$`).test(e.textContent ?? "")) e.textContent = "";
    }
    for (const name of ["created", "modified"]) {
      for (const e of Array.from(core.getElementsByTagNameNS(DCTERMS_NS, name))) {
        const t = e.textContent ?? "";
        const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
        const day = m ? form.scrubber.dates.shiftDay(`${m[1]}${m[2]}${m[3]}`) : null;
        e.textContent = day
          ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T00:00:00Z`
          : "2000-01-01T00:00:00Z";
      }
    }
    writeXmlPart(zip, "docProps/core.xml", core);
  }
  const app = await readPart(zip, "docProps/app.xml");
  if (app?.documentElement) {
    for (const c of childElements(app.documentElement))
      if (!APP_KEPT.test(c.localName ?? "") || !/^(\d+|true|false)$/.test(c.textContent ?? ""))
        app.documentElement.removeChild(c);
    // the template's file name, the title list (Word puts the document title there), the
    // link list, the signature, the company and manager; editing time would match the original
    for (const name of [
      "Template",
      "TitlesOfParts",
      "HeadingPairs",
      "HLinks",
      "DigSig",
      "Company",
      "Manager",
      "HyperlinkBase",
    ]) {
      for (const e of Array.from(app.getElementsByTagNameNS(EP_NS, name))) e.parentNode?.removeChild(e);
    }
    for (const e of Array.from(app.getElementsByTagNameNS(EP_NS, "TotalTime"))) e.textContent = "0";
    writeXmlPart(zip, "docProps/app.xml", app);
  }
  const custom = await readPart(zip, "docProps/custom.xml");
  if (custom?.documentElement) {
    for (const c of childElements(custom.documentElement)) custom.documentElement.removeChild(c);
    writeXmlPart(zip, "docProps/custom.xml", custom);
  }
}

const researchTitle = (form: AnonymisedForm): string => form.fileName.replace(/\.docx$/, "");

/** Errors on this path reach the user: always Dutch. */
export class CopyError extends Error {}

export const ANONYMISE_ERRORS = {
  failed:
    "De anonieme kopie kon niet worden gemaakt: het document bevat iets wat de invoegtoepassing niet kan lezen. Er is niets verstuurd of opgeslagen.",
  tooDeep:
    "De anonieme kopie kon niet worden gemaakt: het document is te diep genest (bijvoorbeeld tabellen of vakken vele lagen in elkaar). Er is niets verstuurd of opgeslagen.",
  damagedPart: (path: string) =>
    `De anonieme kopie kon niet worden gemaakt: een deel van het document (${path}) is beschadigd en kan dus niet worden gecontroleerd. Er is niets verstuurd of opgeslagen.`,
  strict:
    "De anonieme kopie is niet gemaakt: dit document is opgeslagen als ‘Strict Open XML-document’, en dat formaat kan de invoegtoepassing niet volledig controleren. Sla het in Word op als gewoon ‘Word-document (*.docx)’ en maak de kopie daarna opnieuw. Er is niets verstuurd of opgeslagen.",
} as const;

/** A part that is there must parse: what cannot be read cannot be checked, and must not leave unchecked. */
async function readPart(zip: JSZip, path: string): Promise<Document | null> {
  if (!zip.file(path)) return null;
  const doc = await readXmlPart(zip, path);
  if (!doc) throw new CopyError(ANONYMISE_ERRORS.damagedPart(path));
  return doc;
}

export function toCopyError(error: unknown): CopyError {
  if (error instanceof CopyError) return error;
  // "Maximum call stack size exceeded" and other engine messages are not for the user; the
  // reader's limits (ReadError) and damaged zips have Dutch sentences of their own
  if (error instanceof RangeError) return new CopyError(ANONYMISE_ERRORS.tooDeep);
  return new CopyError(readErrorMessage(error, ANONYMISE_ERRORS.failed));
}

/**
 * The anonymised .docx. `original` is the document as Office.context.document.getFileAsync
 * gives it; `form` comes from anonymiseForm on the same document's data part and box texts.
 * Throws only CopyError (Dutch).
 */
export async function anonymiseDocx(
  original: Uint8Array | ArrayBuffer | OpenedDocx,
  form: AnonymisedForm,
  template: TemplateDef = TEMPLATE,
  onStep: (step: number, steps: number) => void = () => undefined,
  wholeDocument = false,
): Promise<AnonymisedDocx> {
  try {
    return await buildDocx(original, form, template, onStep, wholeDocument);
  } catch (error) {
    throw toCopyError(error);
  }
}

/** 1. Boxes get the anonymised form's texts and the visible log is rewritten; returns the controls done. */
function rewriteBoxesAndLog(docs: readonly Document[], form: AnonymisedForm, template: TemplateDef): Set<Element> {
  const done = new Set<Element>();
  const seen = new Set<string>();
  for (const sdt of docs.flatMap((doc) => wDescendants(doc, "sdt"))) {
    const tag = sdtTag(sdt);
    if (tag === TAG_LOG) {
      rewriteLog(sdt, form, template);
      done.add(sdt);
      continue;
    }
    const ref = parseBoxTag(tag);
    if (!ref) continue;
    const key = boxKey(ref);
    const text = form.boxTexts[key];
    if (text === undefined || seen.has(key)) continue; // a copied control: scrubbed as free text below
    seen.add(key);
    if (sdtText(sdt) !== text) setControlText(sdt, text);
    done.add(sdt);
  }
  return done;
}

/** Reads each part that is there (see readPart), edits it and writes it back. */
async function rewriteParts(zip: JSZip, paths: readonly string[], edit: (part: Document) => void): Promise<void> {
  for (const path of paths) {
    const part = await readPart(zip, path);
    if (!part) continue;
    edit(part);
    writeXmlPart(zip, path, part);
  }
}

/** 2. The other text parts (headers, footers, notes, comments, glossary), charts and SmartArt, scrubbed. */
async function scrubOtherParts(zip: JSZip, ctx: TextContext, docPath: string): Promise<string[]> {
  const kinds = await inventory(zip);
  const of = (kind: string) => [...kinds].filter(([p, k]) => k === kind && p !== docPath).map(([p]) => p);
  const textParts = of("text");
  await rewriteParts(zip, textParts, (part) => scrubPart(part, ctx, new Set()));
  const drawingParts = of("drawing");
  await rewriteParts(zip, drawingParts, (part) =>
    scrubAllText(part, (text) => {
      const after = scrubString(ctx, text);
      ctx.review.add(DRAWING_TEXT, after);
      return after;
    }),
  );
  return [...textParts, ...drawingParts];
}

/** 3. Around the text: settings, data part, other add-ins, properties, machine parts, links. Returns the parts the
 * copy wrote itself (its data part, its settings). */
async function scrubAroundText(zip: JSZip, form: AnonymisedForm, template: TemplateDef): Promise<Set<string>> {
  if (await readPart(zip, "word/settings.xml")) await scrubSettings(zip, "word/settings.xml");
  const dataParts = await rewriteCustomXml(zip, form);
  const extension = await rewriteWebExtensions(zip, form, dataParts.length === 0);
  await rewriteProperties(zip, form, template);
  await neutraliseExternalTargets(zip);
  const kept = new Set(dataParts);
  if (extension) {
    kept.add(extension);
    for (const p of partPaths(zip)) if (/webextensions\/taskpanes\.xml$/.test(p)) kept.add(p);
  }
  return kept;
}

/** 4. Word's ids, authors and their dates, in every part (one numbering for the package). */
async function renumberIdsAndPeople(zip: JSZip, form: AnonymisedForm): Promise<void> {
  const ids = new IdRenumbering();
  const shift = shiftDateTimeWith((iso) => form.scrubber.dates.shiftIso(iso));
  const parts = partPaths(zip).filter((p) => /\.xml$/.test(p) && p !== "[Content_Types].xml" && !/^docProps\//.test(p));
  for (const path of parts) {
    const piecewise = piecewisePart(zip, path);
    if (piecewise instanceof SegmentedDocument) piecewise.scrubIds(ids, shift);
    else await rewriteParts(zip, [path], (part) => scrubIdsAndPeople(part, ids, shift));
  }
}

/** 5. The package, with neutral dates on every entry. */
async function packDocx(zip: JSZip): Promise<Uint8Array> {
  flushParts(zip);
  const out = new JSZip();
  for (const path of partPaths(zip)) {
    const file = zip.file(path);
    if (file) out.file(path, await file.async("uint8array"), { date: FIXED_ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}

/**
 * A package already opened, with its main document read (the copy reader's): neither is done
 * twice. The document is in segments (segmented-document.ts), or one DOM when it could not be
 * segmented safely or `wholeDocument` asked for it.
 */
export interface OpenedDocx {
  zip: JSZip;
  docPath: string;
  doc: Document | SegmentedDocument;
}

async function open(original: Uint8Array | ArrayBuffer | OpenedDocx, wholeDocument: boolean): Promise<OpenedDocx> {
  if ("zip" in original) return original;
  const zip = await loadDocx(original);
  if (!zip) throw new CopyError(COPY_ERRORS.notDocx);
  const docPath = (await mainDocumentPath(zip)) ?? "word/document.xml";
  const text = (await zip.file(docPath)?.async("string")) ?? "";
  const doc = wholeDocument ? parseXml(text) : segmentDocument(text);
  if (!doc) throw new CopyError(COPY_ERRORS.notDocx);
  return { zip, docPath, doc };
}

/** The steps of buildDocx, for the pane's progress. */
export const COPY_STEPS = 7;

async function buildDocx(
  original: Uint8Array | ArrayBuffer | OpenedDocx,
  form: AnonymisedForm,
  template: TemplateDef,
  onStep: (step: number, steps: number) => void,
  wholeDocument: boolean,
): Promise<AnonymisedDocx> {
  const { zip, docPath, doc } = await open(original, wholeDocument);
  const segmented = doc instanceof SegmentedDocument ? doc : null;
  const namespace = segmented ? segmented.namespace : ((doc as Document).documentElement?.namespaceURI ?? "");
  if (await isStrictPackage(zip, docPath, namespace)) throw new CopyError(ANONYMISE_ERRORS.strict);
  if (namespace !== W_NS) throw new CopyError(COPY_ERRORS.notDocx);
  cacheParts(zip);
  if (segmented) seedPiecewisePart(zip, docPath, segmented);
  else seedPart(zip, docPath, doc as Document);
  const counts = emptyCounts();
  const ctx: TextContext = {
    form,
    counts,
    templateText: templateTexts(template),
    fieldsReplaced: 0,
    boundReplaced: 0,
    review: new ReviewTexts(),
    memo: new SpanMemo(form),
  };
  onStep(1, COPY_STEPS);

  const done = rewriteBoxesAndLog(segmented ? segmented.documents() : [doc as Document], form, template);
  // 2. everything else in the body
  if (segmented) scrubSegments(segmented.segments, ctx, done, placeOfRoot("document"));
  else {
    scrubPart(doc as Document, ctx, done);
    writeXmlPart(zip, docPath, doc as Document);
  }
  onStep(2, COPY_STEPS);
  const otherParts = await scrubOtherParts(zip, ctx, docPath);
  onStep(3, COPY_STEPS);
  const objects = await removeEmbeddedObjects(zip, [docPath, ...otherParts]);
  const kept = await scrubAroundText(zip, form, template);
  onStep(4, COPY_STEPS);
  const removed = await removeUncheckedParts(zip, kept);
  if (objects > 0) removed.embedded = (removed.embedded ?? 0) + objects;
  // styles, numbering, settings, theme: any text in them read like the rest
  await rewriteParts(zip, await partsOfKind(zip, "structure"), (part) =>
    scrubAllText(part, (text) => scrubString(ctx, text)),
  );
  await removeDanglingReferences(zip, await partsOfKind(zip, "text", "drawing", "structure"));
  onStep(5, COPY_STEPS);
  await renumberIdsAndPeople(zip, form);
  onStep(6, COPY_STEPS);

  const total = emptyCounts();
  addCounts(total, form.report.counts);
  addCounts(total, counts);
  const pictureCount = (await partsOfKind(zip, "picture")).length;
  const bytes = await packDocx(zip);
  onStep(7, COPY_STEPS);
  return {
    bytes,
    fileName: form.fileName,
    // every uncertain word in the file, not only the boxes' (issue 23 item 5)
    report: { counts: total, warnings: [...form.report.warnings], review: ctx.review.items(form, ctx.templateText) },
    removed,
    removedLines: removedLines(removed, ctx.fieldsReplaced, ctx.boundReplaced),
    limits: copyLimits(pictureCount),
  };
}

export interface AnonymiseCopyOptions {
  code?: string;
  random?: () => number;
  offsetDays?: number;
  lexicon?: AnonymiseInput["lexicon"];
  marked?: AnonymiseInput["marked"];
  /** Steps done of all (reading, the form, then the package's steps): for the pane's progress. */
  onProgress?: (done: number, total: number) => void;
  /** document.xml as one DOM, as before it was read in segments: the reference the tests compare with. */
  wholeDocument?: boolean;
}

/** All steps of anonymiseCopy: the reading, the form, the package. */
export const ANONYMISE_STEPS = 2 + COPY_STEPS;

/**
 * Reads the form from the .docx bytes, anonymises it and builds the anonymised .docx in one go:
 * the package opened and document.xml parsed once for both. Throws only CopyError (Dutch).
 */
export async function anonymiseCopy(
  original: Uint8Array | ArrayBuffer,
  options: AnonymiseCopyOptions = {},
): Promise<AnonymisedDocx & { form: AnonymisedForm }> {
  const { onProgress = () => undefined, wholeDocument = false, ...input } = options;
  try {
    let opened: OpenedDocx | null = null;
    const read = await readCopy(original, {
      segmented: !wholeDocument,
      onDocument: (parsed) => (opened = parsed),
    });
    if (!read.ok) throw new CopyError(read.error);
    onProgress(1, ANONYMISE_STEPS);
    const codeProblem = input.code === undefined ? null : researchCodeProblem(input.code);
    if (codeProblem) throw new CopyError(codeProblem);
    // a name found by context outside the boxes is replaced in the boxes too, and the other way round
    // (the template's own paragraphs are no one's words: the copy leaves them as they are)
    const fixed = templateTexts(TEMPLATE);
    const otherTexts = (
      opened ? await outsideTexts((opened as OpenedDocx).zip, (opened as OpenedDocx).docPath) : []
    ).filter((t) => !fixed.has(norm(t)));
    const form = anonymiseForm({ data: read.data, boxTexts: read.boxTexts, otherTexts, ...input });
    onProgress(2, ANONYMISE_STEPS);
    const docx = await anonymiseDocx(
      opened ?? original,
      form,
      TEMPLATE,
      (step) => onProgress(2 + step, ANONYMISE_STEPS),
      wholeDocument,
    );
    return { ...docx, form };
  } catch (error) {
    throw toCopyError(error);
  }
}

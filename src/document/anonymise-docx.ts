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
import { partPaths, readXmlPart, removePart, writeXmlPart } from "./docx-parts";
import { neutraliseFields } from "./anonymise-fields";
import { IdRenumbering, scrubIdsAndPeople, shiftDateTimeWith } from "./anonymise-ids";
import {
  neutraliseExternalTargets,
  removeEmbeddedObjects,
  removeMachineParts,
  removeWebExtensions,
  scrubAllText,
  scrubAltText,
  scrubSettings,
} from "./anonymise-package";
import { readErrorMessage } from "./read-limits";
import {
  TAG_LOG,
  DATA_PART_NAMESPACE,
  SETTINGS_DATA_KEY,
  TEMPLATE,
  parseBoxTag,
  boxKey,
  countWords,
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
import { CUSTOM_XML_ITEM, COPY_ERRORS, readCopy } from "./read-data-part";
import {
  W_NS,
  WE_NS,
  childElements,
  isElement,
  loadDocx,
  mainDocumentPath,
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
    if (c.namespaceURI === W_NS && (c.localName === "t" || c.localName === "delText")) {
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
}

function scrubString(ctx: TextContext, text: string): string {
  const spans = ctx.form.scrubber.spans(text);
  for (const s of spans) for (const k of s.kinds) ctx.counts[k]++;
  return applySpans(text, spans);
}

/** Every paragraph not inside a skipped control; field codes; the attributes that carry people or text. */
function scrubPart(doc: Document, ctx: TextContext, skip: Set<Element>): void {
  const fields = neutraliseFields(doc, (t) => scrubString(ctx, t));
  ctx.fieldsReplaced += fields.replaced;
  const skipped = (e: Element): boolean => {
    for (let n: Node | null = e; n; n = n.parentNode) if (isElement(n) && skip.has(n)) return true;
    return false;
  };
  for (const p of wDescendants(doc, "p")) {
    if (skipped(p)) continue;
    const { text, nodes } = pieces(p, skip);
    if (text.trim() === "" || ctx.templateText.has(norm(text))) continue;
    const spans = ctx.form.scrubber.spans(text);
    if (spans.length === 0) continue;
    for (const s of spans) for (const k of s.kinds) ctx.counts[k]++;
    applyToPieces(text, nodes, spans);
  }
  for (const del of [...wDescendants(doc, "del"), ...wDescendants(doc, "moveFrom")]) {
    if (skipped(del)) continue;
    const { text, nodes } = pieces(del, skip);
    const spans = ctx.form.scrubber.spans(text);
    for (const s of spans) for (const k of s.kinds) ctx.counts[k]++;
    if (spans.length > 0) applyToPieces(text, nodes, spans);
  }
  for (const instr of wDescendants(doc, "instrText")) {
    if (skipped(instr)) continue;
    const before = instr.textContent ?? "";
    const after = scrubString(ctx, before);
    if (after !== before) instr.textContent = after;
  }
  scrubAltText(doc);
}

// --- the package ---------------------------------------------------------------------------

/**
 * Custom XML parts: our data part replaced; everything else removed — archive chunks (the log
 * is whole in the data part), quarantined data, other versions and damaged parts of ours, and
 * other programs' parts (cover-page properties, bibliography, document-management data).
 */
async function rewriteCustomXml(zip: JSZip, form: AnonymisedForm): Promise<boolean> {
  let written = false;
  for (const path of partPaths(zip).filter((p) => CUSTOM_XML_ITEM.test(p))) {
    const text = (await zip.file(path)?.async("string")) ?? "";
    if (rootNamespace(text) === DATA_PART_NAMESPACE && !written) {
      zip.file(path, serializeDataPart(stampedByThisAddin(form.data)));
      written = true;
      continue;
    }
    await removePart(zip, path);
    const props = path.replace(/item(\d+)\.xml$/, "itemProps$1.xml");
    if (zip.file(props)) await removePart(zip, props);
  }
  return written;
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

async function rewriteProperties(zip: JSZip, form: AnonymisedForm, template: TemplateDef): Promise<void> {
  const core = await readPart(zip, "docProps/core.xml");
  if (core) {
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
      if (!(e.textContent ?? "").startsWith(template.templateId)) e.textContent = "";
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
  if (app) {
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

const TEXT_PARTS =
  /^word\/(header\d*|footer\d*|footnotes|endnotes|comments|commentsExtended|commentsExtensible|commentsIds|people|glossary\/document)\.xml$/;
/** Chart and SmartArt parts: their text nodes are scrubbed one by one. */
const DRAWING_TEXT_PARTS = /^word\/(charts|diagrams)\/[^/]+\.xml$/;

/** Errors on this path reach the user: always Dutch. */
export class CopyError extends Error {}

export const ANONYMISE_ERRORS = {
  failed:
    "De anonieme kopie kon niet worden gemaakt: het document bevat iets wat de invoegtoepassing niet kan lezen. Er is niets verstuurd of opgeslagen.",
  tooDeep:
    "De anonieme kopie kon niet worden gemaakt: het document is te diep genest (bijvoorbeeld tabellen of vakken vele lagen in elkaar). Er is niets verstuurd of opgeslagen.",
  damagedPart: (path: string) =>
    `De anonieme kopie kon niet worden gemaakt: een deel van het document (${path}) is beschadigd en kan dus niet worden gecontroleerd. Er is niets verstuurd of opgeslagen.`,
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
  original: Uint8Array | ArrayBuffer,
  form: AnonymisedForm,
  template: TemplateDef = TEMPLATE,
): Promise<AnonymisedDocx> {
  try {
    return await buildDocx(original, form, template);
  } catch (error) {
    throw toCopyError(error);
  }
}

/** 1. Boxes get the anonymised form's texts and the visible log is rewritten; returns the controls done. */
function rewriteBoxesAndLog(doc: Document, form: AnonymisedForm, template: TemplateDef): Set<Element> {
  const done = new Set<Element>();
  const seen = new Set<string>();
  for (const sdt of wDescendants(doc, "sdt")) {
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

/** 2. The other text parts, charts and SmartArt, scrubbed; returns their paths. */
async function scrubOtherParts(zip: JSZip, ctx: TextContext): Promise<{ textParts: string[]; drawingParts: string[] }> {
  const textParts = partPaths(zip).filter((p) => TEXT_PARTS.test(p));
  await rewriteParts(zip, textParts, (part) => scrubPart(part, ctx, new Set()));
  const drawingParts = partPaths(zip).filter((p) => DRAWING_TEXT_PARTS.test(p));
  await rewriteParts(zip, drawingParts, (part) => scrubAllText(part, (text) => scrubString(ctx, text)));
  return { textParts, drawingParts };
}

/** 3. Around the text: settings, data part, other add-ins, properties, machine parts, links. */
async function scrubAroundText(zip: JSZip, form: AnonymisedForm, template: TemplateDef): Promise<void> {
  if (await readPart(zip, "word/settings.xml")) await scrubSettings(zip, "word/settings.xml");
  const inCustomXml = await rewriteCustomXml(zip, form);
  await rewriteWebExtensions(zip, form, !inCustomXml);
  await rewriteProperties(zip, form, template);
  await removeMachineParts(zip);
  await neutraliseExternalTargets(zip);
}

/** 4. Word's ids, authors and their dates, in every part (one numbering for the package). */
async function renumberIdsAndPeople(zip: JSZip, form: AnonymisedForm): Promise<void> {
  const ids = new IdRenumbering();
  const shift = shiftDateTimeWith((iso) => form.scrubber.dates.shiftIso(iso));
  const parts = partPaths(zip).filter((p) => /^(word|customXml)\/.*\.xml$/.test(p));
  await rewriteParts(zip, parts, (part) => scrubIdsAndPeople(part, ids, shift));
}

/** The form's warnings and what the package adds: removed objects, replaced fields, images left as they are. */
function docxWarnings(form: AnonymisedForm, zip: JSZip, objects: number, fieldsReplaced: number): string[] {
  const warnings = [...form.report.warnings];
  if (objects > 0)
    warnings.push(
      `${countWords(objects, "ingesloten object", "ingesloten objecten")} (bijvoorbeeld een Excel-blad of een ander bestand) ${objects === 1 ? "is" : "zijn"} uit de kopie verwijderd; in de tekst staat daar nu ‘[ingesloten object verwijderd]’.`,
    );
  if (fieldsReplaced > 0)
    warnings.push(
      `${countWords(fieldsReplaced, "veld", "velden")} met een auteur, bestandsnaam of samenvoeggegevens ${fieldsReplaced === 1 ? "is" : "zijn"} vervangen door ‘[verwijderd]’.`,
    );
  const media = partPaths(zip).filter((p) => /^word\/media\//.test(p));
  if (media.length > 0) {
    warnings.push(
      media.length === 1
        ? "Het document bevat 1 afbeelding. Die is niet geanonimiseerd: controleer haar zelf of verwijder haar."
        : `Het document bevat ${countWords(media.length, "afbeelding", "afbeeldingen")}. Die zijn niet geanonimiseerd: controleer ze zelf of verwijder ze.`,
    );
  }
  return warnings;
}

/** 5. The package, with neutral dates on every entry. */
async function packDocx(zip: JSZip): Promise<Uint8Array> {
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

async function buildDocx(
  original: Uint8Array | ArrayBuffer,
  form: AnonymisedForm,
  template: TemplateDef,
): Promise<AnonymisedDocx> {
  const zip = await loadDocx(original);
  if (!zip) throw new CopyError(COPY_ERRORS.notDocx);
  const counts = emptyCounts();
  const ctx: TextContext = { form, counts, templateText: templateTexts(template), fieldsReplaced: 0 };
  const docPath = (await mainDocumentPath(zip)) ?? "word/document.xml";
  const doc = await readXmlPart(zip, docPath);
  if (!doc) throw new CopyError(COPY_ERRORS.notDocx);

  const done = rewriteBoxesAndLog(doc, form, template);
  scrubPart(doc, ctx, done); // 2. everything else in the body
  writeXmlPart(zip, docPath, doc);
  const { textParts, drawingParts } = await scrubOtherParts(zip, ctx);
  const objects = await removeEmbeddedObjects(zip, [docPath, ...textParts, ...drawingParts]);
  await scrubAroundText(zip, form, template);
  await renumberIdsAndPeople(zip, form);

  const warnings = docxWarnings(form, zip, objects, ctx.fieldsReplaced);
  const total = emptyCounts();
  addCounts(total, form.report.counts);
  addCounts(total, counts);
  const bytes = await packDocx(zip);
  return { bytes, fileName: form.fileName, report: { counts: total, warnings, review: form.report.review } };
}

export interface AnonymiseCopyOptions {
  code?: string;
  random?: () => number;
  offsetDays?: number;
  lexicon?: AnonymiseInput["lexicon"];
  marked?: AnonymiseInput["marked"];
}

/** Reads the form from the .docx bytes, anonymises it and builds the anonymised .docx in one go. Throws only CopyError
 * (Dutch). */
export async function anonymiseCopy(
  original: Uint8Array | ArrayBuffer,
  options: AnonymiseCopyOptions = {},
): Promise<AnonymisedDocx & { form: AnonymisedForm }> {
  try {
    const read = await readCopy(original);
    if (!read.ok) throw new CopyError(read.error);
    const codeProblem = options.code === undefined ? null : researchCodeProblem(options.code);
    if (codeProblem) throw new CopyError(codeProblem);
    const form = anonymiseForm({ data: read.data, boxTexts: read.boxTexts, ...options });
    return { ...(await anonymiseDocx(original, form)), form };
  } catch (error) {
    throw toCopyError(error);
  }
}

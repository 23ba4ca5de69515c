// The anonymised .docx for research: the original package with every box holding its
// anonymised text, the visible log rewritten from the anonymised log, the data part replaced
// (new document id, whole log, no archive or quarantine parts), the add-in's settings emptied,
// the document properties cleared, and every other text in the package (typed outside the
// boxes, headers, footers, notes, comments, tracked changes, alt texts, links) run through the
// same free-text anonymiser. jszip + @xmldom/xmldom only: runs in the browser and in Node.
import type { Document, Element, Node } from "@xmldom/xmldom";
import JSZip from "jszip";
import { relsPathOf, resolveTarget } from "./opc-paths";
import { ReadError } from "./read-limits";
import {
  ARCHIVE_NAMESPACE,
  DATA_PART_NAMESPACE,
  NAMESPACE_BASE,
  TEMPLATE,
  anonymiseForm,
  applySpans,
  emptyCounts,
  parseBoxTag,
  boxKey,
  serializeDataPart,
  toTableRow,
  type AnonymiseInput,
  type AnonymiseReport,
  type AnonymisedForm,
  type Counts,
  type Span,
  type TemplateDef,
} from "../domain";
import {
  CUSTOM_XML_ITEM,
  COPY_ERRORS,
  QUARANTINE_NS,
  REL_NS,
  SETTINGS_DATA_KEY,
  W_NS,
  WE_NS,
  childElements,
  isElement,
  loadDocx,
  mainDocumentPath,
  parseXml,
  readCopy,
  rootNamespace,
  sdtTag,
  sdtText,
  serializeXml,
  wChild,
  wChildren,
  wDescendants,
} from "./read-data-part";

const TAG_LOG = "hr-log";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
const DC_NS = "http://purl.org/dc/elements/1.1/";
const DCTERMS_NS = "http://purl.org/dc/terms/";
const EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
const W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml";
/** Every file in the anonymised package gets this date (the zip entries' dates are metadata too). */
const FIXED_ZIP_DATE = new Date(Date.UTC(2000, 0, 1));
const NEUTRAL_LINK = "https://geanonimiseerd.invalid/";

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
  const runs = childElements(container).filter((c) => c.namespaceURI === W_NS && (c.localName === "r" || c.localName === "ins" || c.localName === "del" || c.localName === "hyperlink"));
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

/** The w:t / w:delText nodes of one paragraph or deletion (not of nested paragraphs, deletions or skipped controls). */
function pieces(p: Element, skip: Set<Element>): { text: string; nodes: TextPiece[] } {
  let text = "";
  const nodes: TextPiece[] = [];
  const walk = (e: Element): void => {
    for (const c of childElements(e)) {
      if (skip.has(c)) continue;
      if (c.namespaceURI === W_NS && c.localName === "p") continue;
      // deleted text is its own unit: joined to the live text it would glue words together
      if (c.namespaceURI === W_NS && (c.localName === "del" || c.localName === "moveFrom") && p.localName !== c.localName) continue;
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
        walk(c);
      }
    }
  };
  walk(p);
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
}

function scrubString(ctx: TextContext, text: string): string {
  const spans = ctx.form.scrubber.spans(text);
  for (const s of spans) for (const k of s.kinds) ctx.counts[k]++;
  return applySpans(text, spans);
}

/** Every paragraph not inside a skipped control; field codes; the attributes that carry people or text. */
function scrubPart(doc: Document, ctx: TextContext, skip: Set<Element>): void {
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
  scrubAttributes(doc, ctx);
}

function scrubAttributes(doc: Document, ctx: TextContext): void {
  const all = Array.from(doc.getElementsByTagName("*")) as Element[];
  for (const e of all) {
    // who made a tracked change or comment, and when
    if (e.hasAttributeNS(W_NS, "author")) e.setAttributeNS(W_NS, "w:author", "Anoniem");
    if (e.hasAttributeNS(W_NS, "initials")) e.setAttributeNS(W_NS, "w:initials", "AN");
    if (e.hasAttributeNS(W_NS, "date")) e.removeAttributeNS(W_NS, "date");
    if (e.hasAttributeNS(W15_NS, "author")) e.setAttributeNS(W15_NS, "w15:author", "Anoniem");
    if (e.namespaceURI === W15_NS && e.localName === "presenceInfo") {
      e.setAttributeNS(W15_NS, "w15:providerId", "None");
      e.setAttributeNS(W15_NS, "w15:userId", "Anoniem");
    }
    // alt text of pictures, tooltips of links
    if (e.localName === "docPr" || e.localName === "cNvPr") {
      for (const a of ["descr", "title", "name"]) {
        const v = e.getAttribute(a);
        if (v) e.setAttribute(a, scrubString(ctx, v));
      }
    }
    if (e.namespaceURI === W_NS && e.localName === "hyperlink") {
      const tip = e.getAttributeNS(W_NS, "tooltip");
      if (tip) e.setAttributeNS(W_NS, "w:tooltip", scrubString(ctx, tip));
    }
  }
}

// --- the package ---------------------------------------------------------------------------

async function readXmlPart(zip: JSZip, path: string): Promise<Document | null> {
  const text = await zip.file(path)?.async("string");
  return text === undefined ? null : parseXml(text);
}

function writeXmlPart(zip: JSZip, path: string, doc: Document): void {
  zip.file(path, serializeXml(doc));
}

/** Removes a part, its own relationships, every relationship pointing at it and its content-type override. */
async function removePart(zip: JSZip, path: string): Promise<void> {
  zip.remove(path);
  zip.remove(relsPathOf(path));
  for (const relsPath of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const doc = await readXmlPart(zip, relsPath);
    if (!doc) continue;
    const owner = relsPath.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const baseDir = owner.includes("/") ? owner.slice(0, owner.lastIndexOf("/")) : "";
    let changed = false;
    for (const r of Array.from(doc.getElementsByTagNameNS(REL_NS, "Relationship"))) {
      if (r.getAttribute("TargetMode") === "External") continue;
      if (resolveTarget(relsPath === "_rels/.rels" ? "" : baseDir, r.getAttribute("Target") ?? "") === path) {
        r.parentNode?.removeChild(r);
        changed = true;
      }
    }
    if (changed) writeXmlPart(zip, relsPath, doc);
  }
  const ct = await readXmlPart(zip, "[Content_Types].xml");
  if (ct) {
    for (const o of Array.from(ct.getElementsByTagNameNS(CT_NS, "Override"))) {
      if ((o.getAttribute("PartName") ?? "").replace(/^\//, "") === path) o.parentNode?.removeChild(o);
    }
    writeXmlPart(zip, "[Content_Types].xml", ct);
  }
}

/** Custom XML parts: ours replaced or removed; anyone else's text scrubbed. */
async function rewriteCustomXml(zip: JSZip, form: AnonymisedForm, ctx: TextContext): Promise<boolean> {
  let written = false;
  for (const path of Object.keys(zip.files).filter((p) => CUSTOM_XML_ITEM.test(p)).sort()) {
    const text = (await zip.file(path)?.async("string")) ?? "";
    const ns = rootNamespace(text);
    if (ns === DATA_PART_NAMESPACE && !written) {
      zip.file(path, serializeDataPart(form.data));
      written = true;
    } else if (ns.startsWith(NAMESPACE_BASE) || ns === ARCHIVE_NAMESPACE || ns === QUARANTINE_NS || ns.startsWith("urn:handreiking-regie:") || (ns === "" && text.includes("urn:handreiking-regie:"))) {
      // archive chunks (the log is whole in the data part), quarantined data, other versions, damaged parts of ours
      await removePart(zip, path);
      const props = path.replace(/item(\d+)\.xml$/, "itemProps$1.xml");
      if (zip.file(props)) await removePart(zip, props);
    } else {
      const doc = parseXml(text);
      if (!doc) continue;
      for (const e of Array.from(doc.getElementsByTagName("*")) as Element[]) {
        for (let n = e.firstChild; n; n = n.nextSibling) {
          if (n.nodeType !== 3) continue;
          const after = scrubString(ctx, n.nodeValue ?? "");
          if (after !== n.nodeValue) {
            n.nodeValue = after;
            (n as unknown as { data: string }).data = after;
          }
        }
      }
      writeXmlPart(zip, path, doc);
    }
  }
  return written;
}

/** The add-in's settings: emptied; the anonymised data part put back where the original kept it there. */
async function rewriteWebExtensions(zip: JSZip, form: AnonymisedForm, putDataPart: boolean): Promise<void> {
  for (const path of Object.keys(zip.files).filter((p) => /webextensions\/webextension[^/]*\.xml$/.test(p))) {
    const doc = await readXmlPart(zip, path);
    if (!doc) continue;
    const props = Array.from(doc.getElementsByTagNameNS(WE_NS, "property"));
    const hadData = props.some((p) => p.getAttribute("name") === SETTINGS_DATA_KEY);
    for (const p of props) p.parentNode?.removeChild(p);
    if (hadData && putDataPart) {
      const container = doc.getElementsByTagNameNS(WE_NS, "properties")[0];
      const prop = doc.createElementNS(WE_NS, "we:property");
      prop.setAttribute("name", SETTINGS_DATA_KEY);
      prop.setAttribute("value", JSON.stringify(serializeDataPart(form.data)));
      container?.appendChild(prop);
    }
    writeXmlPart(zip, path, doc);
  }
}

async function rewriteProperties(zip: JSZip, form: AnonymisedForm, template: TemplateDef): Promise<void> {
  const core = await readXmlPart(zip, "docProps/core.xml");
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
      if (norm(e.textContent ?? "") !== norm(template.title)) e.textContent = form.fileName.replace(/\.docx$/, "");
    }
    setText(DC_NS, "subject", "");
    setText(DC_NS, "description", "");
    setText(CP_NS, "category", "");
    setText(CP_NS, "contentStatus", "");
    setText(CP_NS, "lastPrinted", null);
    for (const e of Array.from(core.getElementsByTagNameNS(CP_NS, "keywords"))) {
      if (!(e.textContent ?? "").startsWith(template.templateId)) e.textContent = "";
    }
    for (const name of ["created", "modified"]) {
      for (const e of Array.from(core.getElementsByTagNameNS(DCTERMS_NS, name))) {
        const t = e.textContent ?? "";
        const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
        const day = m ? form.scrubber.dates.shiftDay(`${m[1]}${m[2]}${m[3]}`) : null;
        e.textContent = day ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T00:00:00Z` : "2000-01-01T00:00:00Z";
      }
    }
    writeXmlPart(zip, "docProps/core.xml", core);
  }
  const app = await readXmlPart(zip, "docProps/app.xml");
  if (app) {
    for (const name of ["Company", "Manager", "HyperlinkBase"]) for (const e of Array.from(app.getElementsByTagNameNS(EP_NS, name))) e.textContent = "";
    writeXmlPart(zip, "docProps/app.xml", app);
  }
  const custom = await readXmlPart(zip, "docProps/custom.xml");
  if (custom?.documentElement) {
    for (const c of childElements(custom.documentElement)) custom.documentElement.removeChild(c);
    writeXmlPart(zip, "docProps/custom.xml", custom);
  }
  // the thumbnail is a picture of the first page
  for (const path of Object.keys(zip.files).filter((p) => /^docProps\/thumbnail\.[a-z]+$/i.test(p))) await removePart(zip, path);
}

/** External link targets (mailto:, https://…) in every relationship part. */
async function rewriteRelationships(zip: JSZip, ctx: TextContext): Promise<void> {
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const doc = await readXmlPart(zip, path);
    if (!doc) continue;
    let changed = false;
    for (const r of Array.from(doc.getElementsByTagNameNS(REL_NS, "Relationship"))) {
      if (r.getAttribute("TargetMode") !== "External") continue;
      const target = r.getAttribute("Target") ?? "";
      let decoded = target;
      try {
        decoded = decodeURIComponent(target);
      } catch {
        // keep as is
      }
      if (scrubString(ctx, decoded) !== decoded || /^mailto:/i.test(target)) {
        r.setAttribute("Target", NEUTRAL_LINK);
        changed = true;
      }
    }
    if (changed) writeXmlPart(zip, path, doc);
  }
}

const TEXT_PARTS = /^word\/(header\d*|footer\d*|footnotes|endnotes|comments|commentsExtended|commentsExtensible|commentsIds|people|glossary\/document)\.xml$/;

/**
 * The anonymised .docx. `original` is the document as Office.context.document.getFileAsync
 * gives it; `form` comes from anonymiseForm on the same document's data part and box texts.
 */
export async function anonymiseDocx(original: Uint8Array | ArrayBuffer, form: AnonymisedForm, template: TemplateDef = TEMPLATE): Promise<AnonymisedDocx> {
  const zip = await loadDocx(original);
  if (!zip) throw new ReadError(COPY_ERRORS.notDocx);
  const counts = emptyCounts();
  const ctx: TextContext = { form, counts, templateText: templateTexts(template) };
  const docPath = (await mainDocumentPath(zip)) ?? "word/document.xml";
  const doc = await readXmlPart(zip, docPath);
  if (!doc) throw new ReadError(COPY_ERRORS.notDocx);

  // 1. boxes and the visible log
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
  // 2. everything else in the body, then the other text parts
  scrubPart(doc, ctx, done);
  writeXmlPart(zip, docPath, doc);
  for (const path of Object.keys(zip.files).filter((p) => TEXT_PARTS.test(p))) {
    const part = await readXmlPart(zip, path);
    if (!part) continue;
    scrubPart(part, ctx, new Set());
    writeXmlPart(zip, path, part);
  }
  const settings = await readXmlPart(zip, "word/settings.xml");
  if (settings) {
    for (const e of wDescendants(settings, "attachedTemplate")) e.parentNode?.removeChild(e);
    for (const v of wDescendants(settings, "docVar")) v.setAttributeNS(W_NS, "w:val", scrubString(ctx, v.getAttributeNS(W_NS, "val") ?? ""));
    writeXmlPart(zip, "word/settings.xml", settings);
  }

  // 3. data part, settings, properties, links
  const inCustomXml = await rewriteCustomXml(zip, form, ctx);
  await rewriteWebExtensions(zip, form, !inCustomXml);
  await rewriteProperties(zip, form, template);
  await rewriteRelationships(zip, ctx);

  const warnings = [...form.report.warnings];
  const media = Object.keys(zip.files).filter((p) => /^word\/(media|embeddings)\//.test(p) && !zip.files[p]?.dir);
  if (media.length > 0) {
    warnings.push(`Het document bevat ${media.length} afbeelding(en) of ingesloten bestand(en). Die zijn niet geanonimiseerd: controleer ze zelf of verwijder ze.`);
  }
  const total = emptyCounts();
  for (const k of Object.keys(total) as (keyof Counts)[]) total[k] = form.report.counts[k] + counts[k];

  // 4. the package, with neutral dates on every entry
  const out = new JSZip();
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    out.file(path, await file.async("uint8array"), { date: FIXED_ZIP_DATE, createFolders: false });
  }
  const bytes = await out.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  return { bytes, fileName: form.fileName, report: { counts: total, warnings, review: form.report.review } };
}

export interface AnonymiseCopyOptions {
  code?: string;
  random?: () => number;
  offsetDays?: number;
  lexicon?: AnonymiseInput["lexicon"];
  marked?: AnonymiseInput["marked"];
}

/** Reads the form from the .docx bytes, anonymises it and builds the anonymised .docx in one go. */
export async function anonymiseCopy(original: Uint8Array | ArrayBuffer, options: AnonymiseCopyOptions = {}): Promise<AnonymisedDocx & { form: AnonymisedForm }> {
  const read = await readCopy(original);
  if (!read.ok) throw new ReadError(read.error);
  const form = anonymiseForm({ data: read.data, boxTexts: read.boxTexts, ...options });
  return { ...(await anonymiseDocx(original, form)), form };
}

// The research copy, step 3: every other text of the package through the same free-text
// scrubber — the body outside the boxes (paragraph by paragraph, fast segments as text), deleted
// text, field codes, bound controls, headers, footers, notes, comments, charts and SmartArt — and
// what it kept collected for the review list. The template's own paragraphs are left alone.
import type { Document, Element, Node } from "@xmldom/xmldom";
import type JSZip from "jszip";
import { writeXmlPart } from "./docx-parts";
import { FIELD_REMOVED, neutraliseFieldsIn, scrubInstruction } from "./anonymise-fields";
import { SegmentedDocument, scrubFastParagraphs, type Segment } from "./segmented-document";
import { partsOfKind } from "./package-sweep";
import { scrubAllText, scrubAltText, scrubControlProperties } from "./anonymise-package";
import { inventory } from "./package-inventory";
import {
  DELETED_TEXT,
  DRAWING_TEXT,
  HIDDEN_TEXT,
  ReviewTexts,
  isHiddenText,
  placeOfPart,
  placeOfRoot,
} from "./review-parts";
import { type TemplateDef } from "../domain";
import { applySpans, emptyCounts, type AnonymisedForm, type Counts, type Span } from "../domain/anonymise";
import { M_NS, W_NS, childElements, isElement, pushChildren, wChild, wDescendants } from "./ooxml";
import { rewriteParts } from "./copy-read";

const XML_NS = "http://www.w3.org/XML/1998/namespace";

export const norm = (s: string): string => s.replace(/[\p{Zs}\t]+/gu, " ").trim();

export function templateTexts(template: TemplateDef): Set<string> {
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

export interface TextContext {
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
export class SpanMemo {
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

export function scrubString(ctx: TextContext, text: string): string {
  const spans = ctx.memo.spans(text);
  for (const s of spans) for (const k of s.kinds) ctx.counts[k]++;
  return applySpans(text, spans);
}

/** Every paragraph not inside a skipped control; field codes; the attributes that carry people or text. */
export function scrubPart(doc: Document, ctx: TextContext, skip: Set<Element>): void {
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
export function scrubSegments(segments: readonly Segment[], ctx: TextContext, skip: Set<Element>, where: string): void {
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

/** The other text parts (headers, footers, notes, comments, glossary), charts and SmartArt, scrubbed. */
export async function scrubOtherParts(zip: JSZip, ctx: TextContext, docPath: string): Promise<string[]> {
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

/** The free-text state of one copy: its counts, its review list, its remembered spans. */
export function textContext(form: AnonymisedForm, template: TemplateDef): TextContext {
  return {
    form,
    counts: emptyCounts(),
    templateText: templateTexts(template),
    fieldsReplaced: 0,
    boundReplaced: 0,
    review: new ReviewTexts(),
    memo: new SpanMemo(form),
  };
}

/** The main document outside the controls `done`: in segments, or as one DOM written back. */
export function scrubBody(
  zip: JSZip,
  docPath: string,
  doc: Document | SegmentedDocument,
  ctx: TextContext,
  done: Set<Element>,
): void {
  if (doc instanceof SegmentedDocument) scrubSegments(doc.segments, ctx, done, placeOfRoot("document"));
  else {
    scrubPart(doc, ctx, done);
    writeXmlPart(zip, docPath, doc);
  }
}

/** Styles, numbering, settings, theme: any text in them read like the rest. */
export async function scrubStructureParts(zip: JSZip, ctx: TextContext): Promise<void> {
  await rewriteParts(zip, await partsOfKind(zip, "structure"), (part) =>
    scrubAllText(part, (text) => scrubString(ctx, text)),
  );
}

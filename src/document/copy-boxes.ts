// The research copy, step 2: every box holds its anonymised text (the form's, anonymise-form.ts)
// and the visible log is rewritten from the anonymised log, in the same Word XML shape.
import type { Document, Element } from "@xmldom/xmldom";
import { TAG_LOG, parseBoxTag, boxKey, toTableRow, type TemplateDef } from "../domain";
import { type AnonymisedForm } from "../domain/anonymise";
import { W_NS, childElements, sdtTag, sdtText, wChild, wChildren, wDescendants } from "./ooxml";

const XML_NS = "http://www.w3.org/XML/1998/namespace";

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

/** Boxes get the anonymised form's texts and the visible log is rewritten; returns the controls done. */
export function rewriteBoxesAndLog(
  docs: readonly Document[],
  form: AnonymisedForm,
  template: TemplateDef,
): Set<Element> {
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

// A display copy of the .docx for docx-preview. docx-preview 0.4.1 drops content controls
// (w:sdt) that sit directly in a table cell or around table rows, so the form's boxes would not
// show. The copy unwraps every content control (its content stays where it was) and gives the
// boxes ("hr:…" tags) a frame in the add-in's box colour, as Word shows a bounding box;
// placeholder text is grey, as in Word. Only the rendering uses the copy; the emulator's
// document and downloads are untouched.
import JSZip from "jszip";
import { checkXmlText } from "../src/document/read-limits";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const BOX_COLOR = "0F6E78";
const BOX_FILL = "EEF6F6";

function child(el: Element, localName: string): Element | undefined {
  return Array.from(el.children).find((c) => c.namespaceURI === W && c.localName === localName);
}

function ensureFirst(parent: Element, localName: string): Element {
  const existing = child(parent, localName);
  if (existing) return existing;
  const created = parent.ownerDocument.createElementNS(W, `w:${localName}`);
  parent.insertBefore(created, parent.firstChild);
  return created;
}

function setW(el: Element, attrs: Record<string, string>): void {
  for (const [name, value] of Object.entries(attrs)) el.setAttributeNS(W, `w:${name}`, value);
}

function frameParagraph(p: Element): void {
  const pPr = ensureFirst(p, "pPr");
  const old = child(pPr, "pBdr");
  if (old) pPr.removeChild(old);
  const border = pPr.ownerDocument.createElementNS(W, "w:pBdr");
  for (const side of ["top", "left", "bottom", "right"]) {
    const line = pPr.ownerDocument.createElementNS(W, `w:${side}`);
    setW(line, { val: "single", sz: "6", space: "2", color: BOX_COLOR });
    border.appendChild(line);
  }
  pPr.appendChild(border);
}

/** Word shows a box's placeholder text in grey. */
function greyRuns(content: Element): void {
  for (const r of Array.from(content.getElementsByTagNameNS(W, "r"))) {
    const rPr = ensureFirst(r, "rPr");
    const old = child(rPr, "color");
    if (old) rPr.removeChild(old);
    const color = r.ownerDocument.createElementNS(W, "w:color");
    setW(color, { val: "767676" });
    rPr.appendChild(color);
  }
}

function shadeRun(r: Element): void {
  const rPr = ensureFirst(r, "rPr");
  const shd = r.ownerDocument.createElementNS(W, "w:shd");
  setW(shd, { val: "clear", color: "auto", fill: BOX_FILL });
  rPr.appendChild(shd);
}

/** Unwraps every w:sdt in place; content of "hr:" boxes is framed (paragraphs) or shaded (runs). */
export function unwrapContentControls(doc: Document): void {
  const sdts = Array.from(doc.getElementsByTagNameNS(W, "sdt")).reverse(); // innermost first
  for (const sdt of sdts) {
    const parent = sdt.parentNode;
    if (!parent) continue;
    const sdtPr = child(sdt, "sdtPr");
    const tag = (sdtPr && child(sdtPr, "tag")?.getAttributeNS(W, "val")) ?? "";
    const content = child(sdt, "sdtContent");
    if (content && sdtPr && child(sdtPr, "showingPlcHdr")) greyRuns(content);
    const nodes = content ? Array.from(content.childNodes) : [];
    if (tag.startsWith("hr:")) {
      for (const node of nodes) {
        if (!(node instanceof Element) || node.namespaceURI !== W) continue;
        if (node.localName === "p") frameParagraph(node);
        else if (node.localName === "r") shadeRun(node);
      }
    }
    for (const node of nodes) parent.insertBefore(node, sdt);
    parent.removeChild(sdt);
  }
}

/** The .docx to render: word/document.xml with its content controls unwrapped. */
export async function displayCopy(bytes: Uint8Array): Promise<Blob> {
  const zip = await JSZip.loadAsync(bytes);
  // docx-preview parses every part with the browser's parser, which would expand a DTD's
  // entities: refuse such a package (a Dutch ReadLimitError) before it renders anything.
  for (const [path, file] of Object.entries(zip.files))
    if (!file.dir && /\.(xml|rels)$/i.test(path)) checkXmlText(await file.async("string"));
  const part = zip.file("word/document.xml");
  if (!part) return new Blob([bytes.slice().buffer]);
  const text = await part.async("string");
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length) return new Blob([bytes.slice().buffer]);
  unwrapContentControls(doc);
  zip.file("word/document.xml", new XMLSerializer().serializeToString(doc));
  return zip.generateAsync({ type: "blob" });
}

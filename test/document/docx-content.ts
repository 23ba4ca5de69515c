// Reads the CONTENT of a .docx (not its zip bytes): the body of word/document.xml as an ordered list
// of paragraphs (style + text) and tables (rows of cells of paragraphs). Content controls (w:sdt)
// are looked through, so the same reader works on plain, converted and re-saved documents.
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import JSZip from "jszip";
// The XML helpers and the run-text rules are the ones the add-in reads other copies with.
import { childElements, runsText, W_NS as W, wChild } from "../../src/document/ooxml";

export interface ParagraphContent {
  type: "p";
  /** w:pStyle value, "" for the default (Normal). */
  style: string;
  text: string;
  /** Has list numbering (w:numPr). */
  numbered: boolean;
}

export interface CellContent {
  paragraphs: ParagraphContent[];
  /** Paragraph texts joined with "\n". */
  text: string;
  /** Shading fill, "" when none. */
  fill: string;
}

export interface RowContent {
  /** Marked as repeating header row (w:tblHeader). */
  header: boolean;
  cells: CellContent[];
}

export interface TableContent {
  type: "table";
  rows: RowContent[];
}

export type BodyItem = ParagraphContent | TableContent;

export interface DocxContent {
  zip: JSZip;
  documentXml: string;
  body: BodyItem[];
}

function wAttr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W, name);
  return v === null || v === "" ? (el.getAttribute(`w:${name}`) ?? undefined) : v;
}

/** Children of a block container, looking through content controls (w:sdt → w:sdtContent) and w:customXml. */
function blockChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (c.namespaceURI === W && c.localName === "sdt") {
      const content = wChild(c, "sdtContent");
      if (content) out.push(...blockChildren(content));
    } else if (c.namespaceURI === W && c.localName === "customXml") {
      out.push(...blockChildren(c));
    } else {
      out.push(c);
    }
  }
  return out;
}

export function readParagraph(p: XmlElement): ParagraphContent {
  const pPr = wChild(p, "pPr");
  const style = wAttr(pPr && wChild(pPr, "pStyle"), "val") ?? "";
  return { type: "p", style, text: runsText(p), numbered: !!(pPr && wChild(pPr, "numPr")) };
}

function readCell(tc: XmlElement): CellContent {
  const paragraphs: ParagraphContent[] = [];
  for (const c of blockChildren(tc)) {
    if (c.localName === "p") paragraphs.push(readParagraph(c));
    // a nested table's paragraphs count as the cell's text
    if (c.localName === "tbl")
      for (const row of readTable(c).rows) for (const cell of row.cells) paragraphs.push(...cell.paragraphs);
  }
  const tcPr = wChild(tc, "tcPr");
  const fill = wAttr(tcPr && wChild(tcPr, "shd"), "fill") ?? "";
  return { paragraphs, text: paragraphs.map((p) => p.text).join("\n"), fill: fill === "auto" ? "" : fill };
}

export function readTable(tbl: XmlElement): TableContent {
  const rows: RowContent[] = [];
  for (const tr of blockChildren(tbl)) {
    if (tr.localName !== "tr") continue;
    const trPr = wChild(tr, "trPr");
    const tblHeader = trPr && wChild(trPr, "tblHeader");
    const headerVal = wAttr(tblHeader, "val");
    const header = !!tblHeader && headerVal !== "0" && headerVal !== "false";
    const cells = blockChildren(tr)
      .filter((c) => c.localName === "tc")
      .map(readCell);
    rows.push({ header, cells });
  }
  return { type: "table", rows };
}

/** The body of a word/document.xml, in order. */
export function extractBody(documentXml: string): BodyItem[] {
  const doc = new DOMParser().parseFromString(documentXml, "text/xml");
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  if (!body) throw new Error("word/document.xml has no w:body");
  const items: BodyItem[] = [];
  for (const el of blockChildren(body as unknown as XmlElement)) {
    if (el.localName === "p") items.push(readParagraph(el));
    else if (el.localName === "tbl") items.push(readTable(el));
  }
  return items;
}

export async function readDocx(bytes: Uint8Array | ArrayBuffer | Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("not a Word document: no word/document.xml");
  const documentXml = await file.async("string");
  return { zip, documentXml, body: extractBody(documentXml) };
}

/** A compact, comparable form of the body: "P[style] text" lines and "T|cell|cell" rows. */
export function describeBody(body: BodyItem[]): string[] {
  const lines: string[] = [];
  for (const item of body) {
    if (item.type === "p") {
      lines.push(`P[${item.style}]${item.numbered ? "#" : ""} ${item.text}`);
    } else {
      lines.push("TABLE");
      for (const row of item.rows) {
        lines.push(
          `${row.header ? "H" : "R"}|${row.cells.map((c) => c.paragraphs.map((p) => `${p.text}{${p.style}}`).join("¶")).join("|")}`,
        );
      }
      lines.push("END");
    }
  }
  return lines;
}

export function tables(body: BodyItem[]): TableContent[] {
  return body.filter((i): i is TableContent => i.type === "table");
}

export function paragraphs(body: BodyItem[]): ParagraphContent[] {
  return body.filter((i): i is ParagraphContent => i.type === "p");
}

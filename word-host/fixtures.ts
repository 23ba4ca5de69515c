// Hand-written minimal OOXML test documents (no dependency on other helpers' files).
import JSZip from "jszip";
import { blankDocx, escapeXml } from "./package";

export type Block = string | { p: string; style?: string } | { table: string[][] } | { cc: CcSpec };

export interface CcSpec {
  tag?: string;
  title?: string;
  id?: number;
  lock?: "contentLocked" | "sdtLocked" | "sdtContentLocked";
  /** inline control inside a paragraph: `before` + control + `after` */
  inline?: { before?: string; after?: string };
  placeholder?: string;
  /** block content (or text of an inline control) */
  content: Block[] | string;
}

const run = (t: string) => (t ? `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>` : "");

function sdtPr(c: CcSpec): string {
  return (
    `<w:sdtPr>${c.title ? `<w:alias w:val="${escapeXml(c.title)}"/>` : ""}${c.tag ? `<w:tag w:val="${escapeXml(c.tag)}"/>` : ""}` +
    `<w:id w:val="${c.id ?? Math.floor(Math.random() * 1e9)}"/>${c.lock ? `<w:lock w:val="${c.lock}"/>` : ""}${c.placeholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr>`
  );
}

export function blockXml(b: Block): string {
  if (typeof b === "string") return `<w:p>${run(b)}</w:p>`;
  if ("p" in b) return `<w:p>${b.style ? `<w:pPr><w:pStyle w:val="${b.style}"/></w:pPr>` : ""}${run(b.p)}</w:p>`;
  if ("table" in b) {
    const cols = Math.max(...b.table.map((r) => r.length));
    const w = Math.floor(9000 / cols);
    return (
      `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${`<w:gridCol w:w="${w}"/>`.repeat(cols)}</w:tblGrid>` +
      b.table
        .map(
          (r) =>
            `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${blockXml(c)}</w:tc>`).join("")}</w:tr>`,
        )
        .join("") +
      `</w:tbl>`
    );
  }
  const c = b.cc;
  if (c.inline) {
    const text = typeof c.content === "string" ? c.content : "";
    const inner = c.placeholder
      ? `<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${escapeXml(c.placeholder)}</w:t></w:r>`
      : run(text);
    return `<w:p>${run(c.inline.before ?? "")}<w:sdt>${sdtPr(c)}<w:sdtContent>${inner}</w:sdtContent></w:sdt>${run(c.inline.after ?? "")}</w:p>`;
  }
  const content = c.placeholder
    ? `<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${escapeXml(c.placeholder)}</w:t></w:r></w:p>`
    : typeof c.content === "string"
      ? blockXml(c.content)
      : c.content.map(blockXml).join("") || "<w:p/>";
  return `<w:sdt>${sdtPr(c)}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

export interface MakeDocxSpec {
  body?: Block[];
  paragraphs?: string[];
  tables?: string[][][];
  /** enforce Word document protection in settings.xml */
  protection?: "forms" | "readOnly";
  /** extra custom XML parts (raw XML), stored the way Word stores them */
  customXml?: string[];
}

/** Builds a small but valid .docx. */
export async function makeDocx(spec: MakeDocxSpec = {}): Promise<Uint8Array> {
  const blocks: Block[] = [
    ...(spec.paragraphs ?? []),
    ...(spec.tables ?? []).map((t) => ({ table: t })),
    ...(spec.body ?? []),
  ];
  let bytes = await blankDocx(
    blocks.length
      ? blocks.map(blockXml).join("") +
          (blocks.at(-1) && typeof blocks.at(-1) !== "string" && "table" in (blocks.at(-1) as object) ? "<w:p/>" : "")
      : "<w:p/>",
  );
  if (spec.protection || spec.customXml?.length) {
    const zip = await JSZip.loadAsync(bytes);
    if (spec.protection) {
      const s = await zip.file("word/settings.xml")!.async("string");
      zip.file(
        "word/settings.xml",
        s.replace(
          "<w:defaultTabStop",
          `<w:documentProtection w:edit="${spec.protection}" w:enforcement="1"/><w:defaultTabStop`,
        ),
      );
    }
    if (spec.customXml?.length) {
      let ct = await zip.file("[Content_Types].xml")!.async("string");
      let rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
      spec.customXml.forEach((xml, i) => {
        const n = i + 1;
        zip.file(`customXml/item${n}.xml`, xml);
        zip.file(
          `customXml/itemProps${n}.xml`,
          `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{00000000-0000-4000-8000-00000000000${n}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
        );
        zip.file(
          `customXml/_rels/item${n}.xml.rels`,
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
        );
        ct = ct.replace(
          "</Types>",
          `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`,
        );
        rels = rels.replace(
          "</Relationships>",
          `<Relationship Id="rIdCx${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${n}.xml"/></Relationships>`,
        );
      });
      zip.file("[Content_Types].xml", ct);
      zip.file("word/_rels/document.xml.rels", rels);
    }
    bytes = await zip.generateAsync({ type: "uint8array" });
  }
  return bytes;
}

/** Reads one part of a .docx as text. */
export async function readPart(docx: Uint8Array, path: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(docx)).file(path)?.async("string");
}

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return btoa(s);
}

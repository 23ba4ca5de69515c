// A colleague in LibreOffice, without macros: the saved .docx is unzipped, its document.xml
// edited (typing in a box, typing outside the boxes), zipped again and then really round-tripped
// by LibreOffice (.docx → .docx), so LibreOffice rewrites the whole package as it does on save.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { escapeXmlText } from "../../src/domain";
import { sofficeConvert } from "word-host/soffice";

export type XmlEdit = (documentXml: string) => string;

const paragraphs = (lines: readonly string[]): string =>
  lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${escapeXmlText(l)}</w:t></w:r></w:p>`).join("");

/** Replaces what the control tagged `tag` holds by `lines` (one paragraph each), as typing would. */
export function typeInBox(tag: string, lines: readonly string[]): XmlEdit {
  return (xml) => {
    const at = xml.indexOf(`<w:tag w:val="${tag}"/>`);
    if (at < 0) throw new Error(`no control ${tag}`);
    const open = xml.indexOf("<w:sdtContent>", at) + "<w:sdtContent>".length;
    const close = xml.indexOf("</w:sdtContent>", open);
    return xml.slice(0, open) + paragraphs(lines) + xml.slice(close);
  };
}

/** Replaces the text of the paragraph holding `old` (a guidance text, a heading): typing over locked text. */
export function retypeParagraph(old: string, text: string): XmlEdit {
  return (xml) => {
    const at = xml.indexOf(escapeXmlText(old));
    if (at < 0) throw new Error(`no text ${old}`);
    return xml.slice(0, at) + escapeXmlText(text) + xml.slice(at + escapeXmlText(old).length);
  };
}

/** A new paragraph typed after the paragraph holding `anchor` (outside every box). */
export function typeParagraphAfter(anchor: string, text: string): XmlEdit {
  return (xml) => {
    const at = xml.indexOf(escapeXmlText(anchor));
    if (at < 0) throw new Error(`no text ${anchor}`);
    const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
    return xml.slice(0, end) + paragraphs([text]) + xml.slice(end);
  };
}

/** Edits the package by hand (if asked), then LibreOffice opens and saves it as .docx. */
export async function libreOfficeRoundTrip(docx: Uint8Array, edits: readonly XmlEdit[] = []): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  let xml = await zip.file("word/document.xml")!.async("string");
  for (const edit of edits) xml = edit(xml);
  zip.file("word/document.xml", xml);
  const work = mkdtempSync(path.join(tmpdir(), "hr-lo-"));
  try {
    const input = path.join(work, "handreiking.docx");
    writeFileSync(input, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const out = path.join(work, "out");
    mkdirSync(out);
    return new Uint8Array(readFileSync(sofficeConvert(input, out, "docx:MS Word 2007 XML")));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface PackageFacts {
  controls: number;
  tags: number;
  locks: number;
  titles: number;
  dataParts: number;
  itemProps: number;
  /** Office.js document settings (web extension part) present. */
  webExtensionParts: number;
  documentXml: string;
}

/** What a package holds of the add-in's things, counted in the raw XML. */
export async function packageFacts(docx: Uint8Array): Promise<PackageFacts> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const names = Object.keys(zip.files);
  let dataParts = 0;
  for (const name of names.filter((n) => /^customXml\/item\d+\.xml$/.test(n)))
    if ((await zip.file(name)!.async("string")).includes("urn:handreiking-regie:twente:form:1")) dataParts += 1;
  const count = (re: RegExp): number => (xml.match(re) ?? []).length;
  return {
    controls: count(/<w:sdt>/g),
    tags: count(/<w:tag /g),
    locks: count(/<w:lock /g),
    titles: count(/<w:alias /g),
    dataParts,
    itemProps: names.filter((n) => /^customXml\/itemProps\d+\.xml$/.test(n)).length,
    webExtensionParts: names.filter((n) => n.startsWith("word/webextensions/")).length,
    documentXml: xml,
  };
}

// The paragraphs of a package's text parts (document body, headers, footers, foot- and endnotes, comments), read
// before the form is anonymised: a name found by context anywhere ("moeder Fenna" in a comment) joins the people
// the copy replaces, so every other mention of it, in every box and part, gets the same code (issue 23). One linear
// regex pass per part, no DOM; the copy itself still reads each part properly afterwards.
import type JSZip from "jszip";
import { inventory } from "./package-inventory";
import { decodeText } from "./xml-scan";

/** A paragraph's end, a tab or break (a space), or a text run (w:t, w:delText, a:t) with its characters. */
const PIECE =
  /<\/(?:\w+:)?p>|<(?:\w+:)?(?:tab|br|cr)\b[^>]*>|<(?:\w+:)?(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?(?:t|delText)>/gu;

/** The paragraph texts of one part's XML, in order; empty ones left out. */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  let paragraph = "";
  for (const m of xml.matchAll(PIECE)) {
    const [whole, raw] = m;
    if (raw !== undefined) paragraph += decodeText(raw) ?? raw;
    else if (whole.startsWith("</")) {
      if (paragraph.trim() !== "") out.push(paragraph);
      paragraph = "";
    } else paragraph += " ";
  }
  if (paragraph.trim() !== "") out.push(paragraph);
  return out;
}

/** Every paragraph of the main document and the other text parts, each distinct text once. */
export async function outsideTexts(zip: JSZip, docPath: string): Promise<string[]> {
  const kinds = await inventory(zip);
  const paths = [docPath, ...[...kinds].filter(([p, k]) => k === "text" && p !== docPath).map(([p]) => p)];
  const texts = new Set<string>();
  for (const path of paths) {
    const xml = await zip.file(path)?.async("string");
    if (xml) for (const t of paragraphTexts(xml)) texts.add(t);
  }
  return [...texts];
}

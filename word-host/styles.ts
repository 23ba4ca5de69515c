// Minimal styles.xml handling: names <-> ids, built-in styles, importing styles used by inserted content.
import { El, XDoc, NS, kids, kid, wAttr, descendants, parseXml } from "./ooxml";
import type { DocxPackage } from "./package";

/** Word.BuiltInStyleName values that map 1:1 to OOXML style ids
 *  (https://learn.microsoft.com/javascript/api/word/word.builtinstylename). */
export const BUILT_IN_STYLES = [
  "Normal",
  "Heading1",
  "Heading2",
  "Heading3",
  "Heading4",
  "Heading5",
  "Heading6",
  "Heading7",
  "Heading8",
  "Heading9",
  "Toc1",
  "Toc2",
  "Toc3",
  "Title",
  "Subtitle",
  "Quote",
  "IntenseQuote",
  "ListParagraph",
  "NoSpacing",
  "Caption",
  "Header",
  "Footer",
  "TableGrid",
  "Strong",
  "Emphasis",
  "TocHeading",
  "Bibliography",
];

const BUILT_IN_XML: Record<string, string> = {
  TableGrid: `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>`,
  PlaceholderText: `<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>`,
};

function styleEls(pkg: DocxPackage): El[] {
  return pkg.styles ? kids(pkg.styles.documentElement, "style") : [];
}

function findById(pkg: DocxPackage, id: string): El | undefined {
  return styleEls(pkg).find((s) => wAttr(s, "styleId") === id);
}

/** UI name of a style: built-in lower-case names ("heading 1") are shown capitalised by Word. */
export function styleNameOf(pkg: DocxPackage, id: string): string {
  const el = findById(pkg, id);
  const raw = el ? (wAttr(kid(el, "name"), "val") ?? id) : id;
  return raw.charAt(0).toUpperCase() + raw.slice(1);
}

export function styleIdForName(pkg: DocxPackage, name: string): string | null {
  const n = String(name).toLowerCase();
  const el = styleEls(pkg).find(
    (s) => (wAttr(kid(s, "name"), "val") ?? "").toLowerCase() === n || (wAttr(s, "styleId") ?? "").toLowerCase() === n,
  );
  if (el) return wAttr(el, "styleId");
  const builtIn = BUILT_IN_STYLES.find((b) => b.toLowerCase() === n.replace(/\s+/g, ""));
  if (builtIn) {
    ensureBuiltInStyle(pkg, builtIn);
    return builtIn;
  }
  return null;
}

export function ensureBuiltInStyle(pkg: DocxPackage, id: string): void {
  if (!pkg.styles || findById(pkg, id)) return;
  const heading = /^Heading(\d)$/.exec(id);
  const xml =
    BUILT_IN_XML[id] ??
    (heading
      ? `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="heading ${heading[1]}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="${Number(heading[1]) - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`
      : `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id.replace(/([a-z])([A-Z0-9])/g, "$1 $2")}"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>`);
  const el = parseXml(`<w:styles xmlns:w="${NS.w}">${xml}</w:styles>`).documentElement.firstChild as El;
  pkg.styles.documentElement.appendChild(pkg.styles.importNode(el, true));
}

/** Copies style definitions (and their basedOn chain) used by imported nodes when missing here. */
export function importStyles(pkg: DocxPackage, source: XDoc, nodes: El[]): void {
  if (!pkg.styles) return;
  const used = new Set<string>();
  for (const n of nodes)
    for (const local of ["pStyle", "rStyle", "tblStyle"])
      for (const e of descendants(n, local)) used.add(wAttr(e, "val") ?? "");
  const srcStyles = kids(source.documentElement, "style");
  const queue = [...used];
  while (queue.length) {
    const id = queue.shift()!;
    if (!id || findById(pkg, id)) continue;
    const src = srcStyles.find((s) => wAttr(s, "styleId") === id);
    if (!src) continue;
    pkg.styles.documentElement.appendChild(pkg.styles.importNode(src, true));
    for (const ref of ["basedOn", "link", "next"]) {
      const v = wAttr(kid(src, ref), "val");
      if (v) queue.push(v);
    }
  }
}

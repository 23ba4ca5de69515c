// What each part of a .docx package is, for the research copy: text the scrubber reads
// (WordprocessingML with paragraphs), drawing text (charts, SmartArt), structure (styles,
// numbering, settings, fonts table, theme), properties, the package's own bookkeeping, pictures
// (kept; their pixels are not inspected) — and everything else, which the copy cannot check and
// therefore removes: signatures, thumbnails, the people list, other programs' custom XML of any
// name, embedded files, fonts, printer settings, macros, and parts of kinds not known here.
// Decided by content type ([Content_Types].xml) and path, never by the part's own say-so.
import type JSZip from "jszip";
import type { RemovedPartKind } from "../domain/text/research-copy";
import { CT_NS, ownerOfRels, partPaths, readXmlPart, relationshipsIn } from "./docx-parts";

export type KeptKind = "text" | "drawing" | "structure" | "properties" | "package" | "picture";
/** What the copy removes; its report words each kind (src/domain/text/research-copy.ts). */
export type RemovedKind = RemovedPartKind;
export type PartKind = KeptKind | RemovedKind;

export const REMOVED_KINDS: readonly RemovedKind[] = [
  "signature",
  "thumbnail",
  "people",
  "customXml",
  "embedded",
  "font",
  "printer",
  "macro",
  "other",
];

const OXML = "application/vnd.openxmlformats-officedocument.";
const WML = `${OXML}wordprocessingml.`;

const TEXT_TYPES = new Set(
  [
    "document.main+xml",
    "template.main+xml",
    "document.glossary+xml",
    "header+xml",
    "footer+xml",
    "footnotes+xml",
    "endnotes+xml",
    "comments+xml",
    "txbx+xml",
  ].map((t) => WML + t),
);
const MACRO_MAIN = /^application\/vnd\.ms-word\.(document|template)\.macroEnabled(Template)?\.main\+xml$/;

const STRUCTURE_TYPES = new Set([
  `${WML}styles+xml`,
  `${WML}stylesWithEffects+xml`,
  "application/vnd.ms-word.stylesWithEffects+xml",
  `${WML}numbering+xml`,
  `${WML}settings+xml`,
  `${WML}fontTable+xml`,
  `${WML}webSettings+xml`,
  `${WML}commentsExtended+xml`,
  `${WML}commentsIds+xml`,
  `${WML}commentsExtensible+xml`,
  "application/vnd.ms-word.commentsExtended+xml",
  "application/vnd.ms-word.commentsIds+xml",
  "application/vnd.ms-word.commentsExtensible+xml",
  `${OXML}theme+xml`,
  `${OXML}themeOverride+xml`,
]);

const DRAWING_TYPE =
  /^application\/vnd\.(openxmlformats-officedocument\.drawingml\.(chart|chartshapes|diagramData|diagramLayout|diagramStyle|diagramColors)\+xml|ms-office\.(drawingml\.diagramDrawing|chartstyle|chartcolorstyle|chartex)\+xml)$/;

/** The content types of a package: Override by part name, else Default by extension (both case-insensitive, OPC). */
export class ContentTypes {
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();

  static async of(zip: JSZip): Promise<ContentTypes> {
    const out = new ContentTypes();
    const ct = await readXmlPart(zip, "[Content_Types].xml");
    if (!ct) return out;
    for (const o of Array.from(ct.getElementsByTagNameNS(CT_NS, "Override")))
      out.overrides.set(
        (o.getAttribute("PartName") ?? "").replace(/^\//, "").toLowerCase(),
        o.getAttribute("ContentType") ?? "",
      );
    for (const d of Array.from(ct.getElementsByTagNameNS(CT_NS, "Default")))
      out.defaults.set((d.getAttribute("Extension") ?? "").toLowerCase(), d.getAttribute("ContentType") ?? "");
    return out;
  }

  of(path: string): string {
    const override = this.overrides.get(path.toLowerCase());
    if (override !== undefined) return override;
    const ext = path.includes(".") ? path.slice(path.lastIndexOf(".") + 1).toLowerCase() : "";
    return this.defaults.get(ext) ?? "";
  }
}

/** ISO/IEC 29500 Strict namespaces: the copy refuses such a document rather than pass it on half-read. */
export const STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/";

/** What a part is. `kept` names the parts the copy writes itself (its data part and add-in settings). */
export function partKind(path: string, contentType: string): PartKind {
  const lower = path.toLowerCase();
  if (path === "[Content_Types].xml" || lower.endsWith(".rels")) return "package";
  if (lower.startsWith("_xmlsignatures/") || contentType.includes("digital-signature")) return "signature";
  if (/^docprops\/thumbnail\.[a-z0-9]+$/.test(lower)) return "thumbnail";
  if (/^docprops\/(core|app|custom)\.xml$/.test(lower)) return "properties";
  if (lower.startsWith("customxml/")) return "customXml";
  if (contentType === `${WML}people+xml` || lower === "word/people.xml") return "people";
  if (TEXT_TYPES.has(contentType) || MACRO_MAIN.test(contentType)) return "text";
  if (DRAWING_TYPE.test(contentType)) return "drawing";
  if (STRUCTURE_TYPES.has(contentType)) return "structure";
  if (
    /^word\/(embeddings|activex)\//.test(lower) ||
    /oleObject|package$|spreadsheetml|presentationml/.test(contentType)
  )
    return "embedded";
  if (/^word\/fonts\//.test(lower) || contentType.includes("obfuscatedFont") || contentType.startsWith("font/"))
    return "font";
  if (lower.includes("printersettings")) return "printer";
  if (/vbaproject|vbadata|keymapcustomizations|attachedtoolbars/.test(lower) || contentType.includes("vba"))
    return "macro";
  if (contentType.startsWith("image/")) return "picture";
  return "other";
}

export const isRemovedKind = (kind: PartKind): kind is RemovedKind =>
  (REMOVED_KINDS as readonly string[]).includes(kind);

/** A relationship type's last segment → the content type Word gives such a part (for packages that only say "xml"). */
const BY_RELATIONSHIP: Record<string, string> = {
  officeDocument: `${WML}document.main+xml`,
  header: `${WML}header+xml`,
  footer: `${WML}footer+xml`,
  footnotes: `${WML}footnotes+xml`,
  endnotes: `${WML}endnotes+xml`,
  comments: `${WML}comments+xml`,
  glossaryDocument: `${WML}document.glossary+xml`,
  styles: `${WML}styles+xml`,
  stylesWithEffects: `${WML}stylesWithEffects+xml`,
  numbering: `${WML}numbering+xml`,
  settings: `${WML}settings+xml`,
  fontTable: `${WML}fontTable+xml`,
  webSettings: `${WML}webSettings+xml`,
  theme: `${OXML}theme+xml`,
  commentsExtended: `${WML}commentsExtended+xml`,
  commentsIds: `${WML}commentsIds+xml`,
  commentsExtensible: `${WML}commentsExtensible+xml`,
  chart: `${OXML}drawingml.chart+xml`,
};

/** Internal target → the content type its relationship type implies. */
async function typesByRelationship(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const relsPath of partPaths(zip).filter((p) => p.endsWith(".rels"))) {
    const rels = await readXmlPart(zip, relsPath);
    if (!rels) continue;
    for (const r of relationshipsIn(rels, ownerOfRels(relsPath))) {
      const type = BY_RELATIONSHIP[r.type.slice(r.type.lastIndexOf("/") + 1)];
      if (!r.external && type) out.set(r.target, type);
    }
  }
  return out;
}

/** Every part with its kind. A generic content type ("application/xml") is read through the relationship to it. */
export async function inventory(zip: JSZip): Promise<Map<string, PartKind>> {
  const types = await ContentTypes.of(zip);
  const byRel = await typesByRelationship(zip);
  return new Map(
    partPaths(zip).map((p) => {
      const declared = types.of(p);
      const generic = declared === "" || declared === "application/xml" || declared === "text/xml";
      return [p, partKind(p, generic ? (byRel.get(p) ?? declared) : declared)];
    }),
  );
}

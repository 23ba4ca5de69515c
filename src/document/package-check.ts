// A strict check of a .docx package (OPC), for tests and support, not for the user: does Word
// have every reason to open this file? Content types for every part, relationship targets that
// exist, unique relationship ids, every relationship reference resolved, unique drawing and
// content-control ids, well-formed XML without DOCTYPE, and only namespaces Word knows or that
// are marked ignorable (Markup Compatibility, ECMA-376 Part 3). Each finding is one Dutch
// sentence naming the part; an empty list means the package passed. jszip + @xmldom/xmldom only.
import type { Document, Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { CT_NS, ownerOfRels, partPaths, relationshipsIn } from "./docx-parts";
import { relsPathOf } from "./opc-paths";
import { CUSTOM_XML_ITEM } from "./read-data-part";
import { O_NS, R_NS, W_NS, mainDocumentPath, parseXml, pushChildren } from "./ooxml";

export type PackageRule =
  | "content-type"
  | "content-type-duplicate"
  | "main-document"
  | "relationship-target"
  | "relationship-id-duplicate"
  | "relationship-reference"
  | "docpr-id-duplicate"
  | "sdt-id-duplicate"
  | "xml-malformed"
  | "xml-doctype"
  | "namespace-unknown"
  | "ignorable-undeclared";

export interface PackageFinding {
  rule: PackageRule;
  /** The part the finding is about ("" for the package). */
  part: string;
  message: string;
}

const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/**
 * Namespaces Word reads without mc:Ignorable: ECMA-376 (transitional) and the Microsoft
 * extensions Word writes itself ([MS-DOCX] 2.1 "Namespaces", https://learn.microsoft.com/en-us/openspecs/office_standards/ms-docx/),
 * plus the package, property and VML namespaces. Anything else must be declared ignorable.
 */
export const WORD_NAMESPACES: ReadonlySet<string> = new Set([
  // XML itself
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/2001/XMLSchema-instance",
  // OPC package
  "http://schemas.openxmlformats.org/package/2006/content-types",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  "http://purl.org/dc/elements/1.1/",
  "http://purl.org/dc/terms/",
  "http://purl.org/dc/dcmitype/",
  // ECMA-376 WordprocessingML, DrawingML, math, properties, markup compatibility
  W_NS,
  R_NS,
  MC_NS,
  WP_NS,
  "http://schemas.openxmlformats.org/drawingml/2006/main",
  "http://schemas.openxmlformats.org/drawingml/2006/picture",
  "http://schemas.openxmlformats.org/drawingml/2006/chart",
  "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing",
  "http://schemas.openxmlformats.org/drawingml/2006/diagram",
  "http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas",
  "http://schemas.openxmlformats.org/drawingml/2006/compatibility",
  "http://schemas.openxmlformats.org/officeDocument/2006/math",
  "http://schemas.openxmlformats.org/officeDocument/2006/bibliography",
  "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  // VML (v, o, w10) and its Office extensions
  "urn:schemas-microsoft-com:vml",
  O_NS,
  "urn:schemas-microsoft-com:office:word",
  "urn:schemas-microsoft-com:office:excel",
  "urn:schemas-microsoft-com:office:powerpoint",
  // Microsoft Word extensions (w14, w15, w16*, wne, wps, wpg, wpc, wpi, wp14)
  "http://schemas.microsoft.com/office/word/2006/wordml",
  "http://schemas.microsoft.com/office/word/2010/wordml",
  "http://schemas.microsoft.com/office/word/2012/wordml",
  "http://schemas.microsoft.com/office/word/2015/wordml/symex",
  "http://schemas.microsoft.com/office/word/2016/wordml/cid",
  "http://schemas.microsoft.com/office/word/2018/wordml",
  "http://schemas.microsoft.com/office/word/2018/wordml/cex",
  "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
  "http://schemas.microsoft.com/office/word/2023/wordml/word16du",
  "http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
  // Microsoft DrawingML extensions (a14, a16, c14, c15, dsp, dgm14, asvg, aink, am3d, cx…cx8)
  "http://schemas.microsoft.com/office/drawing/2010/main",
  "http://schemas.microsoft.com/office/drawing/2014/main",
  "http://schemas.microsoft.com/office/drawing/2007/8/2/chart",
  "http://schemas.microsoft.com/office/drawing/2012/chart",
  "http://schemas.microsoft.com/office/drawing/2008/diagram",
  "http://schemas.microsoft.com/office/drawing/2010/diagram",
  "http://schemas.microsoft.com/office/drawing/2016/SVG/main",
  "http://schemas.microsoft.com/office/drawing/2016/ink",
  "http://schemas.microsoft.com/office/drawing/2017/model3d",
  "http://schemas.microsoft.com/office/drawing/2014/chartex",
  "http://schemas.microsoft.com/office/drawing/2015/9/8/chartex",
  "http://schemas.microsoft.com/office/drawing/2015/10/21/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/9/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/10/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/11/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/12/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/13/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/14/chartex",
  "http://schemas.microsoft.com/office/thememl/2012/main",
  // Office add-ins (web extensions) and sensitivity labels
  "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
  "http://schemas.microsoft.com/office/2020/mipLabelMetadata",
]);

const find = (rule: PackageRule, part: string, message: string): PackageFinding => ({ rule, part, message });

/** A part name as it stands in the zip: PartName and Target are URIs, so %20 and the like are decoded. */
function decodePartName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/^\//, ""));
  } catch {
    return name.replace(/^\//, "");
  }
}

const extensionOf = (path: string): string =>
  path.includes(".") ? path.slice(path.lastIndexOf(".") + 1).toLowerCase() : "";

function allElements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName("*")) as Element[];
}

interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

function readContentTypes(doc: Document | null, findings: PackageFinding[]): ContentTypes {
  const out: ContentTypes = { defaults: new Map(), overrides: new Map() };
  if (!doc) return out;
  for (const d of Array.from(doc.getElementsByTagNameNS(CT_NS, "Default")) as Element[]) {
    const ext = (d.getAttribute("Extension") ?? "").toLowerCase();
    if (out.defaults.has(ext))
      findings.push(
        find("content-type-duplicate", "[Content_Types].xml", `Twee Default-elementen voor de extensie "${ext}".`),
      );
    out.defaults.set(ext, d.getAttribute("ContentType") ?? "");
  }
  for (const o of Array.from(doc.getElementsByTagNameNS(CT_NS, "Override")) as Element[]) {
    const part = decodePartName(o.getAttribute("PartName") ?? "").toLowerCase();
    if (out.overrides.has(part))
      findings.push(
        find("content-type-duplicate", "[Content_Types].xml", `Twee Override-elementen voor het onderdeel /${part}.`),
      );
    out.overrides.set(part, o.getAttribute("ContentType") ?? "");
  }
  return out;
}

function contentTypeOf(types: ContentTypes, path: string): string | undefined {
  return types.overrides.get(path.toLowerCase()) ?? types.defaults.get(extensionOf(path));
}

/** Reads and parses every XML part, reporting DOCTYPEs and malformed XML. */
async function parseXmlParts(
  zip: JSZip,
  paths: readonly string[],
  findings: PackageFinding[],
): Promise<Map<string, Document>> {
  const out = new Map<string, Document>();
  for (const path of paths) {
    const text = (await zip.file(path)?.async("string")) ?? "";
    if (/<!(DOCTYPE|ENTITY)/i.test(text)) {
      findings.push(
        find("xml-doctype", path, `${path} bevat een DOCTYPE- of ENTITY-declaratie; Word-onderdelen hebben die nooit.`),
      );
      continue;
    }
    const doc = parseXml(text);
    if (doc) out.set(path, doc);
    else findings.push(find("xml-malformed", path, `${path} is geen goedgevormde XML.`));
  }
  return out;
}

function checkRelationships(zip: JSZip, xml: ReadonlyMap<string, Document>, findings: PackageFinding[]): void {
  for (const [relsPath, rels] of xml) {
    if (!relsPath.endsWith(".rels")) continue;
    const owner = ownerOfRels(relsPath);
    const seen = new Set<string>();
    for (const r of relationshipsIn(rels, owner)) {
      if (seen.has(r.id))
        findings.push(
          find("relationship-id-duplicate", relsPath, `${relsPath}: de relatie-id ${r.id} komt meer dan eens voor.`),
        );
      seen.add(r.id);
      if (!r.external && !zip.file(decodePartName(r.target))) {
        findings.push(
          find(
            "relationship-target",
            relsPath,
            `${relsPath}: relatie ${r.id} wijst naar ${r.target}, dat niet in het pakket staat.`,
          ),
        );
      }
    }
  }
}

/** Every relationship reference in a part (r:id, r:embed, r:link, … and VML's o:relid) names a relationship of that
 * part. */
function checkReferences(xml: ReadonlyMap<string, Document>, findings: PackageFinding[]): void {
  for (const [path, doc] of xml) {
    if (path.endsWith(".rels")) continue;
    const rels = xml.get(relsPathOf(path));
    const ids = new Set(rels ? relationshipsIn(rels, path).map((r) => r.id) : []);
    const missing = new Set<string>();
    for (const e of allElements(doc)) {
      for (let i = 0; i < e.attributes.length; i++) {
        const a = e.attributes.item(i);
        if (!a || a.value === "") continue;
        const isRef = a.namespaceURI === R_NS || (a.namespaceURI === O_NS && a.localName === "relid");
        if (isRef && !ids.has(a.value)) missing.add(`${a.name}="${a.value}"`);
      }
    }
    for (const m of missing)
      findings.push(
        find("relationship-reference", path, `${path}: ${m} heeft geen relatie met die id in ${relsPathOf(path)}.`),
      );
  }
}

/** The document a story part belongs to: the glossary (building blocks) has its own ids. */
const idSpaceOf = (path: string): string => (path.startsWith("word/glossary/") ? "glossary" : "main");

function checkUniqueIds(xml: ReadonlyMap<string, Document>, findings: PackageFinding[]): void {
  const docPr = new Map<string, string>();
  const sdt = new Map<string, string>();
  const report = (rule: PackageRule, seen: Map<string, string>, key: string, path: string, what: string): void => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, path);
    else
      findings.push(find(rule, path, `${path}: ${what} ${key.slice(key.indexOf(" ") + 1)} komt al voor in ${first}.`));
  };
  for (const [path, doc] of xml) {
    if (!path.startsWith("word/") || path.endsWith(".rels")) continue;
    const space = idSpaceOf(path);
    for (const e of Array.from(doc.getElementsByTagNameNS(WP_NS, "docPr")) as Element[]) {
      report("docpr-id-duplicate", docPr, `${space} ${e.getAttribute("id") ?? ""}`, path, "wp:docPr id");
    }
    for (const e of Array.from(doc.getElementsByTagNameNS(W_NS, "sdtPr")) as Element[]) {
      for (let n = e.firstChild; n; n = n.nextSibling) {
        const id = n as Element;
        if (id.nodeType !== 1 || id.namespaceURI !== W_NS || id.localName !== "id") continue;
        report("sdt-id-duplicate", sdt, `${space} ${id.getAttributeNS(W_NS, "val") ?? ""}`, path, "w:sdt w:id");
      }
    }
  }
}

interface Scope {
  element: Element;
  /** Namespaces this element and its descendants may use without Word knowing them. */
  allowed: ReadonlySet<string>;
}

/** Prefixes of an mc:Ignorable (or mc:Choice Requires) list, resolved; the undeclared ones reported. */
function resolvePrefixes(e: Element, list: string, attr: string, path: string, findings: PackageFinding[]): string[] {
  const out: string[] = [];
  for (const prefix of list.split(/\s+/).filter(Boolean)) {
    const ns = e.lookupNamespaceURI(prefix);
    if (ns) out.push(ns);
    else
      findings.push(
        find(
          "ignorable-undeclared",
          path,
          `${path}: ${attr} noemt het voorvoegsel "${prefix}", dat daar niet gedeclareerd is.`,
        ),
      );
  }
  return out;
}

/** Elements and attributes only in namespaces Word knows, or ones marked ignorable (or required by the enclosing
 * mc:Choice). */
function checkNamespaces(xml: ReadonlyMap<string, Document>, findings: PackageFinding[]): void {
  for (const [path, doc] of xml) {
    // a custom XML data part holds any XML by design (ECMA-376 Part 1, 15.2.5)
    if (CUSTOM_XML_ITEM.test(path)) continue;
    const unknown = new Set<string>();
    const root = doc.documentElement;
    if (!root) continue;
    const stack: Scope[] = [{ element: root, allowed: new Set() }];
    while (stack.length > 0) {
      const { element: e, allowed: inherited } = stack.pop() as Scope;
      let allowed = inherited;
      const ignorable = e.getAttributeNS(MC_NS, "Ignorable");
      const requires = e.namespaceURI === MC_NS && e.localName === "Choice" ? e.getAttribute("Requires") : null;
      if (ignorable || requires) {
        allowed = new Set([
          ...inherited,
          ...(ignorable ? resolvePrefixes(e, ignorable, "mc:Ignorable", path, findings) : []),
          ...(requires ? resolvePrefixes(e, requires, "mc:Choice Requires", path, findings) : []),
        ]);
      }
      const namespaces = [e.namespaceURI];
      for (let i = 0; i < e.attributes.length; i++) {
        const a = e.attributes.item(i);
        if (a && a.namespaceURI !== XMLNS_NS && a.name !== "xmlns" && a.namespaceURI) namespaces.push(a.namespaceURI);
      }
      for (const ns of namespaces) if (ns && !WORD_NAMESPACES.has(ns) && !allowed.has(ns)) unknown.add(ns);
      const children: Element[] = [];
      pushChildren(children, e);
      for (const c of children) stack.push({ element: c, allowed });
    }
    for (const ns of unknown)
      findings.push(
        find(
          "namespace-unknown",
          path,
          `${path}: de namespace ${ns} kent Word niet, en hij is niet met mc:Ignorable als negeerbaar gemarkeerd.`,
        ),
      );
  }
}

/** Every finding of the strict package check; [] when the package passed. Never throws on a broken package. */
export async function checkPackage(bytes: Uint8Array | ArrayBuffer): Promise<PackageFinding[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [find("main-document", "", "Het bestand is geen zip-pakket.")];
  }
  const findings: PackageFinding[] = [];
  const paths = partPaths(zip);
  const [types] = (await parseXmlParts(zip, ["[Content_Types].xml"], findings)).values();
  if (!zip.file("[Content_Types].xml"))
    findings.push(find("content-type", "", "Het pakket heeft geen [Content_Types].xml."));
  const contentTypes = readContentTypes(types ?? null, findings);

  const xmlPaths: string[] = [];
  for (const path of paths.filter((p) => p !== "[Content_Types].xml")) {
    const type = contentTypeOf(contentTypes, path);
    if (type === undefined)
      findings.push(
        find(
          "content-type",
          path,
          `${path} heeft geen content type: geen Override en geen Default voor de extensie "${extensionOf(path)}".`,
        ),
      );
    if (/[+/]xml$/.test(type ?? "") || /\.(xml|rels)$/i.test(path)) xmlPaths.push(path);
  }
  const xml = await parseXmlParts(zip, xmlPaths, findings);
  if (!(await mainDocumentPath(zip)))
    findings.push(
      find(
        "main-document",
        "_rels/.rels",
        "Het pakket heeft geen hoofddocument (geen officeDocument-relatie naar een bestaand onderdeel).",
      ),
    );
  checkRelationships(zip, xml, findings);
  checkReferences(xml, findings);
  checkUniqueIds(xml, findings);
  checkNamespaces(xml, findings);
  return findings;
}

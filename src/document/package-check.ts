// A strict check of a .docx package (OPC), for tests and support, not for the user: does Word
// have every reason to open this file? Content types for every part, relationship targets that
// exist, unique relationship ids, every relationship reference resolved, unique drawing and
// content-control ids, well-formed XML without DOCTYPE, and only namespaces Word knows or that
// are marked ignorable (Markup Compatibility, ECMA-376 Part 3). Transitional and ISO Strict
// alike; what Word itself writes passes (docs/package-check.md lists each case). Each finding is
// one Dutch sentence naming the part; an empty list means the package passed. jszip +
// @xmldom/xmldom only.
import type { Document, Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { elementsSeenBy, type McReader } from "./alternate-content";
import { CT_NS, ownerOfRels, partPaths, relationshipsIn, type Relationship } from "./docx-parts";
import { relsPathOf, resolveTarget } from "./opc-paths";
import { CUSTOM_XML_ITEM } from "./read-data-part";
import { O_NS, mainDocumentPath, parseXml, pushChildren } from "./ooxml";
import { isExtension, MC_NS, R_NAMESPACES, W_NAMESPACES, WORD_NAMESPACES, WP_NAMESPACES } from "./word-namespaces";

export { WORD_NAMESPACES } from "./word-namespaces";

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

const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** Word: it takes every mc:Choice whose namespaces it knows. */
const WORD_READER: McReader = { understands: (ns) => WORD_NAMESPACES.has(ns) };

/**
 * Office keeps the room of parts it removed as zip items [trash]/0000.dat, … when it saves a file
 * in place; "[" and "]" cannot stand in a part name (ECMA-376 Part 2, 6.2.2.2), so these are no
 * parts and Word reads past them.
 */
const isOfficeTrash = (path: string): boolean => path.startsWith("[trash]/");

/**
 * Content types of markup Word reads as Office Open XML (and so by Markup Compatibility's rules);
 * a part of another XML format (an SVG picture, InkML) keeps that format's own namespaces.
 */
const OFFICE_MARKUP = /^application\/(vnd\.openxmlformats-|vnd\.ms-|xml$)/i;

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

/**
 * The part an internal relationship points at, or null for an external one. Target is a URI
 * reference (RFC 3986): a fragment or query names a place in the part, and a reference of only a
 * fragment ("#_Bladwijzer", as Word 2007 writes for a link to a bookmark) is the source part itself.
 */
function internalTarget(r: Relationship, owner: string): string | null {
  if (r.external) return null;
  const raw = (r.element.getAttribute("Target") ?? "").replace(/[?#].*$/, "");
  if (raw === "") return owner;
  return resolveTarget(owner.includes("/") ? owner.slice(0, owner.lastIndexOf("/")) : "", raw);
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
      const target = internalTarget(r, owner);
      if (target !== null && !zip.file(decodePartName(target))) {
        findings.push(
          find(
            "relationship-target",
            relsPath,
            `${relsPath}: relatie ${r.id} wijst naar ${target || (r.element.getAttribute("Target") ?? "")}, dat niet in het pakket staat.`,
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
        const isRef = R_NAMESPACES.has(a.namespaceURI ?? "") || (a.namespaceURI === O_NS && a.localName === "relid");
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

/** wp:docPr and w:sdtPr/w:id as one reader sees them: Choice and Fallback hold the same ids, it reads one. */
function idsSeenBy(doc: Document, reader: McReader): { docPr: string[]; sdt: string[] } {
  const root = doc.documentElement;
  if (!root) return { docPr: [], sdt: [] };
  const isDocPr = (e: Element): boolean => e.localName === "docPr" && WP_NAMESPACES.has(e.namespaceURI ?? "");
  const isSdtId = (e: Element): boolean => {
    const parent = e.parentNode as Element | null;
    return (
      e.localName === "id" &&
      W_NAMESPACES.has(e.namespaceURI ?? "") &&
      parent?.localName === "sdtPr" &&
      W_NAMESPACES.has(parent.namespaceURI ?? "")
    );
  };
  const seen = elementsSeenBy(root, reader, (e) => isDocPr(e) || isSdtId(e));
  const valOf = (e: Element): string =>
    [...W_NAMESPACES].map((ns) => e.getAttributeNS(ns, "val")).find((v) => v !== null && v !== "") ?? "";
  return {
    docPr: seen.filter(isDocPr).map((e) => e.getAttribute("id") ?? ""),
    sdt: seen.filter(isSdtId).map(valOf),
  };
}

/**
 * Unique drawing and content-control ids as Word reads the parts. Not in the fallbacks: Word itself
 * writes a Strict file's DrawingML fallback of a VML shape with an id another drawing has (Strict01.docx).
 */
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
    const ids = idsSeenBy(doc, WORD_READER);
    for (const id of ids.docPr) report("docpr-id-duplicate", docPr, `${space} ${id}`, path, "wp:docPr id");
    for (const id of ids.sdt) report("sdt-id-duplicate", sdt, `${space} ${id}`, path, "w:sdt w:id");
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
function checkNamespaces(xml: ReadonlyMap<string, Document>, types: ContentTypes, findings: PackageFinding[]): void {
  for (const [path, doc] of xml) {
    // a custom XML data part holds any XML by design (ECMA-376 Part 1, 15.2.5)
    if (CUSTOM_XML_ITEM.test(path)) continue;
    const type = contentTypeOf(types, path);
    if (type !== undefined && !OFFICE_MARKUP.test(type)) continue;
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
      // an extension's content is any markup, skipped by a reader that does not know it
      if (isExtension(e.namespaceURI, e.localName)) continue;
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
  for (const path of paths.filter((p) => p !== "[Content_Types].xml" && !isOfficeTrash(p))) {
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
  checkNamespaces(xml, contentTypes, findings);
  return findings;
}

// The .docx package: document.xml (live DOM), styles, custom XML parts and add-in settings.
// Everything not touched here is carried over byte-for-byte from the loaded zip on save.
import JSZip from "jszip";
import { NS, XDoc, El, parseXml, serializeXml, kids, wAttr, descendants } from "./ooxml";
import { relsPathOf, resolveTarget } from "../src/document/opc-paths";
import { isStrictXml, strictToTransitional, transitionalToStrict } from "./strict";
import { OpenError, openFailure, OPEN_ERRORS } from "./open-errors";

const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const REL_TASKPANES = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const REL_WEBEXT = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const CT_TASKPANES = "application/vnd.ms-office.webextensiontaskpanes+xml";
const CT_WEBEXT = "application/vnd.ms-office.webextension+xml";
const NS_WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const NS_WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
/** Word.SettingCollection entries share the add-in's property bag; they are kept apart by this prefix. */
const WORD_SETTING_PREFIX = "Word.Setting:";

/**
 * Word dates every entry of a package it saves at the zip format's first day (1980-01-01): the
 * bytes of a save depend on the content only. JSZip would date each written entry "now", so two
 * saves of an unchanged document a second apart differed.
 */
const WORD_ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));
function datedAsWord(zip: JSZip): JSZip {
  for (const entry of Object.values(zip.files)) entry.date = WORD_ENTRY_DATE;
  return zip;
}

export interface CustomPart {
  id: string; // "{GUID}" as Word reports it
  xml: string;
}

export function newGuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  const u = c?.randomUUID
    ? c.randomUUID()
    : "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
        const r = (Math.random() * 16) | 0;
        return (ch === "x" ? r : (r & 0x3) | 0x8).toString(16);
      });
  return `{${u.toUpperCase()}}`;
}

export const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const W_ROOT = `xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="${NS.w14}" xmlns:w15="${NS.w15}" mc:Ignorable="w14 w15"`;

const BLANK_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_ROOT}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="56"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;

export const SECT_PR = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>`;

export function documentXml(bodyInner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_ROOT}><w:body>${bodyInner}${SECT_PR}</w:body></w:document>`;
}

/** A minimal but complete package (what Word itself would accept as a new blank document). */
export async function blankDocx(bodyInner = "<w:p/>", extraStyles = ""): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pr}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", documentXml(bodyInner));
  zip.file(
    "word/styles.xml",
    extraStyles ? BLANK_STYLES.replace("</w:styles>", `${extraStyles}</w:styles>`) : BLANK_STYLES,
  );
  zip.file(
    "word/settings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_ROOT}><w:defaultTabStop w:val="708"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pr}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`,
  );
  return datedAsWord(zip).generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export class DocxPackage {
  zip: JSZip;
  doc!: XDoc;
  styles: XDoc | null = null;
  settingsXml: XDoc | null = null;
  customParts: CustomPart[] = [];
  /** The main part's header and footer parts (name, content type, XML): Word on Windows puts them in Body.getOoxml. */
  headersFooters: { name: string; contentType: string; xml: string }[] = [];
  /** Persisted Office.context.document.settings (what saveAsync wrote). */
  addinSettings: Record<string, unknown> = {};
  /** Persisted Word.SettingCollection entries. */
  wordSettings: Record<string, unknown> = {};
  docPath = "word/document.xml";
  /** Opened as ISO Strict: the edited parts are saved back in Strict namespaces (strict.ts). */
  strict = false;
  private constructor(zip: JSZip) {
    this.zip = zip;
  }

  constructor_addinId = "";

  static async load(data: Uint8Array | ArrayBuffer | undefined, addinId: string): Promise<DocxPackage> {
    const bytes = data ?? (await blankDocx());
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      throw openFailure(bytes, error);
    }
    const pkg = new DocxPackage(zip);
    pkg.constructor_addinId = addinId;
    try {
      await pkg.loadParts();
    } catch (error) {
      throw openFailure(bytes, error);
    }
    return pkg;
  }

  private async loadParts(): Promise<void> {
    const zip = this.zip;
    // main document part from the package relationships
    const rootRels = await this.readXml("_rels/.rels");
    const officeRel = rootRels
      ? kidsAll(rootRels.documentElement).find((r) => /\/officeDocument$/.test(r.getAttribute("Type") ?? ""))
      : null;
    if (officeRel) this.docPath = resolveTarget("", officeRel.getAttribute("Target") ?? "word/document.xml");
    const docText = await zip.file(this.docPath)?.async("string");
    if (!docText) throw new OpenError(OPEN_ERRORS.noMainPart);
    this.strict = isStrictXml(docText);
    this.doc = parseXml(this.strict ? strictToTransitional(docText) : docText);
    if (!this.body) throw new OpenError(OPEN_ERRORS.badXml);
    this.styles = await this.readXml(this.wordPath("styles.xml"));
    this.settingsXml = await this.readXml(this.wordPath("settings.xml"));
    await this.loadCustomParts();
    await this.loadHeadersFooters();
    await this.loadSettings();
  }

  private async loadHeadersFooters(): Promise<void> {
    const rels = await this.readXml(relsPathOf(this.docPath));
    const baseDir = this.docPath.slice(0, this.docPath.lastIndexOf("/"));
    for (const rel of rels ? kidsAll(rels.documentElement) : []) {
      const kind = /\/(header|footer)$/.exec(rel.getAttribute("Type") ?? "")?.[1];
      if (!kind) continue;
      const path = resolveTarget(baseDir, rel.getAttribute("Target") ?? "");
      const text = await this.zip.file(path)?.async("string");
      if (text === undefined) continue;
      this.headersFooters.push({
        name: `/${path}`,
        contentType: `application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml`,
        xml: stripBom(this.strict ? strictToTransitional(text) : text).replace(/^<\?xml[^>]*\?>\s*/, ""),
      });
    }
  }

  private wordPath(name: string): string {
    return `${this.docPath.slice(0, this.docPath.lastIndexOf("/") + 1)}${name}`;
  }

  async readXml(path: string): Promise<XDoc | null> {
    const f = this.zip.file(path);
    if (!f) return null;
    const text = await f.async("string");
    return parseXml(this.strict ? strictToTransitional(text) : text);
  }

  get body(): El {
    return kids(this.doc.documentElement, "body")[0];
  }

  private async loadCustomParts(): Promise<void> {
    const rels = await this.readXml(relsPathOf(this.docPath));
    if (!rels) return;
    const baseDir = this.docPath.slice(0, this.docPath.lastIndexOf("/"));
    for (const rel of kidsAll(rels.documentElement)) {
      if (rel.getAttribute("Type") !== REL_CUSTOM_XML) continue;
      const itemPath = resolveTarget(baseDir, rel.getAttribute("Target") ?? "");
      const xml = await this.zip.file(itemPath)?.async("string");
      if (xml === undefined) continue;
      let id: string | null = null;
      const itemRels = await this.readXml(relsPathOf(itemPath));
      const propsRel = itemRels
        ? kidsAll(itemRels.documentElement).find((r) => r.getAttribute("Type") === REL_CUSTOM_XML_PROPS)
        : null;
      if (propsRel) {
        const props = await this.readXml(
          resolveTarget(itemPath.slice(0, itemPath.lastIndexOf("/")), propsRel.getAttribute("Target") ?? ""),
        );
        id =
          props?.documentElement.getAttributeNS(NS.ds, "itemID") ||
          props?.documentElement.getAttribute("ds:itemID") ||
          null;
      }
      this.customParts.push({ id: id ?? newGuid(), xml: stripBom(xml) });
    }
  }

  private async loadSettings(): Promise<void> {
    for (const path of Object.keys(this.zip.files)) {
      if (!/webextensions\/webextension[^/]*\.xml$/.test(path)) continue;
      const we = await this.readXml(path);
      if (!we) continue;
      const ref = firstNs(we.documentElement, NS_WE, "reference");
      if (ref?.getAttribute("id") !== this.constructor_addinId) continue;
      const propsEl = firstNs(we.documentElement, NS_WE, "properties");
      for (const p of propsEl ? kidsAll(propsEl) : []) {
        const name = p.getAttribute("name") ?? "";
        let value: unknown;
        try {
          value = JSON.parse(p.getAttribute("value") ?? "null");
        } catch {
          value = p.getAttribute("value");
        }
        if (name.startsWith(WORD_SETTING_PREFIX)) this.wordSettings[name.slice(WORD_SETTING_PREFIX.length)] = value;
        else this.addinSettings[name] = value;
      }
    }
  }

  /** Word-style document protection (w:documentProtection in settings.xml), if enforced. */
  protection(): string | null {
    const dp = this.settingsXml ? descendants(this.settingsXml, "documentProtection")[0] : undefined;
    if (!dp) return null;
    const enf = wAttr(dp, "enforcement");
    return enf === "1" || enf === "true" || enf === "on" ? (wAttr(dp, "edit") ?? "none") : null;
  }

  async save(): Promise<Uint8Array> {
    const zip = this.zip;
    ensureRootNamespaces(this.doc);
    const out = (doc: XDoc): string => this.inFormat(xmlDecl(serializeXml(doc)));
    zip.file(this.docPath, out(this.doc));
    if (this.styles) zip.file(this.wordPath("styles.xml"), out(this.styles));
    const ct = (await this.readXml("[Content_Types].xml"))!;
    const docRelsPath = relsPathOf(this.docPath);
    const rels = (await this.readXml(docRelsPath)) ?? parseXml(`<Relationships xmlns="${NS.pr}"/>`);
    const baseDir = this.docPath.slice(0, this.docPath.lastIndexOf("/"));

    // 1. custom XML parts: drop the old ones, write the current list as customXml/itemN.xml
    for (const rel of kidsAll(rels.documentElement)) {
      if (rel.getAttribute("Type") !== REL_CUSTOM_XML) continue;
      const itemPath = resolveTarget(baseDir, rel.getAttribute("Target") ?? "");
      zip.remove(itemPath);
      zip.remove(relsPathOf(itemPath));
      rels.documentElement.removeChild(rel);
    }
    for (const path of Object.keys(zip.files)) if (/^customXml\/itemProps\d+\.xml$/.test(path)) zip.remove(path);
    for (const o of kidsAll(ct.documentElement))
      if (/^\/customXml\//.test(o.getAttribute("PartName") ?? "")) ct.documentElement.removeChild(o);
    ensureDefault(ct, "xml", "application/xml");
    this.customParts.forEach((part, i) => {
      const n = i + 1;
      zip.file(`customXml/item${n}.xml`, part.xml);
      zip.file(
        `customXml/itemProps${n}.xml`,
        this.inFormat(
          `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${part.id}" xmlns:ds="${NS.ds}"><ds:schemaRefs/></ds:datastoreItem>`,
        ),
      );
      zip.file(
        `customXml/_rels/item${n}.xml.rels`,
        this.inFormat(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pr}"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
        ),
      );
      addOverride(ct, `/customXml/itemProps${n}.xml`, CT_CUSTOM_XML_PROPS);
      addRel(rels, REL_CUSTOM_XML, `../customXml/item${n}.xml`);
    });
    zip.file(docRelsPath, out(rels));

    // 2. add-in settings in a web extension part (how Word persists Office.context.document.settings)
    const props: Record<string, unknown> = { ...this.addinSettings };
    for (const [k, v] of Object.entries(this.wordSettings)) props[WORD_SETTING_PREFIX + k] = v;
    if (Object.keys(props).length > 0 || (await this.ownWebExtensionPath())) await this.writeWebExtension(ct, props);

    zip.file("[Content_Types].xml", xmlDecl(serializeXml(ct)));
    return datedAsWord(zip).generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
  }

  /** XML as this package writes it: Strict namespaces when it was opened as Strict. */
  private inFormat(xml: string): string {
    return this.strict ? transitionalToStrict(xml) : xml;
  }

  private async ownWebExtensionPath(): Promise<string | null> {
    for (const path of Object.keys(this.zip.files)) {
      if (!/webextensions\/webextension[^/]*\.xml$/.test(path)) continue;
      const we = await this.readXml(path);
      if (we && firstNs(we.documentElement, NS_WE, "reference")?.getAttribute("id") === this.constructor_addinId)
        return path;
    }
    return null;
  }

  private async writeWebExtension(ct: XDoc, props: Record<string, unknown>): Promise<void> {
    const zip = this.zip;
    let wePath = await this.ownWebExtensionPath();
    const tpPath = "word/webextensions/taskpanes.xml";
    if (!wePath) {
      let n = 1;
      while (zip.file(`word/webextensions/webextension${n}.xml`)) n++;
      wePath = `word/webextensions/webextension${n}.xml`;
      // package relationship to the task pane list
      const rootRels = (await this.readXml("_rels/.rels"))!;
      if (!kidsAll(rootRels.documentElement).some((r) => r.getAttribute("Type") === REL_TASKPANES)) {
        addRel(rootRels, REL_TASKPANES, tpPath);
        zip.file("_rels/.rels", this.inFormat(xmlDecl(serializeXml(rootRels))));
      }
      const tp = (await this.readXml(tpPath)) ?? parseXml(`<wetp:taskpanes xmlns:wetp="${NS_WETP}"/>`);
      const tpRels = (await this.readXml(relsPathOf(tpPath))) ?? parseXml(`<Relationships xmlns="${NS.pr}"/>`);
      const rid = addRel(tpRels, REL_WEBEXT, wePath.slice(wePath.lastIndexOf("/") + 1));
      const pane = tp.createElementNS(NS_WETP, "wetp:taskpane");
      for (const [k, v] of Object.entries({ dockstate: "right", visibility: "0", width: "350", row: "1" }))
        pane.setAttribute(k, v);
      const ref = tp.createElementNS(NS_WETP, "wetp:webextensionref");
      ref.setAttributeNS(NS.r, "r:id", rid);
      pane.appendChild(ref);
      tp.documentElement.appendChild(pane);
      zip.file(tpPath, xmlDecl(serializeXml(tp)));
      zip.file(relsPathOf(tpPath), xmlDecl(serializeXml(tpRels)));
      addOverride(ct, `/${tpPath}`, CT_TASKPANES);
      addOverride(ct, `/${wePath}`, CT_WEBEXT);
    }
    const propXml = Object.entries(props)
      .map(([k, v]) => `<we:property name="${escapeXml(k)}" value="${escapeXml(JSON.stringify(v))}"/>`)
      .join("");
    zip.file(
      wePath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${NS_WE}" id="${newGuid()}"><we:reference id="${escapeXml(this.constructor_addinId)}" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${propXml}</we:properties><we:bindings/><we:snapshot xmlns:r="${NS.r}"/></we:webextension>`,
    );
  }
}

/** w14/w15 elements (appearance, color) need their prefixes declared and ignorable on the root for older readers. */
function ensureRootNamespaces(doc: XDoc): void {
  const root = doc.documentElement;
  const XMLNS = "http://www.w3.org/2000/xmlns/";
  const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  for (const [p, ns] of [
    ["w14", NS.w14],
    ["w15", NS.w15],
    ["mc", MC],
  ] as const)
    if (!root.getAttribute(`xmlns:${p}`)) root.setAttributeNS(XMLNS, `xmlns:${p}`, ns);
  const ign = (root.getAttributeNS(MC, "Ignorable") ?? "").split(/\s+/).filter(Boolean);
  for (const p of ["w14", "w15"]) if (!ign.includes(p)) ign.push(p);
  root.setAttributeNS(MC, "mc:Ignorable", ign.join(" "));
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function xmlDecl(s: string): string {
  return s.startsWith("<?xml") ? s : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;
}

function kidsAll(el: Node): El[] {
  const out: El[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as El);
  return out;
}

function firstNs(el: Node, ns: string, local: string): El | null {
  for (const c of kidsAll(el)) {
    if (c.namespaceURI === ns && c.localName === local) return c;
    const d = firstNs(c, ns, local);
    if (d) return d;
  }
  return null;
}

function ensureDefault(ct: XDoc, ext: string, type: string): void {
  if (
    kidsAll(ct.documentElement).some(
      (d) => d.localName === "Default" && d.getAttribute("Extension")?.toLowerCase() === ext,
    )
  )
    return;
  const d = ct.createElementNS(NS.ct, "Default");
  d.setAttribute("Extension", ext);
  d.setAttribute("ContentType", type);
  ct.documentElement.insertBefore(d, ct.documentElement.firstChild);
}

function addOverride(ct: XDoc, partName: string, type: string): void {
  if (kidsAll(ct.documentElement).some((o) => o.getAttribute("PartName") === partName)) return;
  const o = ct.createElementNS(NS.ct, "Override");
  o.setAttribute("PartName", partName);
  o.setAttribute("ContentType", type);
  ct.documentElement.appendChild(o);
}

function addRel(rels: XDoc, type: string, target: string): string {
  const used = new Set(kidsAll(rels.documentElement).map((r) => r.getAttribute("Id")));
  let n = 1;
  while (used.has(`rId${n}`) || used.has(`rIdHr${n}`)) n++;
  const id = `rIdHr${n}`;
  const r = rels.createElementNS(NS.pr, "Relationship");
  r.setAttribute("Id", id);
  r.setAttribute("Type", type);
  r.setAttribute("Target", target);
  rels.documentElement.appendChild(r);
  return id;
}

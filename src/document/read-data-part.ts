// Reads another copy of the handreiking from its .docx bytes (a file the user picks, or the
// bytes of Office.context.document.getFileAsync): the data part with the whole log (archive
// parts included) and the text of every box control. No Office, no Node APIs: jszip and
// @xmldom/xmldom only, so it runs in the task pane as well as in tests.
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";
import JSZip from "jszip";
import { openZip, readXmlText } from "./bounded-zip";
import { resolveTarget } from "./opc-paths";
import { checkXmlText, Deadline, LogCounter, READ_LIMITS, readErrorMessage, type ReadLimits } from "./read-limits";
import {
  ARCHIVE_NAMESPACE,
  DATA_PART_MAJOR_VERSION,
  DATA_PART_NAMESPACE,
  boxKey,
  namespaceMajor,
  parseBoxTag,
  parseDataPart,
  parseLogArchive,
  type DataPart,
} from "../domain";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
/** Where the add-in keeps the data part on a Word without custom XML parts, and where older versions kept it on Word 2019: the add-in's document settings. */
export const SETTINGS_DATA_KEY = "handreikingRegie.dataPart";
export const QUARANTINE_NS = "urn:handreiking-regie:twente:quarantine:1";

export const COPY_ERRORS = {
  notDocx: "Dit bestand is geen Word-document (.docx). Kies de kopie van de handreiking zelf, niet een pdf of een ander bestand.",
  noDataPart: "Dit document is geen Handreiking Regie-formulier: er staan geen formuliergegevens in. Misschien is het nooit met de invoegtoepassing omgezet.",
  damaged: "De formuliergegevens in deze kopie zijn beschadigd en kunnen niet worden gelezen.",
  newerVersion:
    "Deze kopie is gemaakt met een nieuwere versie van de invoegtoepassing Handreiking Regie; werk de invoegtoepassing bij (vraag zo nodig uw beheerder) en kies het bestand daarna opnieuw.",
} as const;

/** Reads one part's text, or undefined when the package has no such part. */
export type ReadPart = (path: string) => Promise<string | undefined>;

/** Unbounded reading, for packages the add-in made itself (the template, its own output). */
export const readPartOf =
  (zip: JSZip): ReadPart =>
  (path) =>
    zip.file(path)?.async("string") ?? Promise.resolve(undefined);

export type CopyRead =
  | {
      ok: true;
      data: DataPart;
      /** Box key → text, the first control with each tag. */
      boxTexts: Record<string, string>;
      /** Where the data part was found. */
      storage: "customXml" | "settings";
    }
  | { ok: false; error: string };

// --- small XML helpers, shared with anonymise-docx.ts ------------------------------------

export function parseXml(xml: string): Document | null {
  try {
    // no DOCTYPE, bounded size and depth (read-limits.ts), whichever parser is behind DOMParser
    checkXmlText(xml);
    let failed = false;
    const doc = new DOMParser({
      onError: (level) => {
        if (level !== "warning") failed = true;
      },
    }).parseFromString(xml.replace(/^\uFEFF/, ""), "text/xml");
    return failed || !doc.documentElement ? null : doc;
  } catch {
    return null;
  }
}

export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === 1;
}

/**
 * Pushes the child elements of `el` onto a walk's stack, last first, so popping visits them in
 * document order. A loop, not push(...children): spreading a huge list overflows the stack too.
 */
export function pushChildren(stack: Element[], el: Element | Node): void {
  for (let n = el.lastChild; n; n = n.previousSibling) if (isElement(n)) stack.push(n);
}

export function childElements(el: Element | Node): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

export function wChildren(el: Element, localName: string): Element[] {
  return childElements(el).filter((c) => c.namespaceURI === W_NS && c.localName === localName);
}

export function wChild(el: Element, localName: string): Element | undefined {
  return wChildren(el, localName)[0];
}

export function wDescendants(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W_NS, localName)) as Element[];
}

export function wVal(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W_NS, "val");
  return v === null || v === "" ? (el.getAttribute("w:val") ?? undefined) : v;
}

/** The w:tag of a content control, or "". */
export function sdtTag(sdt: Element): string {
  const pr = wChild(sdt, "sdtPr");
  return (pr && wVal(wChild(pr, "tag"))) ?? "";
}

/**
 * Text of a run-level container: w:t, tabs, breaks; deleted text and field codes skipped.
 * Iterative (explicit stack): a deeply nested document cannot exhaust the call stack.
 */
export function runsText(el: Element): string {
  let text = "";
  const stack: Element[] = [];
  pushChildren(stack, el);
  while (stack.length > 0) {
    const c = stack.pop() as Element;
    if (c.namespaceURI !== W_NS) {
      pushChildren(stack, c);
      continue;
    }
    switch (c.localName) {
      case "t":
        text += c.textContent ?? "";
        break;
      case "tab":
        text += "\t";
        break;
      case "br":
      case "cr":
        text += "\n";
        break;
      // a paragraph nested in a run (text box) is not this paragraph's text
      case "p":
      case "del":
      case "pPr":
      case "rPr":
      case "instrText":
      case "delText":
      case "sdtPr":
        break;
      default:
        pushChildren(stack, c);
    }
  }
  return text;
}

/** The text of a content control as Word's ContentControl.text gives it, lines joined with "\n"; placeholder shown = "". */
export function sdtText(sdt: Element): string {
  const pr = wChild(sdt, "sdtPr");
  if (pr && wChild(pr, "showingPlcHdr")) return "";
  const content = wChild(sdt, "sdtContent");
  if (!content) return "";
  const paragraphs = wDescendants(content, "p").filter((p) => !hasAncestor(p, "p", content));
  const text = paragraphs.length > 0 ? paragraphs.map(runsText).join("\n") : runsText(content);
  return text.replace(/\n+$/, "");
}

function hasAncestor(el: Element, localName: string, stop: Element): boolean {
  for (let n = el.parentNode; n && n !== stop; n = n.parentNode) {
    if (isElement(n) && n.namespaceURI === W_NS && n.localName === localName) return true;
  }
  return false;
}

/** The main document part's path ("word/document.xml" normally), from the package relationships. */
export async function mainDocumentPath(zip: JSZip, read: ReadPart = readPartOf(zip)): Promise<string | null> {
  const rels = await read("_rels/.rels");
  const doc = rels ? parseXml(rels) : null;
  if (doc) {
    for (const r of Array.from(doc.getElementsByTagNameNS(REL_NS, "Relationship"))) {
      if ((r.getAttribute("Type") ?? "").endsWith("/officeDocument")) {
        const target = resolveTarget("", r.getAttribute("Target") ?? "");
        if (zip.file(target)) return target;
      }
    }
  }
  return zip.file("word/document.xml") ? "word/document.xml" : null;
}

/**
 * The package within the read limits, or null when it is no .docx. A refused file throws a
 * ReadLimitError with a Dutch sentence (read-limits.ts).
 */
export async function loadDocx(bytes: Uint8Array | ArrayBuffer, limits: ReadLimits = READ_LIMITS): Promise<JSZip | null> {
  const opened = await openZip(bytes, limits);
  if (!opened) return null;
  return (await mainDocumentPath(opened.zip, (path) => readXmlText(opened.zip, path, opened.budget))) ? opened.zip : null;
}

export const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/;
/** What the data part's and the archive parts' namespaces start with. */
const FORM_URN = "urn:handreiking-regie:twente:";

/**
 * The namespace of a part's root element, or "" when it has none. Read from the root's start
 * tag, where the root's namespace must be declared, without parsing the whole part (a log
 * archive is 150 KB; the parsers check the rest later).
 */
export function rootNamespace(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(xml.slice(0, 65_536).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
  if (!root) return "";
  const prefix = root[1] ? `:${root[1].slice(0, -1)}` : "";
  const attrs = root[2] ?? "";
  for (const m of attrs.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) if (m[1] === `xmlns${prefix}`) return m[2] ?? m[3] ?? "";
  return "";
}

/** The data part XML stored as the add-in setting in a web extension part, if any. */
export async function settingsDataPart(zip: JSZip, read: ReadPart = readPartOf(zip)): Promise<string | null> {
  for (const path of Object.keys(zip.files).filter((p) => /webextensions\/webextension[^/]*\.xml$/.test(p))) {
    const doc = parseXml((await read(path)) ?? "");
    if (!doc) continue;
    for (const prop of Array.from(doc.getElementsByTagNameNS(WE_NS, "property"))) {
      if (prop.getAttribute("name") !== SETTINGS_DATA_KEY) continue;
      try {
        const value: unknown = JSON.parse(prop.getAttribute("value") ?? "");
        if (typeof value === "string") return value;
      } catch {
        return prop.getAttribute("value");
      }
    }
  }
  return null;
}

/** Box key → text for every hr: control in the document XML (the first one of a duplicated tag). */
export function boxTextsOf(documentXml: Document): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sdt of wDescendants(documentXml, "sdt")) {
    const ref = parseBoxTag(sdtTag(sdt));
    if (!ref) continue;
    const key = boxKey(ref);
    if (!(key in out)) out[key] = sdtText(sdt);
  }
  return out;
}

export interface ReadCopyOptions {
  limits?: ReadLimits;
  /** Called after each part read: `done` of `total` parts (the relationships, each custom XML part, the document). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads another copy of the form: its data part (whole log) and its box texts, within the read
 * limits (read-limits.ts). Never throws: every failure is one Dutch sentence.
 */
export async function readCopy(bytes: Uint8Array | ArrayBuffer, options: ReadCopyOptions = {}): Promise<CopyRead> {
  try {
    return await readCopyWithin(bytes, options.limits ?? READ_LIMITS, options.onProgress ?? (() => undefined));
  } catch (error) {
    return { ok: false, error: readErrorMessage(error, COPY_ERRORS.damaged) };
  }
}

async function readCopyWithin(bytes: Uint8Array | ArrayBuffer, limits: ReadLimits, onProgress: (done: number, total: number) => void): Promise<CopyRead> {
  const deadline = new Deadline(limits.timeBudgetMs);
  const opened = await openZip(bytes, limits, deadline);
  if (!opened) return { ok: false, error: COPY_ERRORS.notDocx };
  const { zip, budget } = opened;
  const read: ReadPart = (path) => readXmlText(zip, path, budget);
  const docPath = await mainDocumentPath(zip, read);
  if (!docPath) return { ok: false, error: COPY_ERRORS.notDocx };
  const customParts = Object.keys(zip.files).filter((p) => CUSTOM_XML_ITEM.test(p)).sort();
  // the relationships (read), each custom XML part, the document
  const total = customParts.length + 2;
  let done = 1;
  onProgress(done, total);

  let xml: string | null = null;
  let storage: "customXml" | "settings" = "customXml";
  let newer = false;
  const archives: string[] = [];
  const counter = new LogCounter(limits);
  for (const path of customParts) {
    const text = ((await read(path)) ?? "").replace(/^\uFEFF/, "");
    // count before parsing: a log of 100,000 entries is refused after the first parts
    if (text.includes(FORM_URN)) counter.add(text);
    const ns = rootNamespace(text);
    if (ns === DATA_PART_NAMESPACE && xml === null) xml = text;
    else if (ns === ARCHIVE_NAMESPACE) archives.push(text);
    else if ((namespaceMajor(ns) ?? 0) > DATA_PART_MAJOR_VERSION) newer = true;
    else if (ns === "" && text.includes(DATA_PART_NAMESPACE) && xml === null) xml = text;
    deadline.check();
    onProgress(++done, total);
  }
  if (xml === null) {
    xml = await settingsDataPart(zip, read);
    storage = "settings";
  }
  if (xml !== null && (namespaceMajor(rootNamespace(xml)) ?? 0) > DATA_PART_MAJOR_VERSION) newer = true;
  if (newer && (xml === null || storage === "settings")) return { ok: false, error: COPY_ERRORS.newerVersion };
  if (xml === null) return { ok: false, error: COPY_ERRORS.noDataPart };
  if (storage === "settings") counter.add(xml);
  const parsed = parseDataPart(xml);
  if (!parsed.ok) return { ok: false, error: `${COPY_ERRORS.damaged} (${parsed.error})` };
  deadline.check();
  const main = parsed.data;
  const expected = main.archivedEntries ?? 0;
  const archived = archives
    .map(parseLogArchive)
    .flatMap((r) => (r.ok && r.archive.documentId === main.documentId ? [r.archive] : []))
    .sort((a, b) => a.seq - b.seq)
    .flatMap((a) => a.entries)
    .slice(0, expected);
  deadline.check();
  // the document last: the largest part, parsed once the form data is known to be sound
  const documentXml = parseXml((await read(docPath)) ?? "");
  if (!documentXml) return { ok: false, error: COPY_ERRORS.notDocx };
  const boxTexts = boxTextsOf(documentXml);
  deadline.check();
  onProgress(total, total);
  const data: DataPart = { ...main, changeLog: [...archived, ...main.changeLog] };
  delete data.archivedEntries;
  return { ok: true, data, boxTexts, storage };
}

// Reads another copy of the handreiking from its .docx bytes (a file the user picks, or the
// bytes of Office.context.document.getFileAsync): the data part with the whole log (archive
// parts included) and the text of every box control. No Office, no Node APIs: jszip and
// @xmldom/xmldom only, so it runs in the task pane as well as in tests.
import type { Document } from "@xmldom/xmldom";
import JSZip from "jszip";
import { openZip, readXmlText } from "./bounded-zip";
import {
  type ReadPart,
  WE_NS,
  mainDocumentPath,
  parseXml,
  readPartOf,
  rootNamespace,
  sdtTag,
  sdtText,
  wDescendants,
} from "./ooxml";
import { SegmentedDocument, segmentDocument } from "./segmented-document";
import { Deadline, LogCounter, READ_LIMITS, readErrorMessage, type ReadLimits } from "./read-limits";
import {
  ARCHIVE_NAMESPACE,
  DATA_PART_MAJOR_VERSION,
  DATA_PART_NAMESPACE,
  SETTINGS_DATA_KEY,
  boxKey,
  namespaceMajor,
  parseBoxTag,
  parseDataPart,
  parseLogArchive,
  findTemplateVersion,
  TEMPLATE,
  type TemplateDef,
  type DataPart,
} from "../domain";
import { COPY_ERRORS } from "../domain/text/read-copy";
export { COPY_ERRORS };

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

export const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/;
/** What the data part's and the archive parts' namespaces start with. */
const FORM_URN = "urn:handreiking-regie:twente:";

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
export function boxTextsOf(documentXml: Document, template: TemplateDef = TEMPLATE): Record<string, string> {
  return boxTextsOfAll([documentXml], template);
}

/** The same over a document read in segments, in document order. */
function boxTextsOfAll(docs: readonly Document[], template: TemplateDef): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sdt of docs.flatMap((doc) => wDescendants(doc, "sdt"))) {
    const ref = parseBoxTag(sdtTag(sdt), template);
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
  /** Given the opened package and its parsed main document, for a caller that goes on with them (the research copy). */
  onDocument?: (opened: { zip: JSZip; docPath: string; doc: Document | SegmentedDocument }) => void;
  /** Read the main document in segments (segmented-document.ts), not as one DOM: the research copy of a large file. */
  segmented?: boolean;
}

/**
 * Reads another copy of the form: its data part (whole log) and its box texts, within the read
 * limits (read-limits.ts). Never throws: every failure is one Dutch sentence.
 */
export async function readCopy(bytes: Uint8Array | ArrayBuffer, options: ReadCopyOptions = {}): Promise<CopyRead> {
  try {
    return await readCopyWithin(
      bytes,
      options.limits ?? READ_LIMITS,
      options.onProgress ?? (() => undefined),
      options.onDocument,
      options.segmented ?? false,
    );
  } catch (error) {
    return { ok: false, error: readErrorMessage(error, COPY_ERRORS.damaged) };
  }
}

async function readCopyWithin(
  bytes: Uint8Array | ArrayBuffer,
  limits: ReadLimits,
  onProgress: (done: number, total: number) => void,
  onDocument: ReadCopyOptions["onDocument"],
  segmented: boolean,
): Promise<CopyRead> {
  const deadline = new Deadline(limits.timeBudgetMs);
  const opened = await openZip(bytes, limits, deadline);
  if (!opened) return { ok: false, error: COPY_ERRORS.notDocx };
  const { zip, budget } = opened;
  const read: ReadPart = (path) => readXmlText(zip, path, budget);
  const docPath = await mainDocumentPath(zip, read);
  if (!docPath) return { ok: false, error: COPY_ERRORS.notDocx };
  const customParts = Object.keys(zip.files)
    .filter((p) => CUSTOM_XML_ITEM.test(p))
    .sort();
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
  const docText = (await read(docPath)) ?? "";
  const documentXml = segmented ? segmentDocument(docText) : parseXml(docText);
  if (!documentXml) return { ok: false, error: COPY_ERRORS.notDocx };
  // the boxes as the copy's own version of the handreiking names them (compareCopies aligns versions)
  const boxTexts = boxTextsOfAll(
    documentXml instanceof SegmentedDocument ? documentXml.documents() : [documentXml],
    findTemplateVersion(main.templateVersion) ?? TEMPLATE,
  );
  deadline.check();
  onDocument?.({ zip, docPath, doc: documentXml });
  onProgress(total, total);
  const data: DataPart = { ...main, changeLog: [...archived, ...main.changeLog] };
  delete data.archivedEntries;
  return { ok: true, data, boxTexts, storage };
}

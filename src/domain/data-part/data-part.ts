// The data part as XML: serialize for the document's custom XML part, parse it back.
// Every user text is element content (never an attribute), escaped where XML 1.0 cannot
// carry it (see xml-text.ts). Parsing never throws: damage is reported in Dutch.
import { DOMImplementation, DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";
import type { ChangeEntry } from "../log/change-log";
import { changeEntrySchema } from "../log/change-log";
import type { AppendedAfter, DataPart } from "./data-part-model";
import { dataPartSchema } from "./data-part-model";
import { escapeXmlText, needsEscape, unescapeXmlText } from "./xml-text";
import { canonicalXml, readForeign, writeForeign, type ForeignElement } from "./foreign-xml";
import { isNewerFormat, newerFormatMessage } from "./format-version";

export * from "./data-part-model";
export * from "./format-version";
export type { ForeignElement, ForeignNode, ForeignAttribute } from "./foreign-xml";

export const DATA_PART_MAJOR_VERSION = 1;
export const NAMESPACE_BASE = "urn:handreiking-regie:twente:form:";
export const DATA_PART_NAMESPACE = `${NAMESPACE_BASE}${DATA_PART_MAJOR_VERSION}`;
/** Where the add-in keeps the data part on a Word without custom XML parts (and older versions kept it on Word 2019):
 * the add-in's document settings. */
export const SETTINGS_DATA_KEY = "handreikingRegie.dataPart";
/** Unreadable or superseded form data is moved aside into parts (or a setting) of this namespace, never dropped. */
export const QUARANTINE_NAMESPACE = "urn:handreiking-regie:twente:quarantine:1";
export const QUARANTINE_SETTINGS_KEY = `${SETTINGS_DATA_KEY}.quarantine`;

/** "urn:…:form:7" → 7 for our namespaces, else null. */
export function namespaceMajor(namespaceUri: string): number | null {
  if (!namespaceUri.startsWith(NAMESPACE_BASE)) return null;
  const major = Number(namespaceUri.slice(NAMESPACE_BASE.length));
  return Number.isInteger(major) && major > 0 ? major : null;
}
const ROOT = "form";

// Optional string fields of a log entry, in the order they are written.
// Later additions go at the end; a reader that does not know one ignores it (older documents lack them).
const ENTRY_TEXTS = [
  "name",
  "stepId",
  "boxKey",
  "before",
  "after",
  "authorSource",
  "recorderInitials",
  "recorderOrganisation",
  "prevHash",
  "hash",
  "textHash",
  "stateHash",
  "evidence",
  "since",
  "prevSeal",
  "seal",
  "textSeal",
  "stateSeal",
  "keyId",
  "signature",
  "signedAs",
] as const;
const ENTRY_FLAGS = ["recovered", "mergeConflict", "chainReset", "uncheckedCopy"] as const;
const ENTRY_REQUIRED = ["id", "timestamp", "day", "initials", "organisation", "kind", "description"] as const;
/** The entry's elements this add-in reads; any other is kept as a foreign element. */
export const ENTRY_KNOWN: ReadonlySet<string> = new Set<string>([
  ...ENTRY_REQUIRED,
  ...ENTRY_TEXTS,
  ...ENTRY_FLAGS,
  "filled",
  "acknowledges",
]);
/** The data part's root elements this add-in reads; any other is kept as a foreign element. */
export const ROOT_KNOWN: ReadonlySet<string> = new Set<string>([
  "templateId",
  "templateVersion",
  "documentId",
  "formVersion",
  "versionId",
  "previousVersion",
  "agreed",
  "lastAttributed",
  "rowOrder",
  "archivedEntries",
  "sealedFrom",
  "appendedAfter",
  "changeLog",
  "formatVersion",
  "addinVersion",
]);

function addText(doc: Document, parent: Element, name: string, value: string): Element {
  const el = doc.createElementNS(DATA_PART_NAMESPACE, name);
  // Only text that needs it is encoded, so ordinary text (backslashes included) stays readable.
  const encoded = needsEscape(value);
  if (encoded) el.setAttribute("enc", "1");
  el.appendChild(doc.createTextNode(encoded ? escapeXmlText(value) : value));
  parent.appendChild(el);
  return el;
}

function addGroup(doc: Document, parent: Element, name: string): Element {
  const el = doc.createElementNS(DATA_PART_NAMESPACE, name);
  parent.appendChild(el);
  return el;
}

function writeEntry(doc: Document, parent: Element, e: ChangeEntry): Element {
  const el = addGroup(doc, parent, "entry");
  for (const k of ENTRY_REQUIRED) addText(doc, el, k, e[k]);
  for (const k of ENTRY_TEXTS) if (e[k] !== undefined) addText(doc, el, k, e[k]);
  for (const k of ENTRY_FLAGS) if (e[k] !== undefined) addText(doc, el, k, String(e[k]));
  if (e.filled) {
    // a fill session's boxes (fill-session.ts)
    const filled = addGroup(doc, el, "filled");
    for (const key of e.filled) addText(doc, filled, "key", key);
  }
  if (e.acknowledges) {
    const acknowledged = addGroup(doc, el, "acknowledges");
    for (const key of e.acknowledges) addText(doc, acknowledged, "break", key);
  }
  for (const f of e.foreign ?? []) writeForeign(doc, el, f);
  return el;
}

/**
 * The entry as text that every add-in version computes alike from the XML it stores: known and
 * foreign elements the same way (foreign-xml.ts). `skip`: elements left out (an entry's own seal).
 */
export function entryCanonical(e: ChangeEntry, skip: ReadonlySet<string>): string {
  const doc = new DOMImplementation().createDocument(DATA_PART_NAMESPACE, "changeLog", null);
  const root = doc.documentElement;
  if (!root) throw new Error("Kon de logregel niet maken.");
  return canonicalXml(writeEntry(doc, root, e), skip);
}

/** Every child element not read as a known one (unknown names, other namespaces, repeats), as read. */
function foreignChildren(parent: Element, known: ReadonlySet<string>): ForeignElement[] {
  const seen = new Set<string>();
  const out: ForeignElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const name = el.localName ?? "";
    if (el.namespaceURI === DATA_PART_NAMESPACE && known.has(name) && !seen.has(name)) seen.add(name);
    else out.push(readForeign(el));
  }
  return out;
}

export function serializeDataPart(data: DataPart): string {
  const doc = new DOMImplementation().createDocument(DATA_PART_NAMESPACE, ROOT, null);
  const root = doc.documentElement;
  if (!root) throw new Error("Kon het gegevensdeel niet maken.");
  for (const k of ["templateId", "templateVersion", "documentId"] as const) addText(doc, root, k, data[k]);
  addText(doc, root, "formVersion", String(data.formVersion));
  addText(doc, root, "versionId", data.versionId);
  if (data.previousVersion) {
    const prev = addGroup(doc, root, "previousVersion");
    addText(doc, prev, "formVersion", String(data.previousVersion.formVersion));
    addText(doc, prev, "versionId", data.previousVersion.versionId);
  }
  if (data.agreed) {
    const agreed = addGroup(doc, root, "agreed");
    for (const k of ["day", "initials", "organisation"] as const) addText(doc, agreed, k, data.agreed[k]);
  }
  const attributed = addGroup(doc, root, "lastAttributed");
  for (const [key, text] of Object.entries(data.lastAttributed)) {
    const box = addGroup(doc, attributed, "box");
    addText(doc, box, "key", key);
    addText(doc, box, "text", text);
  }
  const rowOrder = addGroup(doc, root, "rowOrder");
  for (const [fieldId, keys] of Object.entries(data.rowOrder)) {
    const field = addGroup(doc, rowOrder, "field");
    addText(doc, field, "id", fieldId);
    for (const k of keys) addText(doc, field, "row", k);
  }
  if (data.archivedEntries) addText(doc, root, "archivedEntries", String(data.archivedEntries));
  if (data.sealedFrom !== undefined) addText(doc, root, "sealedFrom", data.sealedFrom);
  if (data.appendedAfter) {
    const after = addGroup(doc, root, "appendedAfter");
    for (const k of ["paragraphs", "tables", "controls", "fingerprint"] as const)
      addText(doc, after, k, String(data.appendedAfter[k]));
  }
  const log = addGroup(doc, root, "changeLog");
  for (const e of data.changeLog) writeEntry(doc, log, e);
  if (data.formatVersion !== undefined) addText(doc, root, "formatVersion", data.formatVersion);
  if (data.addinVersion !== undefined) addText(doc, root, "addinVersion", data.addinVersion);
  for (const f of data.foreign ?? []) writeForeign(doc, root, f);
  return new XMLSerializer().serializeToString(doc);
}

export type DataPartResult =
  | { ok: true; data: DataPart }
  /** `newer`: the part is of a later data format than this add-in knows (only to be read, never written). */
  | { ok: false; error: string; raw: string; newer?: { format: string; addinVersion?: string } };

/** Thrown inside parsing only, turned into { ok: false } at the edge. */
class DataPartError extends Error {}

function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.localName === name && el.namespaceURI === DATA_PART_NAMESPACE) out.push(el);
    }
  }
  return out;
}

function textOf(el: Element): string {
  const raw = el.textContent ?? "";
  if (el.getAttribute("enc") !== "1") return raw;
  const decoded = unescapeXmlText(raw);
  if (decoded === null)
    throw new DataPartError(`Het gegevensdeel bevat een beschadigde tekst in ‘${el.localName ?? ""}’.`);
  return decoded;
}

function optionalText(parent: Element, name: string): string | undefined {
  const el = children(parent, name)[0];
  return el ? textOf(el) : undefined;
}

function requiredText(parent: Element, name: string): string {
  const v = optionalText(parent, name);
  if (v === undefined) throw new DataPartError(`Het gegevensdeel is onvolledig: ‘${name}’ ontbreekt.`);
  return v;
}

function requiredGroup(parent: Element, name: string): Element {
  const el = children(parent, name)[0];
  if (!el) throw new DataPartError(`Het gegevensdeel is onvolledig: ‘${name}’ ontbreekt.`);
  return el;
}

function integer(text: string, name: string): number {
  if (!/^\d{1,9}$/.test(text.trim()))
    throw new DataPartError(`Het gegevensdeel is beschadigd: ‘${name}’ is geen geheel getal.`);
  return Number(text.trim());
}

function readEntry(el: Element): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const k of ENTRY_REQUIRED) entry[k] = requiredText(el, k);
  for (const k of ENTRY_TEXTS) {
    const v = optionalText(el, k);
    if (v !== undefined) entry[k] = v;
  }
  for (const k of ENTRY_FLAGS) {
    const v = optionalText(el, k);
    if (v !== undefined) entry[k] = v === "true";
  }
  const filled = children(el, "filled")[0];
  if (filled) entry.filled = children(filled, "key").map(textOf);
  const acknowledged = children(el, "acknowledges")[0];
  if (acknowledged) entry.acknowledges = children(acknowledged, "break").map(textOf);
  const foreign = foreignChildren(el, ENTRY_KNOWN);
  if (foreign.length > 0) entry.foreign = foreign;
  return entry;
}

function readRoot(root: Element): unknown {
  const foreign = foreignChildren(root, ROOT_KNOWN);
  const prev = children(root, "previousVersion")[0];
  const agreed = children(root, "agreed")[0];
  return {
    templateId: requiredText(root, "templateId"),
    templateVersion: requiredText(root, "templateVersion"),
    documentId: requiredText(root, "documentId"),
    formVersion: integer(requiredText(root, "formVersion"), "formVersion"),
    versionId: requiredText(root, "versionId"),
    previousVersion: prev
      ? {
          formVersion: integer(requiredText(prev, "formVersion"), "formVersion"),
          versionId: requiredText(prev, "versionId"),
        }
      : null,
    agreed: agreed
      ? {
          day: requiredText(agreed, "day"),
          initials: requiredText(agreed, "initials"),
          organisation: requiredText(agreed, "organisation"),
        }
      : null,
    lastAttributed: Object.fromEntries(
      children(requiredGroup(root, "lastAttributed"), "box").map((b) => [
        requiredText(b, "key"),
        requiredText(b, "text"),
      ]),
    ),
    rowOrder: Object.fromEntries(
      children(requiredGroup(root, "rowOrder"), "field").map((f) => [
        requiredText(f, "id"),
        children(f, "row").map(textOf),
      ]),
    ),
    ...(children(root, "sealedFrom")[0] ? { sealedFrom: requiredText(root, "sealedFrom") } : {}),
    ...(children(root, "archivedEntries")[0]
      ? { archivedEntries: integer(requiredText(root, "archivedEntries"), "archivedEntries") }
      : {}),
    ...readAppendedAfter(root),
    changeLog: children(requiredGroup(root, "changeLog"), "entry").map(readEntry),
    ...optionalEntries(root, ["formatVersion", "addinVersion"]),
    ...(foreign.length > 0 ? { foreign } : {}),
  };
}

function readAppendedAfter(root: Element): { appendedAfter?: AppendedAfter } {
  const after = children(root, "appendedAfter")[0];
  if (!after) return {};
  const count = (k: string): number => integer(requiredText(after, k), k);
  return {
    appendedAfter: {
      paragraphs: count("paragraphs"),
      tables: count("tables"),
      controls: count("controls"),
      fingerprint: requiredText(after, "fingerprint"),
    },
  };
}

function optionalEntries(parent: Element, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((n) => (children(parent, n)[0] ? [[n, requiredText(parent, n)]] : [])));
}

function parseXml(xml: string): Document {
  try {
    return new DOMParser({
      // xmldom also *warns* about valid text, e.g. U+FFFD ("source encoding issues?"): only errors count
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch {
    throw new DataPartError("Het gegevensdeel van dit document is beschadigd (geen geldige XML).");
  }
}

function checkRoot(root: Element | null): Element {
  const ns = root?.namespaceURI ?? "";
  if (root && ns.startsWith(NAMESPACE_BASE)) {
    const major = Number(ns.slice(NAMESPACE_BASE.length));
    if (Number.isInteger(major) && major > DATA_PART_MAJOR_VERSION) {
      throw new DataPartError(
        "Dit document is gemaakt met een nieuwere versie van de invoegtoepassing Handreiking Regie. Werk de invoegtoepassing bij om het te openen.",
      );
    }
  }
  if (!root || ns !== DATA_PART_NAMESPACE || root.localName !== ROOT) {
    throw new DataPartError("Dit gegevensdeel hoort niet bij de Handreiking Regie.");
  }
  return root;
}

export function parseDataPart(xml: string): DataPartResult {
  try {
    if (typeof xml !== "string" || xml.trim() === "")
      throw new DataPartError("Het gegevensdeel van dit document is leeg.");
    const root = checkRoot(parseXml(xml).documentElement);
    const format = optionalText(root, "formatVersion");
    if (format !== undefined && isNewerFormat(format)) {
      const addinVersion = optionalText(root, "addinVersion");
      return {
        ok: false,
        error: newerFormatMessage(format, addinVersion),
        raw: xml,
        newer: { format, ...(addinVersion === undefined ? {} : { addinVersion }) },
      };
    }
    const checked = dataPartSchema.safeParse(readRoot(root));
    if (!checked.success) {
      throw new DataPartError(
        `Het gegevensdeel bevat ongeldige gegevens: ${checked.error.issues.map((i) => i.message).join(" ")}`,
      );
    }
    return { ok: true, data: checked.data as DataPart };
  } catch (e) {
    const error = e instanceof DataPartError ? e.message : "Het gegevensdeel van dit document kon niet worden gelezen.";
    return { ok: false, error, raw: String(xml) };
  }
}

// --- Log archive parts -------------------------------------------------------------------
// Word on the web limits a custom XML part to about 1 MB, and rewriting a large part on every
// edit is slow. Older log entries therefore move, in chunks, into archive parts that are
// written once and never rewritten; the data part keeps the recent entries and the count of
// archived ones. Entries inside an archive use the data part's namespace, so one reader serves.
export const ARCHIVE_NAMESPACE = "urn:handreiking-regie:twente:log-archive:1";

export interface LogArchive {
  documentId: string;
  /** 1, 2, 3…: the order of the chunks. */
  seq: number;
  entries: ChangeEntry[];
}

export function serializeLogArchive(archive: LogArchive): string {
  const doc = new DOMImplementation().createDocument(ARCHIVE_NAMESPACE, "logArchive", null);
  const root = doc.documentElement;
  if (!root) throw new Error("Kon het logarchief niet maken.");
  root.setAttribute("documentId", archive.documentId);
  root.setAttribute("seq", String(archive.seq));
  for (const e of archive.entries) writeEntry(doc, root, e);
  return new XMLSerializer().serializeToString(doc);
}

export type LogArchiveResult = { ok: true; archive: LogArchive } | { ok: false; error: string; raw: string };

export function parseLogArchive(xml: string): LogArchiveResult {
  try {
    const root = parseXml(xml).documentElement;
    if (!root || root.namespaceURI !== ARCHIVE_NAMESPACE || root.localName !== "logArchive")
      throw new DataPartError("Dit logarchief hoort niet bij de Handreiking Regie.");
    const entries = children(root, "entry")
      .map(readEntry)
      .map((raw) => {
        const checked = changeEntrySchema.safeParse(raw);
        if (!checked.success) throw new DataPartError("Het logarchief bevat een ongeldige regel.");
        return checked.data as ChangeEntry;
      });
    const seq = integer(root.getAttribute("seq") ?? "", "seq");
    return { ok: true, archive: { documentId: root.getAttribute("documentId") ?? "", seq, entries } };
  } catch (e) {
    return {
      ok: false,
      error: e instanceof DataPartError ? e.message : "Het logarchief kon niet worden gelezen.",
      raw: String(xml),
    };
  }
}

/** The data part's own log stays under this size (characters of XML); older entries move out. */
export const MAIN_LOG_BUDGET = 200_000;
/** Each archive part holds about this much (far below Word on the web's ~1 MB per part). */
export const ARCHIVE_CHUNK_BUDGET = 150_000;

/** The oldest entries to archive so the data part's log fits its budget again (none when it fits). */
export function entriesToArchive(main: readonly ChangeEntry[]): ChangeEntry[] {
  if (main.length < 2 || serializedLogSize(main) <= MAIN_LOG_BUDGET) return [];
  const chunk: ChangeEntry[] = [];
  let size = 0;
  for (const entry of main.slice(0, -1)) {
    if (size >= ARCHIVE_CHUNK_BUDGET) break;
    chunk.push(entry);
    size += serializedLogSize([entry]);
  }
  return chunk;
}

/**
 * The fewest characters a sealed entry takes in the data part (one-letter id, initials and
 * organisation, kind "edit", empty description, its hash): test/domain/data-part.test.ts checks it.
 */
export const MIN_SEALED_ENTRY_CHARS = 210;
/**
 * At most this many entries fit in a data part kept under MAIN_LOG_BUDGET: opening the pane reads
 * this many of the visible log's newest rows, so the rows of the data part's entries are there
 * without knowing (before the part's XML arrives) how many entries it holds.
 */
export const MAX_ENTRIES_IN_DATA_PART = Math.ceil(MAIN_LOG_BUDGET / MIN_SEALED_ENTRY_CHARS);

/** Size of the entries as the data part would hold them (UTF-16 length of their XML). */
export function serializedLogSize(entries: readonly ChangeEntry[]): number {
  const doc = new DOMImplementation().createDocument(DATA_PART_NAMESPACE, "changeLog", null);
  const root = doc.documentElement;
  if (!root) return 0;
  for (const e of entries) writeEntry(doc, root, e);
  return new XMLSerializer().serializeToString(doc).length;
}

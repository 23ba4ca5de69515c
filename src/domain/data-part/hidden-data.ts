// What the saved document carries that nobody sees by reading it: the data part with the whole
// change log (including what every box held before each change), log archive parts, and data
// the repair set aside ("quarantine": damaged form data, or a second set of form data — possibly
// another family's form pasted in by mistake). Pure: the Word layer reads the parts, this file
// describes them; the pane shows the description before the document is sent.
import { DOMParser } from "@xmldom/xmldom";
import type { Element } from "@xmldom/xmldom";
import { amsterdamDay } from "../dates/day";
import type { DataPart } from "./data-part-model";
import { QUARANTINE_NAMESPACE } from "./data-part-names";
import { parseDataPart } from "./data-xml-read";
import { escapeXmlMarkup, escapeXmlText } from "./xml-text";
import { TEMPLATE, fieldWithRole } from "../template";

export interface QuarantinedData {
  /** Where it is kept: a custom XML part id, or "settings:<n>" (Office 2019 keeps it in the settings). */
  id: string;
  /** The day it was set aside ("YYYYMMDD"), when known. */
  day: string | null;
  /** Why the repair set it aside (Dutch). */
  reason: string;
  /** Characters of the kept text. */
  size: number;
  /** Whose form it seems to be, when it can be read. */
  documentId: string | null;
  clientInitials: string | null;
}

export interface HiddenData {
  /** Characters of the data part(s) as stored. */
  dataPartSize: number;
  /** Entries of the whole change log. */
  logEntries: number;
  /** Log entries that keep the text a box held before the change. */
  earlierTexts: number;
  archiveParts: number;
  archivedEntries: number;
  quarantine: QuarantinedData[];
}

export function describeHiddenData(input: {
  dataPartXml: readonly string[];
  data: DataPart | null;
  archive: { parts: number; count: number };
  quarantine: QuarantinedData[];
}): HiddenData {
  const log = input.data?.changeLog ?? [];
  return {
    dataPartSize: input.dataPartXml.reduce((n, x) => n + x.length, 0),
    logEntries: log.length,
    earlierTexts: log.filter((e) => (e.before ?? "") !== "").length,
    archiveParts: input.archive.parts,
    archivedEntries: input.archive.count,
    quarantine: input.quarantine,
  };
}

/** A size for people: "312 tekens", "14 kB". */
export function formatSize(chars: number): string {
  return chars < 1024 ? `${chars} tekens` : `${Math.round(chars / 1024)} kB`;
}

/** The document id and client initials of form data that may be damaged: parsed when possible, else looked for. */
function whoseForm(raw: string): { documentId: string | null; clientInitials: string | null } {
  const parsed = parseDataPart(raw);
  // The template's client-initials field (its id is letters and digits only: no escaping needed).
  const key = fieldWithRole(TEMPLATE, "clientInitials")?.id ?? "";
  if (parsed.ok)
    return { documentId: parsed.data.documentId, clientInitials: parsed.data.lastAttributed[key]?.trim() || null };
  const id = /<documentId[^>]*>([0-9A-Za-z_.-]{1,100})<\/documentId>/.exec(raw)?.[1] ?? null;
  const initials =
    key === ""
      ? null
      : new RegExp(`<key[^>]*>${key}</key>\\s*<text[^>]*>([^<]{1,10})</text>`).exec(raw)?.[1]?.trim() || null;
  return { documentId: id, clientInitials: initials };
}

function describeOne(e: Element, id: string): QuarantinedData {
  const raw = e.textContent ?? "";
  const when = e.getAttribute("when") ?? "";
  const time = Date.parse(when);
  return {
    id,
    day: Number.isNaN(time) ? null : amsterdamDay(new Date(time)),
    reason: e.getAttribute("reason") || "Onbekend",
    size: raw.length,
    ...whoseForm(raw),
  };
}

/** Characters XML 1.0 cannot hold are written reversibly (xml-text.ts), then the markup is escaped. */
function escapeXml(text: string): string {
  return escapeXmlMarkup(escapeXmlText(text));
}

/** Data set aside, with when and why: the XML of a quarantine part (or of one piece in the settings). */
export function quarantineXml(raw: string, reason: string, when: Date): string {
  return `<quarantine xmlns="${QUARANTINE_NAMESPACE}" when="${when.toISOString()}" reason="${escapeXml(reason)}">${escapeXml(raw)}</quarantine>`;
}

/**
 * Describes quarantined data: one part's XML (`id` its part id), or the settings value that
 * holds several quarantine elements one after another (`id` "settings", each gets "settings:<n>").
 * Text that does not parse is described as one unknown piece, never dropped.
 */
export function describeQuarantine(xml: string, id: string): QuarantinedData[] {
  const several = id === "settings";
  let failed = false;
  const doc = new DOMParser({ onError: (level) => void (level !== "warning" && (failed = true)) }).parseFromString(
    several ? `<list>${xml}</list>` : xml,
    "text/xml",
  );
  const root = doc.documentElement;
  if (failed || !root)
    return [{ id: several ? "settings:0" : id, day: null, reason: "Onleesbaar", size: xml.length, ...whoseForm(xml) }];
  if (!several) return [describeOne(root, id)];
  const out: QuarantinedData[] = [];
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === "quarantine")
      out.push(describeOne(n as Element, `settings:${out.length}`));
  }
  return out;
}

/** The settings value without the n-th quarantine element (null when nothing is left). */
export function withoutQuarantined(xml: string, index: number): string | null {
  const pieces = xml.match(/<quarantine\b[\s\S]*?<\/quarantine>|<quarantine\b[^>]*\/>/g) ?? [];
  const rest = pieces.filter((_, i) => i !== index);
  return rest.length === 0 ? null : rest.join("");
}

// Log archive parts. Word on the web limits a custom XML part to about 1 MB, and rewriting a large part on every
// edit is slow. Older log entries therefore move, in chunks, into archive parts that are
// written once and never rewritten; the data part keeps the recent entries and the count of
// archived ones. Entries inside an archive use the data part's namespace, so one reader serves.
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import type { ChangeEntry } from "../log/change-log";
import { changeEntrySchema } from "../log/change-log";
import { readEntry, writeEntry } from "./entry-xml";
import { children, DataPartError, integer, parseXml } from "./xml-reading";

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

// Where the data part lives: a namespaced custom XML part (WordApi 1.4), or, on hosts
// without custom XML parts (Office 2019: WordApi 1.3), the document settings.
// https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection
// https://learn.microsoft.com/javascript/api/office/office.settings
import { ARCHIVE_NAMESPACE, DATA_PART_MAJOR_VERSION, DATA_PART_NAMESPACE, namespaceMajor } from "../domain";
import type { Capabilities } from "./capabilities";

export const SETTINGS_KEY = "handreikingRegie.dataPart";
/** Unreadable data is moved aside under this namespace, never dropped. */
export const QUARANTINE_NAMESPACE = "urn:handreiking-regie:twente:quarantine:1";

export type StorageRef = { kind: "customXml"; partId: string | null } | { kind: "settings" };

export interface StoredPart {
  id: string | null;
  namespaceUri: string;
  xml: string;
}

export interface StoredXml {
  storage: StorageRef;
  /** Our parts in the namespace of this version (normally one). */
  parts: StoredPart[];
  /** Parts of ours written by a newer major version: never overwritten. */
  futureParts: StoredPart[];
  /** Log archive parts (older log entries, see ARCHIVE_NAMESPACE). */
  archives: StoredPart[];
}

export interface PendingPartRead {
  /** Call after the first sync: queues getXml on the parts that are ours. */
  afterFirstSync(): { needsSync: boolean; finish(): StoredXml };
}

export { namespaceMajor } from "../domain";

/**
 * Queues the lookup of the data part; a second sync reads its XML. All parts are listed (not
 * getByNamespace) so a part written by a newer version of the add-in is seen and left alone.
 */
export function queueReadDataPart(context: Word.RequestContext, caps: Capabilities): PendingPartRead {
  if (!caps.customXmlParts) {
    return {
      afterFirstSync: () => ({
        needsSync: false,
        finish: () => {
          const value: unknown = Office.context.document.settings.get(SETTINGS_KEY);
          const parts = typeof value === "string" && value !== "" ? [{ id: null, namespaceUri: DATA_PART_NAMESPACE, xml: value }] : [];
          return { storage: { kind: "settings" }, parts, futureParts: [], archives: [] };
        },
      }),
    };
  }
  const all = context.document.customXmlParts;
  all.load("items/id,items/namespaceUri");
  return {
    afterFirstSync: () => {
      const ours = all.items.filter((p) => namespaceMajor(p.namespaceUri) !== null || p.namespaceUri === ARCHIVE_NAMESPACE);
      const results = ours.map((p) => ({ id: p.id, namespaceUri: p.namespaceUri, xml: p.getXml() }));
      return {
        needsSync: ours.length > 0,
        finish: () => {
          const read = results.map((r) => ({ id: r.id, namespaceUri: r.namespaceUri, xml: r.xml.value }));
          const parts = read.filter((p) => p.namespaceUri === DATA_PART_NAMESPACE);
          const futureParts = read.filter((p) => (namespaceMajor(p.namespaceUri) ?? 0) > DATA_PART_MAJOR_VERSION);
          const archives = read.filter((p) => p.namespaceUri === ARCHIVE_NAMESPACE);
          return { storage: { kind: "customXml", partId: parts[0]?.id ?? null }, parts, futureParts, archives };
        },
      };
    },
  };
}

/**
 * Queues writing the data part in the current batch. Returns how to learn the storage after
 * the sync (a newly added part only has an id then). Settings are persisted after the sync.
 */
export function queueWriteDataPart(context: Word.RequestContext, storage: StorageRef, xml: string): () => StorageRef {
  if (storage.kind === "settings") {
    // Settings are not part of the Word batch: set them only once the batch has succeeded,
    // so a failed round trip leaves no data part describing an edit that never happened.
    return () => {
      Office.context.document.settings.set(SETTINGS_KEY, xml);
      return storage;
    };
  }
  if (storage.partId) {
    context.document.customXmlParts.getItem(storage.partId).setXml(xml);
    return () => storage;
  }
  const part = context.document.customXmlParts.add(xml);
  part.load("id");
  return () => ({ kind: "customXml", partId: part.id });
}

/** Settings only reach the document with saveAsync; custom XML parts need nothing more. */
export function persistSettings(storage: StorageRef): Promise<void> {
  if (storage.kind !== "settings") return Promise.resolve();
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(result.error);
    });
  });
}

// Where the data part lives: a namespaced custom XML part (WordApi 1.4), or, on hosts
// without custom XML parts (Office 2019: WordApi 1.3), the document settings.
// https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection
// https://learn.microsoft.com/javascript/api/office/office.settings
import { DATA_PART_NAMESPACE } from "../domain";
import type { Capabilities } from "./capabilities";

export const SETTINGS_KEY = "handreikingRegie.dataPart";
/** Unreadable data is moved aside under this namespace, never dropped. */
export const QUARANTINE_NAMESPACE = "urn:handreiking-regie:twente:quarantine:1";

export type StorageRef = { kind: "customXml"; partId: string | null } | { kind: "settings" };

export interface PendingPartRead {
  /** Call after the first sync: queues getXml on every part found. */
  afterFirstSync(): { needsSync: boolean; finish(): StoredXml };
}

export interface StoredXml {
  storage: StorageRef;
  /** Raw XML of each part in our namespace (normally one). */
  xmls: string[];
}

/** Queues the lookup of the data part; a second sync reads its XML (custom XML parts only). */
export function queueReadDataPart(context: Word.RequestContext, caps: Capabilities): PendingPartRead {
  if (!caps.customXmlParts) {
    return {
      afterFirstSync: () => ({
        needsSync: false,
        finish: () => {
          const value: unknown = Office.context.document.settings.get(SETTINGS_KEY);
          return { storage: { kind: "settings" }, xmls: typeof value === "string" && value !== "" ? [value] : [] };
        },
      }),
    };
  }
  const parts = context.document.customXmlParts.getByNamespace(DATA_PART_NAMESPACE);
  parts.load("items/id");
  return {
    afterFirstSync: () => {
      const items = parts.items;
      const results = items.map((p) => p.getXml());
      return {
        needsSync: items.length > 0,
        finish: () => ({
          storage: { kind: "customXml", partId: items[0]?.id ?? null },
          xmls: results.map((r) => r.value),
        }),
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
    Office.context.document.settings.set(SETTINGS_KEY, xml);
    return () => storage;
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

// Where the data part lives. ONE place every Word reads: a custom XML part in our namespace.
// - WordApi 1.4 (Microsoft 365, web): Word.CustomXmlPartCollection, inside the Word batch.
//   https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection
// - Word 2019 and other WordApi 1.3 hosts: the Common API Office.context.document.customXmlParts
//   (requirement set CustomXmlParts 1.1, Word 2013 and later): the SAME parts, same format.
//   https://learn.microsoft.com/javascript/api/office/office.customxmlparts
//   https://learn.microsoft.com/javascript/api/office/office.customxmlpart (getXmlAsync, deleteAsync)
//   https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets
//   These calls are not part of a Word batch: they are made only after the batch succeeded.
// - Neither: the add-in's document settings (Office.context.document.settings).
//   https://learn.microsoft.com/javascript/api/office/office.settings
// Older versions of the add-in kept the data in the settings on Word 2019; such a copy is read
// and moved into the part on the next write (see read-form.ts for which copy wins).
import {
  ARCHIVE_NAMESPACE,
  DATA_PART_MAJOR_VERSION,
  DATA_PART_NAMESPACE,
  NAMESPACE_BASE,
  namespaceMajor,
} from "../domain";
import type { Capabilities } from "./capabilities";
import { quarantineSettingsCopy, quarantineXml, SETTINGS_KEY } from "./quarantine";
import { SET_ASIDE_REASON } from "../domain/text/edits";

export { SETTINGS_KEY, QUARANTINE_NAMESPACE } from "./quarantine";

/** What the next write tidies up once the data part itself is written. */
export interface Leftovers {
  /** A copy in the document settings: removed (it holds nothing the part lacks) or moved to quarantine. */
  settingsCopy: "remove" | "quarantine" | null;
  /** Older parts of the same document (an earlier delete that did not happen). */
  staleParts: string[];
  /** XML of a copy that lost to a newer one and is overwritten: kept in a quarantine part. */
  setAside?: string[];
}

export type StorageRef =
  { kind: "customXml" | "commonXml"; partId: string | null; leftovers?: Leftovers } | { kind: "settings" };

export interface StoredPart {
  id: string | null;
  namespaceUri: string;
  xml: string;
}

export interface StoredXml {
  kind: StorageRef["kind"];
  /** Our parts in the namespace of this version (normally one). */
  parts: StoredPart[];
  /** Parts of ours written by a newer major version: never overwritten. */
  futureParts: StoredPart[];
  /** Log archive parts (older log entries, see ARCHIVE_NAMESPACE); empty when they were not read. */
  archives: StoredPart[];
  /** How many archive parts the document holds (read or not). */
  archiveParts: number;
  /** Reads the archive parts when they were left out (readArchives: false); one more round trip. */
  readArchives(): Promise<StoredPart[]>;
  /** The data as kept in the document settings (older add-in on Word 2019), if any. */
  settingsXml: string | null;
}

export interface PendingPartRead {
  /** Call after the first sync: queues getXml on the parts that are ours. */
  afterFirstSync(): { needsSync: boolean; finish(): Promise<StoredXml> };
}

export function storageKindOf(caps: Capabilities): StorageRef["kind"] {
  return caps.customXmlParts ? "customXml" : caps.commonXmlParts ? "commonXml" : "settings";
}

/** Storage for data written for the first time on this host. */
export function freshStorage(caps: Capabilities): StorageRef {
  const kind = storageKindOf(caps);
  return kind === "settings" ? { kind } : { kind, partId: null };
}

export { namespaceMajor } from "../domain";

function settingsXml(): string | null {
  const value: unknown = Office.context.document.settings.get(SETTINGS_KEY);
  return typeof value === "string" && value !== "" ? value : null;
}

/** A Common API call as a promise; a failed AsyncResult rejects with its Office.Error. */
export function commonCall<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error),
    ),
  );
}

/** The Common API lists parts per namespace only: ours, the archive and a few newer majors. */
const FUTURE_MAJORS_PROBED = 3;

async function readCommonArchives(listed: readonly Office.CustomXmlPart[]): Promise<StoredPart[]> {
  return Promise.all(
    listed.map(async (p) => ({
      id: p.id,
      namespaceUri: ARCHIVE_NAMESPACE,
      xml: await commonCall<string>((cb) => p.getXmlAsync(cb)),
    })),
  );
}

async function readCommonParts(withArchives: boolean): Promise<Omit<StoredXml, "kind" | "settingsXml">> {
  const parts = Office.context.document.customXmlParts;
  const namespaces = [
    DATA_PART_NAMESPACE,
    ...Array.from({ length: FUTURE_MAJORS_PROBED }, (_, i) => `${NAMESPACE_BASE}${DATA_PART_MAJOR_VERSION + i + 1}`),
  ];
  const listArchives = commonCall<Office.CustomXmlPart[]>((cb) => parts.getByNamespaceAsync(ARCHIVE_NAMESPACE, cb));
  const found = await Promise.all(
    namespaces.map(async (namespaceUri) => {
      const inNamespace = await commonCall<Office.CustomXmlPart[]>((cb) => parts.getByNamespaceAsync(namespaceUri, cb));
      return Promise.all(
        inNamespace.map(async (p) => ({
          id: p.id,
          namespaceUri,
          xml: await commonCall<string>((cb) => p.getXmlAsync(cb)),
        })),
      );
    }),
  );
  const listed = await listArchives;
  const all = found.flat();
  return {
    parts: all.filter((p) => p.namespaceUri === DATA_PART_NAMESPACE),
    futureParts: all.filter((p) => (namespaceMajor(p.namespaceUri) ?? 0) > DATA_PART_MAJOR_VERSION),
    archives: withArchives ? await readCommonArchives(listed) : [],
    archiveParts: listed.length,
    readArchives: () => readCommonArchives(listed),
  };
}

/**
 * Queues the lookup of the data part; a second sync reads its XML. With the Word API all parts
 * are listed (not getByNamespace) so a part written by a newer version of the add-in is seen and
 * left alone. The Common API read runs beside the Word batch. `readArchives: false` lists the log
 * archive parts without reading them (opening the pane reads only the data part's newest entries).
 */
export function queueReadDataPart(
  context: Word.RequestContext,
  caps: Capabilities,
  options: { readArchives?: boolean } = {},
): PendingPartRead {
  const withArchives = options.readArchives ?? true;
  const kind = storageKindOf(caps);
  if (kind === "settings") {
    return {
      afterFirstSync: () => ({
        needsSync: false,
        finish: () => {
          const xml = settingsXml();
          return Promise.resolve({
            kind,
            parts: xml ? [{ id: null, namespaceUri: DATA_PART_NAMESPACE, xml }] : [],
            futureParts: [],
            archives: [],
            archiveParts: 0,
            readArchives: () => Promise.resolve([]),
            settingsXml: null,
          });
        },
      }),
    };
  }
  if (kind === "commonXml") {
    const reading = readCommonParts(withArchives);
    reading.catch(() => undefined); // awaited in finish(); never an unhandled rejection meanwhile
    return {
      afterFirstSync: () => ({
        needsSync: false,
        finish: async () => ({ kind, ...(await reading), settingsXml: settingsXml() }),
      }),
    };
  }
  const all = context.document.customXmlParts;
  all.load("items/id,items/namespaceUri");
  return {
    afterFirstSync: () => {
      const listedArchives = all.items.filter((p) => p.namespaceUri === ARCHIVE_NAMESPACE);
      const ours = all.items.filter(
        (p) => namespaceMajor(p.namespaceUri) !== null || (withArchives && p.namespaceUri === ARCHIVE_NAMESPACE),
      );
      const results = ours.map((p) => ({ id: p.id, namespaceUri: p.namespaceUri, xml: p.getXml() }));
      const readArchives = async (): Promise<StoredPart[]> => {
        const pending = listedArchives.map((p) => ({ id: p.id, xml: p.getXml() }));
        if (pending.length > 0) await context.sync();
        return pending.map((p) => ({ id: p.id, namespaceUri: ARCHIVE_NAMESPACE, xml: p.xml.value }));
      };
      return {
        needsSync: ours.length > 0,
        finish: () => {
          const read = results.map((r) => ({ id: r.id, namespaceUri: r.namespaceUri, xml: r.xml.value }));
          return Promise.resolve({
            kind,
            parts: read.filter((p) => p.namespaceUri === DATA_PART_NAMESPACE),
            futureParts: read.filter((p) => (namespaceMajor(p.namespaceUri) ?? 0) > DATA_PART_MAJOR_VERSION),
            archives: read.filter((p) => p.namespaceUri === ARCHIVE_NAMESPACE),
            archiveParts: listedArchives.length,
            readArchives,
            settingsXml: settingsXml(),
          });
        },
      };
    },
  };
}

/** Adds a part through the Common API; resolves with its id. */
export async function addCommonPart(xml: string): Promise<string> {
  const part = await commonCall<Office.CustomXmlPart>((cb) => Office.context.document.customXmlParts.addAsync(xml, cb));
  return part.id;
}

/** Deletes a part through the Common API; a part that is gone already counts as deleted. */
export async function deleteCommonPart(id: string): Promise<void> {
  const part = await commonCall<Office.CustomXmlPart | null>((cb) =>
    Office.context.document.customXmlParts.getByIdAsync(id, cb),
  );
  if (part) await commonCall<void>((cb) => part.deleteAsync(cb));
}

export function persistSettings(): Promise<void> {
  return commonCall<void>((cb) => Office.context.document.settings.saveAsync(cb));
}

/** After the part is written: the settings copy goes (or to quarantine). Failing here loses nothing: the next read
 * prefers the part. */
async function tidySettings(leftovers: Leftovers | undefined, now: Date): Promise<void> {
  const copy = leftovers?.settingsCopy;
  if (!copy) return;
  const raw = settingsXml();
  if (raw === null) return;
  if (copy === "quarantine") quarantineSettingsCopy(raw, SET_ASIDE_REASON, now);
  else Office.context.document.settings.remove(SETTINGS_KEY);
  await persistSettings().catch(() => undefined);
}

export interface PendingWrite {
  /** Call once the Word batch has synced: finishes the write outside the batch; resolves with the storage now. */
  afterSync(): Promise<StorageRef>;
}

/**
 * Queues writing the data part (and new archive parts) in the current batch where the Word API
 * can; otherwise writes them after the batch succeeded, so a failed batch leaves no data part
 * describing an edit that never happened.
 */
export function queueWriteDataPart(
  context: Word.RequestContext,
  storage: StorageRef,
  xml: string,
  archives: readonly string[] = [],
  now: Date = new Date(),
): PendingWrite {
  if (storage.kind === "settings") {
    return {
      afterSync: async () => {
        Office.context.document.settings.set(SETTINGS_KEY, xml);
        await persistSettings();
        return storage;
      },
    };
  }
  if (storage.kind === "customXml") {
    const parts = context.document.customXmlParts;
    for (const a of archives) parts.add(a);
    for (const id of storage.leftovers?.staleParts ?? []) parts.getItem(id).delete();
    for (const x of storage.leftovers?.setAside ?? []) parts.add(quarantineXml(x, SET_ASIDE_REASON, now));
    let part: Word.CustomXmlPart | null = null;
    if (storage.partId) parts.getItem(storage.partId).setXml(xml);
    else {
      part = parts.add(xml);
      part.load("id");
    }
    return {
      afterSync: async () => {
        await tidySettings(storage.leftovers, now);
        return { kind: "customXml", partId: part ? part.id : storage.partId };
      },
    };
  }
  return { afterSync: () => writeCommon(storage.partId, storage.leftovers, xml, archives, now) };
}

/**
 * The Common API has no setXml on a part: the new part is added first, then the old one deleted.
 * - add fails: the data goes into the settings instead (the next read prefers the copy that
 *   agrees with the visible log, and moves it into a part); only if that fails too is it an error;
 * - delete fails: two parts of the same document; the next read takes the newer, the next write
 *   deletes the older.
 */
async function writeCommon(
  oldId: string | null,
  leftovers: Leftovers | undefined,
  xml: string,
  archives: readonly string[],
  now: Date,
): Promise<StorageRef> {
  for (const a of archives) await addCommonPart(a);
  let newId: string;
  try {
    newId = await addCommonPart(xml);
  } catch {
    Office.context.document.settings.set(SETTINGS_KEY, xml);
    await persistSettings();
    return {
      kind: "commonXml",
      partId: oldId,
      leftovers: {
        settingsCopy: "remove",
        staleParts: leftovers?.staleParts ?? [],
        setAside: leftovers?.setAside ?? [],
      },
    };
  }
  for (const x of leftovers?.setAside ?? []) await addCommonPart(quarantineXml(x, SET_ASIDE_REASON, now));
  const stale: string[] = [];
  for (const id of [...(oldId ? [oldId] : []), ...(leftovers?.staleParts ?? [])]) {
    await deleteCommonPart(id).catch(() => stale.push(id));
  }
  await tidySettings(leftovers, now);
  return {
    kind: "commonXml",
    partId: newId,
    ...(stale.length > 0 ? { leftovers: { settingsCopy: null, staleParts: stale } } : {}),
  };
}

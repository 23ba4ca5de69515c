// The hidden parts of the open document, for the "Verborgen gegevens" check before sending:
// the data part, the log and its archive parts (read as readForm reads them), and the data the
// repair set aside (quarantine, see repair.ts) — in custom XML parts (Word API, or the Common API
// on Word 2019), or in the add-in's settings. Quarantined data can be removed; the removal is logged.
// https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection#word-word-customxmlpartcollection-getbynamespace-member(1)
import {
  createEntry,
  quarantineRemovedEntry,
  describeHiddenData,
  describeQuarantine,
  withoutQuarantined,
  type HiddenData,
  type QuarantinedData,
} from "../domain";
import type { Capabilities } from "./capabilities";
import { commit, type FormHandle } from "./commit";
import type { EditContext } from "./edits";
import { WordLayerError } from "./errors";
import { readForm } from "./read-form";
import { QUARANTINE_SETTINGS_KEY } from "./repair";
import {
  addCommonPart,
  commonCall,
  deleteCommonPart,
  persistSettings,
  QUARANTINE_NAMESPACE,
  storageKindOf,
} from "./storage";

/** Quarantined data in Common API parts (Word 2019): id and XML. */
async function readCommonQuarantine(): Promise<Array<{ id: string; xml: string }>> {
  const parts = await commonCall<Office.CustomXmlPart[]>((cb) =>
    Office.context.document.customXmlParts.getByNamespaceAsync(QUARANTINE_NAMESPACE, cb),
  );
  return Promise.all(parts.map(async (p) => ({ id: p.id, xml: await commonCall<string>((cb) => p.getXmlAsync(cb)) })));
}

/** One piece of quarantined data, described, with the XML it was read from (to put back if removing fails). */
interface Quarantined {
  data: QuarantinedData;
  raw: string;
}

/**
 * The quarantined data, described: in custom XML parts (Word API: two syncs; Common API on Word
 * 2019: beside the batch) and in the settings, where a copy the older add-in kept there is set aside.
 */
async function readQuarantine(context: Word.RequestContext, caps: Capabilities): Promise<Quarantined[]> {
  const described = (parts: Array<{ id: string; xml: string }>): Quarantined[] =>
    parts.flatMap((p) => describeQuarantine(p.xml, p.id).map((data) => ({ data, raw: p.xml })));
  const value: unknown = Office.context.document.settings.get(QUARANTINE_SETTINGS_KEY);
  const inSettings = typeof value === "string" && value !== "" ? described([{ id: "settings", xml: value }]) : [];
  const kind = storageKindOf(caps);
  if (kind === "commonXml") return [...described(await readCommonQuarantine()), ...inSettings];
  if (kind === "settings") return inSettings;
  const parts = context.document.customXmlParts.getByNamespace(QUARANTINE_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const xml = parts.items.map((p) => ({ id: p.id, xml: p.getXml() }));
  if (xml.length > 0) await context.sync();
  return [...described(xml.map((p) => ({ id: p.id, xml: p.xml.value }))), ...inSettings];
}

export async function readHiddenData(context: Word.RequestContext, caps: Capabilities): Promise<HiddenData> {
  const read = await readForm(context, caps);
  const data = read.data.status === "ok" ? read.data.data : read.data.status === "several" ? read.data.data : null;
  return describeHiddenData({
    dataPartXml: read.parts.map((p) => p.xml),
    data,
    archive: read.archive,
    quarantine: (await readQuarantine(context, caps)).map((q) => q.data),
  });
}

/**
 * Removes one piece of quarantined data and logs it, in one batch with the log row and the data
 * part. The log names its size and day only: never whose form it seemed to be (that would put
 * another family's details into this document's log).
 */
export async function removeQuarantined(
  context: Word.RequestContext,
  handle: FormHandle,
  caps: Capabilities,
  id: string,
  who: EditContext,
): Promise<FormHandle> {
  const found = (await readQuarantine(context, caps)).find((q) => q.data.id === id);
  if (!found) throw new WordLayerError("notFound", { code: "quarantineGone" });
  let restore: (() => Promise<void>) | null = null;
  if (id.startsWith("settings:")) {
    const settings = Office.context.document.settings;
    const before: unknown = settings.get(QUARANTINE_SETTINGS_KEY);
    const rest = withoutQuarantined(typeof before === "string" ? before : "", Number(id.slice("settings:".length)));
    if (rest === null) settings.remove(QUARANTINE_SETTINGS_KEY);
    else settings.set(QUARANTINE_SETTINGS_KEY, rest);
    restore = () => {
      settings.set(QUARANTINE_SETTINGS_KEY, before);
      return Promise.resolve();
    };
  } else if (storageKindOf(caps) === "commonXml") {
    // The Common API is not part of the Word batch: delete first, put it back if logging fails.
    await deleteCommonPart(id);
    const raw = found.raw;
    restore = () => addCommonPart(raw).then(() => undefined);
  } else {
    context.document.customXmlParts.getItem(id).delete();
  }
  const now = who.now ?? new Date();
  const entry = createEntry(quarantineRemovedEntry(found.data), who.signer, now, who.random);
  try {
    const next = await commit(context, handle, { ...handle.data, changeLog: [...handle.data.changeLog, entry] }, [
      entry,
    ]);
    // settings reach the file only with saveAsync; commit saved them already when the data part lives there
    if (id.startsWith("settings:") && next.storage.kind !== "settings") await persistSettings();
    return next;
  } catch (error) {
    await restore?.().catch(() => undefined);
    throw error;
  }
}

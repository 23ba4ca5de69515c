// The hidden parts of the open document, for the "Verborgen gegevens" check before sending:
// the data part, the log and its archive parts (read as readForm reads them), and the data the
// repair set aside (quarantine, see repair.ts) — in custom XML parts (WordApi 1.4), or in the
// add-in's settings on Office 2019. Quarantined data can be removed; the removal is logged.
// https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection#word-word-customxmlpartcollection-getbynamespace-member(1)
import { createEntry, describeHiddenData, formatSize, describeQuarantine, withoutQuarantined, type HiddenData, type QuarantinedData } from "../domain";
import type { Capabilities } from "./capabilities";
import { commit, type FormHandle } from "./commit";
import type { EditContext } from "./edits";
import { WordLayerError } from "./errors";
import { readForm } from "./read-form";
import { QUARANTINE_SETTINGS_KEY } from "./repair";
import { persistSettings, QUARANTINE_NAMESPACE } from "./storage";

/** The quarantined data, described (two syncs where it lives in custom XML parts, none in the settings). */
async function readQuarantine(context: Word.RequestContext, caps: Capabilities): Promise<QuarantinedData[]> {
  if (!caps.customXmlParts) {
    const value: unknown = Office.context.document.settings.get(QUARANTINE_SETTINGS_KEY);
    return typeof value === "string" && value !== "" ? describeQuarantine(value, "settings") : [];
  }
  const parts = context.document.customXmlParts.getByNamespace(QUARANTINE_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const xml = parts.items.map((p) => ({ id: p.id, xml: p.getXml() }));
  if (xml.length > 0) await context.sync();
  return xml.flatMap((p) => describeQuarantine(p.xml.value, p.id));
}

export async function readHiddenData(context: Word.RequestContext, caps: Capabilities): Promise<HiddenData> {
  const read = await readForm(context, caps);
  const data = read.data.status === "ok" ? read.data.data : read.data.status === "several" ? read.data.data : null;
  return describeHiddenData({ dataPartXml: read.parts.map((p) => p.xml), data, archive: read.archive, quarantine: await readQuarantine(context, caps) });
}

/**
 * Removes one piece of quarantined data and logs it, in one batch with the log row and the data
 * part. The log names its size and day only: never whose form it seemed to be (that would put
 * another family's details into this document's log).
 */
export async function removeQuarantined(context: Word.RequestContext, handle: FormHandle, caps: Capabilities, id: string, who: EditContext): Promise<FormHandle> {
  const found = (await readQuarantine(context, caps)).find((q) => q.id === id);
  if (!found) throw new WordLayerError("notFound", "Deze apart bewaarde gegevens staan niet (meer) in het document.");
  let restore: (() => void) | null = null;
  if (id.startsWith("settings:")) {
    const settings = Office.context.document.settings;
    const before: unknown = settings.get(QUARANTINE_SETTINGS_KEY);
    const rest = withoutQuarantined(typeof before === "string" ? before : "", Number(id.slice("settings:".length)));
    if (rest === null) settings.remove(QUARANTINE_SETTINGS_KEY);
    else settings.set(QUARANTINE_SETTINGS_KEY, rest);
    restore = () => settings.set(QUARANTINE_SETTINGS_KEY, before);
  } else {
    context.document.customXmlParts.getItem(id).delete();
  }
  const now = who.now ?? new Date();
  const entry = createEntry(
    { kind: "repair", description: `Apart bewaarde gegevens verwijderd (${formatSize(found.size)}${found.day ? `, apart gezet op ${found.day}` : ""}).` },
    who.signer,
    now,
    who.random,
  );
  try {
    const next = await commit(context, handle, { ...handle.data, changeLog: [...handle.data.changeLog, entry] }, [entry]);
    // settings reach the file only with saveAsync; commit saved them already when the data part lives there
    if (restore && next.storage.kind !== "settings") await persistSettings({ kind: "settings" });
    return next;
  } catch (error) {
    restore?.();
    throw error;
  }
}

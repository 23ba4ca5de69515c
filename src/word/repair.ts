// Repairs what hands did to the form, each repair logged, nothing dropped:
// - a box control removed: the answer cell is wrapped again, with the text that is there;
// - the data part missing or unreadable: rebuilt from the visible log and the boxes; the
//   unreadable text is kept in a quarantine part (or setting), never deleted silently;
// - several data parts: the first readable one stays, the others go to quarantine;
// - the visible log edited or removed: rewritten from the data part; edited rows are kept
//   in the repair entry;
// - a box copied by hand: the copy stops being a box (its text stays).
// One read (2 syncs) and one write batch (1 sync).
import {
  createEntry,
  fromTableRow,
  newDataPart,
  parseBoxTag,
  parseDataPart,
  TEMPLATE,
  toTableRow,
  findField,
  type ChangeEntry,
  type DataPart,
} from "../domain";
import type { Capabilities } from "./capabilities";
import { commit, type FormHandle } from "./commit";
import { lockControl, makeBox } from "./controls";
import { WordLayerError } from "./errors";
import type { EditContext } from "./edits";
import { readForm, type FormRead } from "./read-form";
import { quarantineSettingsCopy, quarantineXml } from "./quarantine";
import { addCommonPart, deleteCommonPart, freshStorage, type Leftovers, type StorageRef } from "./storage";
import { TAG_LOG, TAG_STATIC } from "./tags";
import { logTableEdited } from "./view";

export { QUARANTINE_SETTINGS_KEY, quarantineXml } from "./quarantine";

/** Box keys in document order, grouped into row orders per rows field. */
function rowOrderFromBoxes(read: FormRead): Record<string, string[]> {
  const order: Record<string, string[]> = {};
  for (const key of Object.keys(read.boxes)) {
    const ref = parseBoxTag(`hr:${key}`);
    if (!ref?.rowKey) continue;
    const keys = (order[ref.fieldId] ??= []);
    if (!keys.includes(ref.rowKey)) keys.push(ref.rowKey);
  }
  return order;
}

function rebuildData(read: FormRead): { data: DataPart; notes: string[] } {
  const notes: string[] = [];
  const log: ChangeEntry[] = [];
  let bad = 0;
  for (const row of read.logRows ?? []) {
    const parsed = fromTableRow(row);
    if (parsed.ok && !log.some((e) => e.id === parsed.entry.id)) log.push(parsed.entry);
    else bad += 1;
  }
  notes.push(`${log.length} regels uit het zichtbare logboek overgenomen${bad > 0 ? `, ${bad} onleesbaar (ze blijven zichtbaar staan)` : ""}.`);
  const lastAttributed = Object.fromEntries(Object.entries(read.boxes).map(([k, b]) => [k, b.text]));
  notes.push("De tekst in de vakken is overgenomen zoals die er nu staat; wie eerdere wijzigingen deed staat alleen in het logboek.");
  const data: DataPart = { ...newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version }), lastAttributed, rowOrder: rowOrderFromBoxes(read), changeLog: log };
  return { data, notes };
}

export async function repairForm(context: Word.RequestContext, caps: Capabilities, who: EditContext): Promise<FormHandle> {
  const read = await readForm(context, caps);
  if (read.kind !== "form") throw new WordLayerError("notFound", "Dit document is nog geen formulier; er is niets te herstellen.");
  if (read.data.status === "future") throw new WordLayerError("notSupported", "Dit document is gemaakt met een nieuwere versie van de invoegtoepassing; herstellen zou gegevens kunnen beschadigen.");
  const now = who.now ?? new Date();
  const repairs: string[] = [];
  let before: string | undefined;

  // 1. The data part.
  let data: DataPart;
  const readable = read.parts.map((p) => ({ part: p, parsed: parseDataPart(p.xml) }));
  const keep = readable.find((r) => r.parsed.ok);
  const damaged = readable.filter((r) => r !== keep);
  const base = read.storage;
  let settingsCopy: Leftovers["settingsCopy"] = base.kind === "settings" ? null : (base.leftovers?.settingsCopy ?? null);
  const commonQuarantine: Array<{ id: string; xml: string }> = [];
  for (const { part, parsed } of damaged) {
    const reason = parsed.ok ? "Tweede set formuliergegevens in hetzelfde document" : parsed.error;
    if (base.kind === "settings") quarantineSettingsCopy(part.xml, reason, now);
    else if (!part.id) settingsCopy = "quarantine"; // the copy in the settings: moved aside after the part is written
    else if (base.kind === "customXml") {
      context.document.customXmlParts.add(quarantineXml(part.xml, reason, now));
      context.document.customXmlParts.getItem(part.id).delete();
    } else commonQuarantine.push({ id: part.id, xml: quarantineXml(part.xml, reason, now) });
    repairs.push(parsed.ok ? "Extra formuliergegevens apart bewaard." : "Beschadigde formuliergegevens apart bewaard (niet verwijderd).");
  }
  if (keep?.parsed.ok) {
    data = keep.parsed.data;
  } else {
    const rebuilt = rebuildData(read);
    data = rebuilt.data;
    repairs.push(`Formuliergegevens opnieuw opgebouwd. ${rebuilt.notes.join(" ")}`);
  }
  const kept: StorageRef = keep?.parsed.ok ? base : freshStorage(caps);
  const storage: StorageRef = kept.kind === "settings" ? kept : { ...kept, leftovers: { settingsCopy, staleParts: kept.leftovers?.staleParts ?? [] } };

  // 2. Box controls removed by hand: wrap the answer cell again.
  const tables = read.proxies.tables;
  for (const key of Object.keys(data.lastAttributed).filter((k) => !(k in read.boxes))) {
    const [fieldId = "", rowKey, columnId] = key.split(".");
    const field = findField(fieldId)?.field;
    if (!field) continue;
    if (!rowKey) {
      const plan = read.documentMap.tables.find((t) => t.kind === "fields" && t.rows.some((r) => r.fieldId === fieldId));
      const row = plan?.kind === "fields" ? plan.rows.find((r) => r.fieldId === fieldId) : undefined;
      if (!plan || !row) continue;
      makeBox(tables.items[plan.tableIndex]!.getCell(row.row, 1).body.insertContentControl(), key, field.label, caps.placeholders ? field.hint : null);
    } else {
      const plan = read.documentMap.tables.find((t) => t.kind === "rows" && t.fieldId === fieldId);
      const rowIndex = (data.rowOrder[fieldId] ?? []).indexOf(rowKey);
      const col = (field.columns ?? []).findIndex((c) => c.id === columnId);
      if (!plan || rowIndex < 0 || col < 0) continue;
      makeBox(tables.items[plan.tableIndex]!.getCell(rowIndex + 1, col).body.insertContentControl(), key, `${field.label}: ${field.columns?.[col]?.label ?? ""}`, "");
    }
    repairs.push(`Vak hersteld: ${field.label}.`);
  }

  // 3. Copies of a box: no longer a box, the text stays.
  for (const id of read.duplicateIds) {
    const cc = context.document.contentControls.getById(id);
    cc.cannotDelete = false;
    cc.delete(true);
  }
  if (read.duplicateIds.length > 0) repairs.push(`${read.duplicateIds.length} gekopieerde vakken zijn weer gewone tekst (de tekst is gebleven).`);

  // 4. The visible log: rewritten from the data part when removed or edited.
  const expectedRows = data.changeLog.map((e) => toTableRow(e));
  if (!read.hasLogTable) {
    const body = context.document.body;
    lockControl(body.insertParagraph(TEMPLATE.changeLog.title, "End").insertContentControl(), TAG_STATIC);
    lockControl(body.insertTable(1 + expectedRows.length, 5, "End", [TEMPLATE.changeLog.columns, ...expectedRows]).insertContentControl(), TAG_LOG);
    repairs.push("Het zichtbare wijzigingslogboek is teruggezet.");
  } else if (keep?.parsed.ok && read.logRows && logTableEdited(read.logRows, data)) {
    before = read.logRows.map((r) => r.join(" | ")).join("\n");
    const logControl = context.document.contentControls.getByTag(TAG_LOG).getFirst();
    logControl.cannotEdit = false;
    const table = logControl.tables.getFirst();
    const shownRows = read.logRows.length;
    if (shownRows > 0) table.deleteRows(1, shownRows);
    if (expectedRows.length > 0) table.addRows("End", expectedRows.length, expectedRows);
    logControl.cannotEdit = true;
    repairs.push("Het met de hand gewijzigde wijzigingslogboek is teruggezet; de gewijzigde regels staan hieronder bij ‘voor’.");
  }

  if (repairs.length === 0) return { data, storage, archive: read.archive };
  const entries = repairs.map((description, i) =>
    createEntry({ kind: "repair", description, ...(i === repairs.length - 1 && before !== undefined ? { before } : {}) }, who.signer, now, who.random),
  );
  const unique: ChangeEntry[] = [];
  for (const e of entries) unique.push(unique.some((u) => u.id === e.id) ? { ...e, id: `${e.id}-${unique.length}` } : e);
  const next: DataPart = { ...data, changeLog: [...data.changeLog, ...unique] };
  const handle = await commit(context, { data, storage, archive: keep?.parsed.ok ? read.archive : undefined }, next, unique, now);
  // Common API parts (Word 2019) are not part of the batch: moved aside once the data is written.
  for (const q of commonQuarantine) {
    await addCommonPart(q.xml);
    await deleteCommonPart(q.id);
  }
  return handle;
}

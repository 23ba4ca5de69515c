// Repairs what hands did to the form, each repair logged, nothing dropped:
// - a box control removed: the answer cell is wrapped again, with the text that is there;
// - the data part missing or unreadable: rebuilt from the visible log and the boxes; the
//   unreadable text is kept in a quarantine part (or setting), never deleted silently;
// - several data parts: the first readable one stays, the others go to quarantine;
// - the visible log and the data part disagree: the user says which is right (never taken
//   silently); the other side is kept whole in the repair entry (evidence);
// - the chain found changes made outside the add-in that cannot be undone: the repair records
//   that they were seen (chainReset, the findings as evidence) and checking starts again;
// - a box copied by hand: the copy stops being a box (its text stays).
// One read (2 syncs) and one write batch (1 sync).
import {
  acknowledgementsOf,
  ARCHIVED_DIFFERENCE,
  checkChain,
  checkLog,
  createEntry,
  logFromVisible,
  rebuildData,
  splitBoxKey,
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
import { CHOOSE_LOG_SIDE, type LogSide } from "./gateway";
import { readForm } from "./read-form";
import { quarantineSettingsCopy, quarantineXml } from "./quarantine";
import { addCommonPart, deleteCommonPart, freshStorage, type Leftovers, type StorageRef } from "./storage";
import { TAG_LOG, TAG_STATIC } from "./tags";
import { restoreControls } from "./restore-controls";

export { QUARANTINE_SETTINGS_KEY, quarantineXml } from "./quarantine";

export async function repairForm(
  context: Word.RequestContext,
  caps: Capabilities,
  who: EditContext,
  logSide?: LogSide,
): Promise<FormHandle> {
  const read = await readForm(context, caps);
  if (read.kind !== "form")
    throw new WordLayerError("notFound", "Dit document is nog geen formulier; er is niets te herstellen.");
  if (read.data.status === "future")
    throw new WordLayerError(
      "notSupported",
      "Dit document is gemaakt met een nieuwere versie van de invoegtoepassing; herstellen zou gegevens kunnen beschadigen.",
    );
  const now = who.now ?? new Date();
  const repairs: string[] = [];
  let evidence: string | undefined;
  let chainReset = false;
  /** Repair entries that carry their own before/after (text outside the boxes). */
  const extra: { description: string; before?: string; after?: string }[] = [];

  // 1. The data part.
  let data: DataPart;
  const readable = read.parts.map((p) => ({ part: p, parsed: parseDataPart(p.xml) }));
  const keep = readable.find((r) => r.parsed.ok);
  const damaged = readable.filter((r) => r !== keep);
  const base = read.storage;
  let settingsCopy: Leftovers["settingsCopy"] =
    base.kind === "settings" ? null : (base.leftovers?.settingsCopy ?? null);
  const commonQuarantine: Array<{ id: string; xml: string }> = [];
  for (const { part, parsed } of damaged) {
    const reason = parsed.ok ? "Tweede set formuliergegevens in hetzelfde document" : parsed.error;
    if (base.kind === "settings") quarantineSettingsCopy(part.xml, reason, now);
    else if (!part.id)
      settingsCopy = "quarantine"; // the copy in the settings: moved aside after the part is written
    else if (base.kind === "customXml") {
      context.document.customXmlParts.add(quarantineXml(part.xml, reason, now));
      context.document.customXmlParts.getItem(part.id).delete();
    } else commonQuarantine.push({ id: part.id, xml: quarantineXml(part.xml, reason, now) });
    repairs.push(
      parsed.ok
        ? "Extra formuliergegevens apart bewaard."
        : "Beschadigde formuliergegevens apart bewaard (niet verwijderd).",
    );
  }
  if (keep?.parsed.ok) {
    data = keep.parsed.data;
  } else {
    const rebuilt = rebuildData(
      read.logRows,
      Object.fromEntries(Object.entries(read.boxes).map(([k, b]) => [k, b.text])),
    );
    data = rebuilt.data;
    repairs.push(`Formuliergegevens opnieuw opgebouwd. ${rebuilt.notes.join(" ")}`);
  }
  const kept: StorageRef = keep?.parsed.ok ? base : freshStorage(caps);
  const storage: StorageRef =
    kept.kind === "settings"
      ? kept
      : { ...kept, leftovers: { settingsCopy, staleParts: kept.leftovers?.staleParts ?? [] } };

  // 2. Every control stripped (LibreOffice): rebuilt from the template, text outside the boxes reported.
  if (read.stripped) {
    const restored = await restoreControls(context, read, data, caps, !keep?.parsed.ok, who.random);
    data = restored.data;
    extra.push(...restored.notes);
  }
  // Box controls removed by hand: wrap the answer cell again.
  const tables = read.proxies.tables;
  for (const key of read.stripped ? [] : Object.keys(data.lastAttributed).filter((k) => !(k in read.boxes))) {
    const { fieldId, rowKey, columnId } = splitBoxKey(key);
    const field = findField(fieldId)?.field;
    if (!field) continue;
    if (!rowKey) {
      const plan = read.documentMap.tables.find(
        (t) => t.kind === "fields" && t.rows.some((r) => r.fieldId === fieldId),
      );
      const row = plan?.kind === "fields" ? plan.rows.find((r) => r.fieldId === fieldId) : undefined;
      if (!plan || !row) continue;
      makeBox(
        tables.items[plan.tableIndex]!.getCell(row.row, 1).body.insertContentControl(),
        key,
        field.label,
        caps.placeholders ? field.hint : null,
      );
    } else {
      const plan = read.documentMap.tables.find((t) => t.kind === "rows" && t.fieldId === fieldId);
      const rowIndex = (data.rowOrder[fieldId] ?? []).indexOf(rowKey);
      const col = (field.columns ?? []).findIndex((c) => c.id === columnId);
      if (!plan || rowIndex < 0 || col < 0) continue;
      makeBox(
        tables.items[plan.tableIndex]!.getCell(rowIndex + 1, col).body.insertContentControl(),
        key,
        `${field.label}: ${field.columns?.[col]?.label ?? ""}`,
        "",
      );
    }
    repairs.push(`Vak hersteld: ${field.label}.`);
  }

  // 3. Copies of a box: no longer a box, the text stays.
  for (const id of read.duplicateIds) {
    const cc = context.document.contentControls.getById(id);
    cc.cannotDelete = false;
    cc.delete(true);
  }
  if (read.duplicateIds.length > 0)
    repairs.push(`${read.duplicateIds.length} gekopieerde vakken zijn weer gewone tekst (de tekst is gebleven).`);

  // 4. The visible log: rewritten from the data part when removed or edited.
  const expectedRows = data.changeLog.map((e) => toTableRow(e));
  if (!read.hasLogTable && !(read.stripped && read.logRows)) {
    const body = context.document.body;
    lockControl(body.insertParagraph(TEMPLATE.changeLog.title, "End").insertContentControl(), TAG_STATIC);
    lockControl(
      body
        .insertTable(1 + expectedRows.length, 5, "End", [TEMPLATE.changeLog.columns, ...expectedRows])
        .insertContentControl(),
      TAG_LOG,
    );
    repairs.push("Het zichtbare wijzigingslogboek is teruggezet.");
  } else if (keep?.parsed.ok && read.logRows) {
    const check = await checkLog(data, read.logRows);
    const seen = check.findings.filter((f) => f.id !== "unsealedTail");
    if (check.difference && !logSide) throw new WordLayerError("invalid", CHOOSE_LOG_SIDE);
    if (check.difference && logSide === "data") {
      evidence = check.difference.visibleRows.map((r) => r.join(" | ")).join("\n");
      const logControl = context.document.contentControls.getByTag(TAG_LOG).getFirst();
      logControl.cannotEdit = false;
      const table = logControl.tables.getFirst();
      const shownRows = read.logRows.length;
      if (shownRows > 0) table.deleteRows(1, shownRows);
      if (expectedRows.length > 0) table.addRows("End", expectedRows.length, expectedRows);
      logControl.cannotEdit = true;
      repairs.push(
        "Gekozen: het verborgen gegevensdeel klopt. Het zichtbare wijzigingslogboek is daarnaar teruggezet; de afwijkende regels van het zichtbare logboek staan volledig in de gegevens van deze regel.",
      );
    } else if (check.difference && logSide === "visible") {
      const rebuilt = logFromVisible(data, check, read.archive.count);
      if (!rebuilt) throw new WordLayerError("notSupported", ARCHIVED_DIFFERENCE);
      evidence = rebuilt.evidence;
      data = { ...data, changeLog: rebuilt.log };
      repairs.push(
        "Gekozen: het zichtbare logboek klopt. Het verborgen gegevensdeel is daarnaar aangepast; de afwijkende regels van het gegevensdeel staan volledig in de gegevens van deze regel.",
      );
    }
    if (seen.length > 0) {
      chainReset = true;
      const found = seen.map((f) => f.message).join("\n");
      evidence = evidence === undefined ? found : `${found}\n${evidence}`;
      if (!check.difference)
        repairs.push(
          "Gezien: wijzigingen buiten de invoegtoepassing (zie de gegevens van deze regel). Ze zijn niet ongedaan gemaakt; vanaf hier wordt het logboek opnieuw gecontroleerd.",
        );
    }
  }

  if (repairs.length === 0 && extra.length === 0) return { data, storage, archive: read.archive };
  // The reset names each break it accepts, as found now: it accepts those and nothing else (issue 27).
  const acknowledges = chainReset
    ? acknowledgementsOf(data.changeLog, await checkChain(data.changeLog, false, data.sealedFrom))
    : [];
  const entries = [
    ...extra.map((e) => createEntry({ kind: "repair", ...e }, who.signer, now, who.random)),
    ...repairs.map((description, i) => {
      const entry = createEntry({ kind: "repair", description }, who.signer, now, who.random);
      if (i < repairs.length - 1) return entry;
      // The other side, whole: never shortened like before/after.
      return {
        ...entry,
        ...(evidence !== undefined ? { evidence } : {}),
        ...(chainReset ? { chainReset, acknowledges } : {}),
      };
    }),
  ];
  const unique: ChangeEntry[] = [];
  for (const e of entries)
    unique.push(unique.some((u) => u.id === e.id) ? { ...e, id: `${e.id}-${unique.length}` } : e);
  const next: DataPart = { ...data, changeLog: [...data.changeLog, ...unique] };
  const handle = await commit(
    context,
    { data, storage, archive: keep?.parsed.ok ? read.archive : undefined },
    next,
    unique,
    now,
  );
  // Common API parts (Word 2019) are not part of the batch: moved aside once the data is written.
  for (const q of commonQuarantine) {
    await addCommonPart(q.xml);
    await deleteCommonPart(q.id);
  }
  return handle;
}

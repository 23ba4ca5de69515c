// Repairs what hands did to the form, each repair logged, nothing dropped. What is repaired is
// decided in src/domain/plans/repair-plan.ts; here: read (the form, 2 syncs; a stripped form's
// answer cells, 1 more) and apply (one batch, 1 sync).
import { planRepair, refusal, type RepairOp, type RepairPlan, type RepairSnapshot } from "../domain/plans/repair-plan";
import type { Capabilities } from "./capabilities";
import { commit, type FormHandle } from "./commit";
import { lockControl } from "./controls";
import { queueCellOp, type OpTargets } from "./apply-cell-ops";
import { WordLayerError } from "./errors";
import type { EditContext } from "./edits";
import type { LogSide } from "./gateway";
import { readForm, type FormRead } from "./read-form";
import { quarantineSettingsCopy } from "./quarantine";
import { readRestore } from "./restore-controls";
import { addCommonPart, deleteCommonPart, freshStorage, type StorageRef } from "./storage";
import { TAG_LOG, TAG_STATIC } from "./tags";

export { QUARANTINE_SETTINGS_KEY, quarantineXml } from "./quarantine";

interface RepairRead {
  form: FormRead;
  snapshot: RepairSnapshot;
  targets: OpTargets;
}

/** The form as the plan needs it: plain data, and the proxies its operations address. */
export async function readForRepair(context: Word.RequestContext, caps: Capabilities): Promise<RepairRead> {
  const form = await readForm(context, caps);
  const targets: OpTargets = form.proxies;
  const usable = form.kind === "form" && form.data.status !== "future";
  const restore = usable && form.stripped ? await readRestore(context, form) : null;
  const snapshot: RepairSnapshot = {
    kind: form.kind,
    future: form.data.status === "future",
    parts: form.parts.map((p) => ({ id: p.id, xml: p.xml })),
    storageKind: form.storage.kind,
    boxes: Object.fromEntries(Object.entries(form.boxes).map(([k, b]) => [k, b.text])),
    duplicateIds: form.duplicateIds,
    hasLogTable: form.hasLogTable,
    logRows: form.logRows,
    archiveCount: form.archive.count,
    documentMap: form.documentMap,
    stripped: restore?.snapshot ?? null,
  };
  return { form, snapshot, targets: restore ? { ...targets, cells: restore.cells } : targets };
}

export async function repairForm(
  context: Word.RequestContext,
  caps: Capabilities,
  who: EditContext,
  logSide?: LogSide,
): Promise<FormHandle> {
  const read = await readForRepair(context, caps);
  const now = who.now ?? new Date();
  const input = { logSide, signer: who.signer, now, random: who.random, placeholders: caps.placeholders };
  const plan = read.snapshot.kind === "form" ? await planRepair(read.snapshot, input) : refusal("notForm");
  if (plan.kind === "refused") throw new WordLayerError(plan.errorKind, { code: "repair", refusal: plan.refusal });
  return applyRepair(context, caps, read, plan, now);
}

/** Where the repaired data goes: the kept part, or fresh storage when it was rebuilt. */
function storageAfter(base: StorageRef, caps: Capabilities, plan: Extract<RepairPlan, { kind: "repair" }>): StorageRef {
  const kept = plan.dataKept ? base : freshStorage(caps);
  if (kept.kind === "settings") return kept;
  const previous = base.kind === "settings" ? null : (base.leftovers?.settingsCopy ?? null);
  const settingsCopy = plan.settingsCopyToQuarantine ? "quarantine" : previous;
  return { ...kept, leftovers: { settingsCopy, staleParts: kept.leftovers?.staleParts ?? [] } };
}

/** Queues the plan's operations and the repair entries in one batch; Word 2019's parts move aside after it. */
export async function applyRepair(
  context: Word.RequestContext,
  caps: Capabilities,
  read: RepairRead,
  plan: Extract<RepairPlan, { kind: "repair" }>,
  now: Date,
): Promise<FormHandle> {
  const storage = storageAfter(read.form.storage, caps, plan);
  if (!plan.write) return { data: plan.data, storage, archive: read.form.archive };
  const later: Extract<RepairOp, { op: "setAside" }>[] = [];
  for (const op of plan.operations) {
    if (op.op === "setAside" && op.partId !== null && read.snapshot.storageKind === "commonXml") later.push(op);
    else queueRepairOp(context, read.targets, op, now);
  }
  const archive = plan.dataKept ? read.form.archive : undefined;
  const handle = await commit(context, { data: plan.data, storage, archive }, plan.write.next, plan.write.entries, now);
  // Common API parts (Word 2019) are not part of the batch: moved aside once the data is written.
  for (const op of later) {
    await addCommonPart(op.xml);
    await deleteCommonPart(op.partId!);
  }
  return handle;
}

function queueRepairOp(context: Word.RequestContext, targets: OpTargets, op: RepairOp, now: Date): void {
  const document = context.document;
  switch (op.op) {
    case "setAside":
      if (op.partId === null) quarantineSettingsCopy(op.raw, op.reason, now);
      else {
        document.customXmlParts.add(op.xml);
        document.customXmlParts.getItem(op.partId).delete();
      }
      return;
    case "unbox": {
      const cc = document.contentControls.getById(op.controlId);
      cc.cannotDelete = false;
      cc.delete(true);
      return;
    }
    case "appendLog": {
      const body = document.body;
      lockControl(body.insertParagraph(op.title, "End").insertContentControl(), TAG_STATIC);
      const table = body.insertTable(op.rows.length, op.rows[0]?.length ?? 5, "End", op.rows);
      lockControl(table.insertContentControl(), TAG_LOG);
      return;
    }
    case "replaceLogRows": {
      const logControl = document.contentControls.getByTag(TAG_LOG).getFirst();
      logControl.cannotEdit = false;
      const table = logControl.tables.getFirst();
      if (op.shown > 0) table.deleteRows(1, op.shown);
      if (op.rows.length > 0) table.addRows("End", op.rows.length, op.rows);
      logControl.cannotEdit = true;
      return;
    }
    default:
      queueCellOp(context, targets, op);
  }
}

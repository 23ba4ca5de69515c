// Upgrades a form of an earlier version of the handreiking to the add-in's version. What changes
// is decided in src/domain/plans/upgrade-plan.ts; here two round trips, whatever the number of
// changes: (1) read the content controls, paragraphs and tables; (2) one batch with the plan's
// operations and then (commit.ts) the log row and the data part.
import { boxTag, TAG_STAMP_PREFIX, TEMPLATE, type Signer, type TemplateDef, type UpgradedData } from "../domain";
import { planFormUpgrade, upgradeMapping, type UpgradeOp, type UpgradeSnapshot } from "../domain/plans/upgrade-plan";
import type { RowFill } from "../domain/plans/upgrade-rows";
import type { Capabilities } from "./capabilities";
import { commit, type FormHandle } from "./commit";
import { lockControl, makeBox } from "./controls";
import { stampNote } from "./edits";
import { WordLayerError } from "./errors";
import { TAG_LABEL, TAG_STATIC } from "./tags";

export interface UpgradeOptions {
  signer: Signer;
  now?: Date;
  random?: () => number;
  /** The version to upgrade to: the add-in's current template. */
  template?: TemplateDef;
}

export interface UpgradeResult {
  handle: FormHandle;
  upgraded: UpgradedData;
}

interface Loaded {
  controls: Word.ContentControlCollection;
  paragraphs: Word.ParagraphCollection;
  tables: Word.TableCollection;
}

/** Round trip 1: what is where. */
async function readForUpgrade(context: Word.RequestContext): Promise<{ loaded: Loaded; snapshot: UpgradeSnapshot }> {
  const body = context.document.body;
  const loaded: Loaded = {
    controls: body.contentControls.load("items/id,items/tag,items/text,items/placeholderText"),
    paragraphs: body.paragraphs.load("items/text,items/tableNestingLevel,items/style"),
    tables: body.tables.load("items/values"),
  };
  await context.sync();
  const snapshot: UpgradeSnapshot = {
    controls: loaded.controls.items.map((cc) => ({
      id: cc.id,
      tag: cc.tag ?? "",
      text: cc.text,
      placeholderText: cc.placeholderText ?? "",
    })),
    paragraphs: loaded.paragraphs.items.map((p) => ({
      text: p.text,
      tableNestingLevel: p.tableNestingLevel,
      style: p.style,
    })),
    tables: loaded.tables.items.map((t) => t.values ?? []),
  };
  return { loaded, snapshot };
}

export async function upgradeForm(
  context: Word.RequestContext,
  caps: Capabilities,
  handle: FormHandle,
  options: UpgradeOptions,
): Promise<UpgradeResult> {
  const mapping = upgradeMapping(handle.data.templateVersion, options.template ?? TEMPLATE);
  if (!mapping.ok) {
    const kind = mapping.refused.refusal.code === "noPath" ? "notSupported" : "invalid";
    throw new WordLayerError(kind, { code: "upgrade", refusal: mapping.refused.refusal });
  }
  const now = options.now ?? new Date();
  const { loaded, snapshot } = await readForUpgrade(context);
  const input = { ...options, data: handle.data, plan: mapping.plan, now, placeholders: caps.placeholders };
  const plan = planFormUpgrade(snapshot, input);
  if (plan.kind === "refused") throw new WordLayerError("notSupported", { code: "upgrade", refusal: plan.refusal });
  applyUpgrade(loaded, plan.operations);
  const next = await commit(context, handle, plan.upgraded.data, [plan.upgraded.entry], now);
  return { handle: next, upgraded: plan.upgraded };
}

function relock(cc: Word.ContentControl, text: string): void {
  cc.cannotEdit = false;
  cc.insertText(text, "Replace");
  cc.cannotEdit = true;
}

/** Queues the plan's operations in order (round trip 2 is the caller's commit). */
function applyUpgrade(loaded: Loaded, operations: UpgradeOp[]): void {
  const controls = new Map(loaded.controls.items.map((cc) => [cc.id, cc]));
  const table = (i: number): Word.Table => loaded.tables.items[i]!;
  let spacer: Word.Paragraph | undefined;
  for (const op of operations) {
    switch (op.op) {
      case "relock":
        relock(controls.get(op.controlId)!, op.text);
        break;
      case "relockLabel":
        relock(table(op.table).getCell(op.row, 0).body.contentControls.getFirst(), op.text);
        break;
      case "deleteRow":
        table(op.table).getCell(op.row, 0).body.contentControls.getFirstOrNullObject().cannotDelete = false;
        for (const id of op.unlock) controls.get(id)!.cannotDelete = false;
        table(op.table).deleteRows(op.row, 1);
        break;
      case "retagBox":
        retag(controls.get(op.controlId)!, op, controls);
        break;
      case "insertRow":
        table(op.table)
          .getCell(op.at, 0)
          .parentRow.insertRows(op.where, 1, [["", ""]]);
        break;
      case "fillRow":
        fillRow(table(op.table), op.row, op.fill);
        break;
      case "paragraph":
        spacer = addParagraph(controls.get(op.before)!, op);
        break;
      case "stepTable":
        insertStepTable(spacer!, op.rows);
        break;
    }
  }
}

function retag(
  cc: Word.ContentControl,
  op: Extract<UpgradeOp, { op: "retagBox" }>,
  controls: Map<number, Word.ContentControl>,
): void {
  cc.tag = boxTag(op.key);
  cc.title = op.title;
  if (op.hint) cc.placeholderText = op.hint;
  for (const id of op.stampIds) controls.get(id)!.tag = `${TAG_STAMP_PREFIX}${op.key}`;
}

function addParagraph(logTitle: Word.ContentControl, op: Extract<UpgradeOp, { op: "paragraph" }>): Word.Paragraph {
  const p = logTitle.insertParagraph(op.text, "Before");
  if (op.style) p.style = op.style;
  if (op.lock) lockControl(p.insertContentControl(), TAG_STATIC);
  return p;
}

/** A new step's table goes in before its spacer paragraph, which is locked after it. */
function insertStepTable(spacer: Word.Paragraph, rows: RowFill[]): void {
  const values = rows.map(() => ["", ""]);
  const table = spacer.insertTable(rows.length, 2, "Before", values);
  rows.forEach((fill, r) => fillRow(table, r, fill));
  lockControl(spacer.insertContentControl(), TAG_STATIC);
}

/** The cells of a new box row: the locked label, the box with its text, stamp lines carried along. */
function fillRow(table: Word.Table, row: number, fill: RowFill): void {
  const labelCell = table.getCell(row, 0).body;
  labelCell.insertText(fill.label, "Replace");
  lockControl(labelCell.insertContentControl(), TAG_LABEL);
  const cell = table.getCell(row, 1).body;
  const box = cell.insertContentControl();
  makeBox(box, fill.key, fill.title, fill.hint);
  if (fill.text !== "") box.insertText(fill.text, "Replace");
  for (const line of fill.stampLines) stampNote(cell.insertParagraph(line, "End"), fill.key);
}

// Turns the plain handreiking into the locked form, keeping anything already typed.
// Two round trips whatever the number of boxes: load paragraphs and tables, then one batch
// that wraps every box and every piece of static text in a content control, writes the
// first log row and adds the data part (what goes where: src/domain/plans/convert-plan.ts).
import type { DataPart, DocumentMap } from "../domain";
import { planConversion, type ConvertOp, type ConvertOptions } from "../domain/plans/convert-plan";
import type { Capabilities } from "./capabilities";
import { WordLayerError } from "./errors";
import { freshStorage, queueWriteDataPart, type StorageRef } from "./storage";
import { lockControl, makeBox } from "./controls";
import { TAG_LABEL, TAG_LOG, TAG_STATIC } from "./tags";
import { assertBodyEmpty } from "./body-content";
import { signingKey } from "./signing-key";

export type { ConvertOptions } from "../domain/plans/convert-plan";

export interface ConvertResult {
  data: DataPart;
  storage: StorageRef;
  map: DocumentMap;
  /** Boxes that already held text and were taken over. */
  keptBoxes: number;
}

/** Loads the body; the proxies stay valid for the write batch in the same context. */
function queueSnapshot(context: Word.RequestContext) {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text,items/tableNestingLevel");
  const tables = context.document.body.tables;
  tables.load("items/values");
  return { paragraphs, tables };
}

export async function convertDocument(
  context: Word.RequestContext,
  caps: Capabilities,
  options: ConvertOptions,
): Promise<ConvertResult> {
  const { paragraphs, tables } = queueSnapshot(context);
  await context.sync();
  return convertLoaded(context, caps, options, paragraphs.items, tables.items);
}

/** Inserts the bundled plain handreiking into an empty document and converts it (2 syncs). */
export async function newFromTemplate(
  context: Word.RequestContext,
  caps: Capabilities,
  base64Docx: string,
  options: ConvertOptions,
): Promise<ConvertResult> {
  // "Replace" would delete whatever the body holds: only into a body that is empty, checked now
  // (the pane's view may be older than the document)
  await assertBodyEmpty(context);
  context.document.body.insertFileFromBase64(base64Docx, "Replace");
  const { paragraphs, tables } = queueSnapshot(context);
  await context.sync();
  return convertLoaded(context, caps, options, paragraphs.items, tables.items);
}

/**
 * Converts the paragraphs and top-level tables given (all of a plain handreiking, or only the part
 * appended after other content: append-template.ts). Nothing outside them is touched. The plan
 * (plans/convert-plan.ts) decides; this queues it with the data part and syncs once.
 */
export async function convertLoaded(
  context: Word.RequestContext,
  caps: Capabilities,
  options: ConvertOptions,
  paragraphItems: readonly Word.Paragraph[],
  tableItems: readonly Word.Table[],
): Promise<ConvertResult> {
  const snapshot = {
    paragraphs: paragraphItems.map((p) => ({ text: p.text, tableNestingLevel: p.tableNestingLevel })),
    tables: tableItems.map((t) => t.values),
  };
  const plan = await planConversion({ ...options, snapshot, placeholders: caps.placeholders, key: signingKey() });
  if (!plan.ok) throw new WordLayerError("notFound", { code: "convert", refusal: plan.code });
  for (const op of plan.ops) applyOp(context, op, paragraphItems, tableItems);
  const write = queueWriteDataPart(context, freshStorage(caps), plan.xml);
  await context.sync();
  const storage = await write.afterSync();
  return { data: plan.data, storage, map: plan.map, keptBoxes: plan.keptBoxes };
}

/** Queues one step of the conversion (no sync); the plan names only paragraphs and tables that were read. */
function applyOp(
  context: Word.RequestContext,
  op: ConvertOp,
  paragraphs: readonly Word.Paragraph[],
  tables: readonly Word.Table[],
): void {
  if (op.op === "lockParagraph") lockControl(paragraphs[op.paragraph]!.insertContentControl(), TAG_STATIC);
  else if (op.op === "newLog") queueNewLog(context.document.body, op);
  else {
    const table = tables[op.table]!;
    if (op.op === "lockTable") lockControl(table.insertContentControl(), TAG_STATIC);
    else if (op.op === "label") lockControl(table.getCell(op.row, op.column).body.insertContentControl(), TAG_LABEL);
    else if (op.op === "box") queueBox(table, op);
    else queueLog(table, op);
  }
}

function queueBox(table: Word.Table, op: Extract<ConvertOp, { op: "box" }>): void {
  const box = table.getCell(op.row, op.column).body.insertContentControl();
  makeBox(box, op.key, op.title, op.hint);
  if (op.text !== undefined) box.insertText(op.text, "Replace");
}

/** The first row is written while the table is still unlocked; then it is locked. */
function queueLog(table: Word.Table, op: Extract<ConvertOp, { op: "log" }>): void {
  if (op.fillEmptyRow) op.row.forEach((text, c) => table.getCell(1, c).body.insertText(text, "Replace"));
  else table.addRows("End", 1, [op.row]);
  lockControl(table.insertContentControl(), TAG_LOG);
}

function queueNewLog(body: Word.Body, op: Extract<ConvertOp, { op: "newLog" }>): void {
  lockControl(body.insertParagraph(op.title, "End").insertContentControl(), TAG_STATIC);
  const table = body.insertTable(2, op.columns.length, "End", [op.columns, op.row]);
  lockControl(table.insertContentControl(), TAG_LOG);
}

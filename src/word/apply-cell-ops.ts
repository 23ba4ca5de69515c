// Queues the document operations the plans in src/domain/plans share (no sync here): the caller's
// batch applies them in order with the rest of its writes.
import type { RestoreOp } from "../domain/plans/restore-plan";
import { cellId } from "../domain/plans/cell-ops";
import { lockControl, makeBox } from "./controls";
import { stampNote } from "./edits";

/** What the operations address: the body's tables and paragraphs as read, and the cells read for a restore. */
export interface OpTargets {
  tables: Word.TableCollection;
  paragraphs: Word.ParagraphCollection;
  cells?: ReadonlyMap<string, Word.ParagraphCollection>;
}

export function queueCellOp(context: Word.RequestContext, targets: OpTargets, op: RestoreOp): void {
  const table = "table" in op ? targets.tables.items[op.table] : undefined;
  const cell = (row: number, col: number): Word.Body => table!.getCell(row, col).body;
  switch (op.op) {
    case "unwrap":
      context.document.contentControls.getById(op.controlId).delete(true);
      return;
    case "lockCell":
      lockControl(cell(op.row, op.col).insertContentControl(), op.tag);
      return;
    case "lockTable":
      lockControl(table!.insertContentControl(), op.tag);
      return;
    case "lockParagraph": {
      const paragraph = targets.paragraphs.items[op.paragraph];
      if (paragraph) lockControl(paragraph.insertContentControl(), op.tag);
      return;
    }
    case "deleteCellParagraph":
      targets.cells?.get(cellId(op))?.items[op.index]?.delete();
      return;
    case "wrapBox": {
      const box = cell(op.row, op.col).insertContentControl();
      makeBox(box, op.key, op.title, op.hint);
      if (op.clear) box.clear();
      return;
    }
    case "stampLine":
      stampNote(cell(op.row, op.col).insertParagraph(op.text, "End"), op.key);
      return;
  }
}

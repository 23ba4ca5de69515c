// Rows of a table field in the document: new rows with a box in each cell, and a row removed
// with its boxes. The data side of the same change is in src/domain/form/row-edits.ts.
import { boxKey, rowBoxKeys, type FieldDef } from "../domain";
import { boxControl, makeBox } from "./controls";
import { WordLayerError, type WordRefusal } from "./errors";

/**
 * Queues `newKeys.length` empty rows at the end of the table after its `existing` rows, each cell a
 * box; returns the table (its row 0 is the header) for stamp lines in the same batch.
 */
export function queueNewRows(
  context: Word.RequestContext,
  field: FieldDef,
  existing: readonly string[],
  newKeys: readonly string[],
  notFound: WordRefusal,
): Word.Table {
  const columns = field.columns ?? [];
  const last = existing[existing.length - 1];
  const first = columns[0];
  if (!last || !first) throw new WordLayerError("notFound", notFound);
  const table = boxControl(context, boxKey({ fieldId: field.id, rowKey: last, columnId: first.id })).parentTable;
  table.addRows(
    "End",
    newKeys.length,
    newKeys.map(() => columns.map(() => "")),
  );
  newKeys.forEach((rowKey, i) => {
    const rowIndex = existing.length + 1 + i; // the header row comes first
    columns.forEach((column, c) => {
      makeBox(
        table.getCell(rowIndex, c).body.insertContentControl(),
        boxKey({ fieldId: field.id, rowKey, columnId: column.id }),
        `${field.label}: ${column.label}`,
        "",
      );
    });
  });
  return table;
}

/** Queues deleting a row; its boxes are unlocked for deletion in the same batch. */
export function queueRemoveRow(
  context: Word.RequestContext,
  fieldId: string,
  rowKey: string,
  columns: ReadonlyArray<{ id: string }>,
): void {
  const controls = rowBoxKeys(fieldId, rowKey, columns).map((key) => boxControl(context, key));
  controls.forEach((cc) => (cc.cannotDelete = false));
  controls[0]?.parentTableCell.parentRow.delete();
}

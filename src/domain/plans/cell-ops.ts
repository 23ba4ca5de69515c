// Operations on the document that more than one plan queues. Tables and paragraphs are addressed
// by their index in the body as read, rows and cells as the table stands when the operation runs
// (Office.js applies a batch in order).

export interface CellRef {
  table: number;
  row: number;
  col: number;
}

/** A new box around a cell's content: its key, title and (where the host allows) hint. */
export interface WrapBox extends CellRef {
  op: "wrapBox";
  key: string;
  title: string;
  hint: string | null;
  /** Empty the new box (a placeholder saved as text by another program). */
  clear?: boolean;
}

/** The add-in's stamp line after a box, in its own locked note tagged with `key`. */
export interface StampLine extends CellRef {
  op: "stampLine";
  text: string;
  key: string;
}

export function cellId(cell: CellRef): string {
  return `${cell.table}/${cell.row}/${cell.col}`;
}

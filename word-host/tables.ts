// Word.Table / TableRow / TableCell and their collections.
// https://learn.microsoft.com/javascript/api/word/word.table (WordApi 1.3).
import { ClientObject, ClientCollection, RequestContext, defineScalars } from "./core";
import { Errors } from "./errors";
import {
  El,
  XDoc,
  isW,
  kids,
  kid,
  wEl,
  descendants,
  closest,
  blockText,
  insertAfter,
  makeParagraph,
  ownerDoc,
  blockChildren,
  containerEndRef,
  remove,
} from "./ooxml";
import {
  RangeT,
  normLoc,
  assertEditable,
  assertDeletable,
  deleteNodes,
  wrapInSdt,
  insertParagraphNear,
  containerClear,
  paragraphInsertText,
  tableNestingLevel,
} from "./edit";
import { sdtContent, isInline } from "./sdt";
import { Body, Range, Paragraph, parentCc } from "./word-document";
import { ContentControl } from "./content-controls";

// ------------------------------------------------------------------ DOM helpers

export function rowsOf(tbl: El): El[] {
  return kids(tbl).flatMap((k) => (isW(k, "tr") ? [k] : isW(k, "sdt") ? kids(sdtContent(k), "tr") : []));
}

export function cellsOf(tr: El): El[] {
  return kids(tr).flatMap((k) => (isW(k, "tc") ? [k] : isW(k, "sdt") ? kids(sdtContent(k), "tc") : []));
}

export const cellText = (tc: El): string => blockText(blockChildren(tc));

function nextElement(node: El): El | null {
  let n = node.nextSibling;
  while (n && n.nodeType !== 1) n = n.nextSibling;
  return (n as El | null) ?? null;
}

/** The row after `tr` in its table, as rowsOf lists them (row-level controls included), without listing every row. */
export function nextRow(tr: El): El | null {
  const tbl = closest(tr, "tbl")!;
  let holder: El = tr;
  while (holder.parentNode && holder.parentNode !== tbl) holder = holder.parentNode as El;
  if (holder !== tr) {
    const inControl = kids(sdtContent(holder), "tr");
    const after = inControl[inControl.indexOf(tr) + 1];
    if (after) return after;
  }
  for (let n = nextElement(holder); n; n = nextElement(n)) {
    if (isW(n, "tr")) return n;
    if (isW(n, "sdt")) {
      const first = kids(sdtContent(n), "tr")[0];
      if (first) return first;
    }
  }
  return null;
}

export const tableValues = (tbl: El): string[][] => rowsOf(tbl).map((tr) => cellsOf(tr).map(cellText));

/** Tables under a node that are not nested in another table below that node. */
export function topLevelTables(root: El): El[] {
  return descendants(root, "tbl").filter((t) => {
    for (let a = t.parentNode; a && a !== root; a = a.parentNode) if (isW(a, "tbl")) return false;
    return true;
  });
}

export function setCellText(tc: El, text: string, where: string): void {
  assertEditable(tc, where);
  containerClear(tc, where);
  if (text !== "") paragraphInsertText(blockChildren(tc)[0], text, "End", where);
}

function makeCell(doc: XDoc, width: number, text: string): El {
  const tc = wEl(doc, "tc");
  const tcPr = wEl(doc, "tcPr");
  tcPr.appendChild(wEl(doc, "tcW", { w: String(width), type: "dxa" }));
  tc.appendChild(tcPr);
  tc.appendChild(makeParagraph(doc, text));
  return tc;
}

export function buildTable(doc: XDoc, rows: number, cols: number, values?: string[][]): El {
  if (!(rows >= 1) || !(cols >= 1)) throw Errors.invalidArgument(rows >= 1 ? "columnCount" : "rowCount", "insertTable");
  const width = Math.floor(9062 / cols);
  const tbl = wEl(doc, "tbl");
  const tblPr = wEl(doc, "tblPr");
  tblPr.appendChild(wEl(doc, "tblStyle", { val: "TableGrid" }));
  tblPr.appendChild(wEl(doc, "tblW", { w: "0", type: "auto" }));
  tblPr.appendChild(
    wEl(doc, "tblLook", {
      val: "04A0",
      firstRow: "1",
      lastRow: "0",
      firstColumn: "1",
      lastColumn: "0",
      noHBand: "0",
      noVBand: "1",
    }),
  );
  tbl.appendChild(tblPr);
  const grid = wEl(doc, "tblGrid");
  for (let c = 0; c < cols; c++) grid.appendChild(wEl(doc, "gridCol", { w: String(width) }));
  tbl.appendChild(grid);
  for (let r = 0; r < rows; r++) {
    const tr = wEl(doc, "tr");
    for (let c = 0; c < cols; c++) tr.appendChild(makeCell(doc, width, values?.[r]?.[c] ?? ""));
    tbl.appendChild(tr);
  }
  return tbl;
}

/** Word keeps a paragraph after a table that ends a body/cell/control. */
export function ensureParagraphAfterTable(tbl: El): void {
  let next = tbl.nextSibling;
  while (next && next.nodeType !== 1) next = next.nextSibling;
  if (!next || isW(next, "sectPr")) tbl.parentNode!.insertBefore(wEl(ownerDoc(tbl), "p"), next);
}

// New rows copy the model row's row, cell and paragraph properties: assumed, see contract case
// `addrows-formatting` (src/word/contract/cases-tables.ts).
function newRowLike(model: El, values: string[] | undefined): El {
  const doc = ownerDoc(model);
  const tr = wEl(doc, "tr");
  const trPr = kid(model, "trPr");
  if (trPr) tr.appendChild(trPr.cloneNode(true));
  cellsOf(model).forEach((tc, i) => {
    const cell = wEl(doc, "tc");
    const tcPr = kid(tc, "tcPr");
    if (tcPr) cell.appendChild(tcPr.cloneNode(true));
    const firstP = kids(tc, "p")[0];
    cell.appendChild(makeParagraph(doc, values?.[i] ?? "", firstP ? kid(firstP, "pPr") : null));
    tr.appendChild(cell);
  });
  return tr;
}

function insertRows(
  tbl: El,
  ref: El,
  before: boolean,
  count: number,
  values: string[][] | undefined,
  where: string,
): El[] {
  assertEditable(tbl, where);
  if (!(count >= 1)) throw Errors.invalidArgument("rowCount", where);
  const out: El[] = [];
  let anchor = ref;
  for (let i = 0; i < count; i++) {
    const tr = newRowLike(ref, values?.[i]);
    if (before && i === 0) ref.parentNode!.insertBefore(tr, ref);
    else insertAfter(tr, anchor);
    anchor = tr;
    out.push(tr);
  }
  return out;
}

// ------------------------------------------------------------------ proxies

export class Table extends ClientObject {
  declare rowCount: number;
  declare values: string[][];
  declare nestingLevel: number;
  declare style: string;
  static override _navs = ["rows", "parentContentControlOrNullObject"];
  constructor(ctx: RequestContext, path: string, resolver: () => unknown, nullable = false) {
    super(ctx, "Table", path, resolver, nullable);
  }
  get rows(): TableRowCollection {
    return this._nav(
      "rows",
      () => new TableRowCollection(this.context, `${this._path}.rows`, () => rowsOf(this._t<El>())),
    );
  }
  get parentContentControl(): ContentControl {
    return parentCc(this, "parentContentControl", () => this._t<El>(), false);
  }
  get parentContentControlOrNullObject(): ContentControl {
    return parentCc(this, "parentContentControlOrNullObject", () => this._t<El>(), true);
  }
  getCell(rowIndex: number, cellIndex: number): TableCell {
    this._checkUsable();
    return this._child(
      "getCell",
      new TableCell(this.context, `${this._path}.getCell(${rowIndex},${cellIndex})`, () => {
        const tc = cellsOf(rowsOf(this._t<El>())[rowIndex] ?? ownerDoc(this._t<El>()).createElement("x"))[cellIndex];
        if (!tc) throw Errors.itemNotFound("Table.getCell");
        return tc;
      }),
    );
  }
  getCellOrNullObject(rowIndex: number, cellIndex: number): TableCell {
    this._checkUsable();
    return this._child(
      "getCellOrNullObject",
      new TableCell(
        this.context,
        `${this._path}.getCellOrNullObject()`,
        () => cellsOf(rowsOf(this._t<El>())[rowIndex] ?? ownerDoc(this._t<El>()).createElement("x"))[cellIndex] ?? null,
        true,
      ),
    );
  }
  addRows(insertLocation: string, rowCount: number, values?: string[][]): TableRowCollection {
    const loc = normLoc(insertLocation, ["Start", "End"], "Table.addRows");
    const created: El[] = [];
    const coll = new TableRowCollection(this.context, `${this._path}.addRows()`, () => created);
    this._child("addRows", coll);
    this._queue("addRows", () => {
      const tbl = this._t<El>();
      const rows = rowsOf(tbl);
      created.push(
        ...insertRows(
          tbl,
          loc === "Start" ? rows[0] : rows[rows.length - 1],
          loc === "Start",
          rowCount,
          values,
          "Table.addRows",
        ),
      );
    });
    return coll;
  }
  deleteRows(rowIndex: number, rowCount = 1): void {
    this._queue("deleteRows", () => {
      const rows = rowsOf(this._t<El>());
      if (rowIndex < 0 || rowIndex >= rows.length) throw Errors.invalidArgument("rowIndex", "Table.deleteRows");
      const doomed = rows.slice(rowIndex, rowIndex + rowCount);
      assertDeletable(doomed, "Table.deleteRows");
      if (doomed.length === rows.length) deleteNodes([this._t<El>()], "Table.deleteRows");
      else doomed.forEach(remove);
    });
  }
  delete(): void {
    this._queue("delete", () => deleteNodes([this._t<El>()], "Table.delete"));
  }
  getRange(): Range {
    return this._child(
      "getRange",
      new Range(
        this.context,
        `${this._path}.getRange()`,
        () => ({ parent: this._t<El>().parentNode as El, nodes: [this._t<El>()] }) as RangeT,
      ),
    );
  }
  insertContentControl(): ContentControl {
    return this._create(
      "insertContentControl",
      new ContentControl(this.context, `${this._path}.insertContentControl()`, () => null),
      (tbl: El) => {
        const sdt = wrapInSdt([tbl], tbl.parentNode as El, this._engine.newId(), "Table.insertContentControl");
        ensureParagraphAfterTable(sdt);
        return sdt;
      },
    );
  }
  insertParagraph(text: string, insertLocation: string): Paragraph {
    const loc = normLoc(insertLocation, ["Before", "After"], "Table.insertParagraph") as "Before" | "After";
    return this._create(
      "insertParagraph",
      new Paragraph(this.context, `${this._path}.insertParagraph()`, () => null),
      (tbl: El) => insertParagraphNear(tbl, text, loc, "Table.insertParagraph", null),
    );
  }
}
defineScalars(Table, {
  rowCount: { get: (_s, t: El) => rowsOf(t).length },
  values: {
    get: (_s, t: El) => tableValues(t),
    set: (_s, t: El, v: string[][]) =>
      rowsOf(t).forEach((tr, r) =>
        cellsOf(tr).forEach((tc, c) => v?.[r]?.[c] !== undefined && setCellText(tc, v[r][c], "Table.values")),
      ),
  },
  nestingLevel: { get: (_s, t: El) => tableNestingLevel(t) + 1 },
  style: { get: (_s, t: El) => kid(kid(t, "tblPr") ?? t, "tblStyle")?.getAttribute("w:val") ?? "" },
});

export class TableCollection extends ClientCollection<Table> {
  constructor(ctx: RequestContext, path: string, list: () => El[]) {
    super(ctx, "TableCollection", path, list);
  }
  _makeItem(_t: unknown, i: number): Table {
    return new Table(this.context, `${this._path}.items[${i}]`, () => null);
  }
}

export class TableRow extends ClientObject {
  declare cellCount: number;
  declare rowIndex: number;
  declare values: string[][];
  declare isHeader: boolean;
  static override _navs = ["cells", "parentTable"];
  constructor(ctx: RequestContext, path: string, resolver: () => unknown, nullable = false) {
    super(ctx, "TableRow", path, resolver, nullable);
  }
  get cells(): TableCellCollection {
    return this._nav(
      "cells",
      () => new TableCellCollection(this.context, `${this._path}.cells`, () => cellsOf(this._t<El>())),
    );
  }
  get parentTable(): Table {
    return this._nav(
      "parentTable",
      () => new Table(this.context, `${this._path}.parentTable`, () => closest(this._t<El>(), "tbl")),
    );
  }
  getNext(): TableRow {
    return this._child("getNext", new TableRow(this.context, `${this._path}.getNext()`, () => this._next(false)));
  }
  getNextOrNullObject(): TableRow {
    return this._child(
      "getNextOrNullObject",
      new TableRow(this.context, `${this._path}.getNextOrNullObject()`, () => this._next(true), true),
    );
  }
  /** @internal the next row of the same table */
  _next(nullable: boolean): El | null {
    const found = nextRow(this._t<El>());
    if (!found && !nullable) throw Errors.itemNotFound("TableRow.getNext");
    return found;
  }
  insertRows(insertLocation: string, rowCount: number, values?: string[][]): TableRowCollection {
    const loc = normLoc(insertLocation, ["Before", "After"], "TableRow.insertRows");
    const created: El[] = [];
    const coll = this._child(
      "insertRows",
      new TableRowCollection(this.context, `${this._path}.insertRows()`, () => created),
    );
    this._queue("insertRows", () => {
      const tr = this._t<El>();
      created.push(...insertRows(closest(tr, "tbl")!, tr, loc === "Before", rowCount, values, "TableRow.insertRows"));
    });
    return coll;
  }
  delete(): void {
    this._queue("delete", () => {
      const tr = this._t<El>();
      const tbl = closest(tr, "tbl")!;
      if (rowsOf(tbl).length === 1) deleteNodes([tbl], "TableRow.delete");
      else deleteNodes([tr], "TableRow.delete");
    });
  }
}
defineScalars(TableRow, {
  cellCount: { get: (_s, tr: El) => cellsOf(tr).length },
  rowIndex: { get: (_s, tr: El) => rowsOf(closest(tr, "tbl")!).indexOf(tr) },
  values: {
    get: (_s, tr: El) => [cellsOf(tr).map(cellText)],
    set: (_s, tr: El, v: string[][]) =>
      cellsOf(tr).forEach((tc, c) => v?.[0]?.[c] !== undefined && setCellText(tc, v[0][c], "TableRow.values")),
  },
  isHeader: { get: (_s, tr: El) => !!kid(kid(tr, "trPr") ?? tr, "tblHeader") },
});

export class TableRowCollection extends ClientCollection<TableRow> {
  constructor(ctx: RequestContext, path: string, list: () => El[]) {
    super(ctx, "TableRowCollection", path, list);
  }
  _makeItem(_t: unknown, i: number): TableRow {
    return new TableRow(this.context, `${this._path}.items[${i}]`, () => null);
  }
}

export class TableCell extends ClientObject {
  declare value: string;
  declare rowIndex: number;
  declare cellIndex: number;
  static override _navs = ["body", "parentRow", "parentTable"];
  constructor(ctx: RequestContext, path: string, resolver: () => unknown, nullable = false) {
    super(ctx, "TableCell", path, resolver, nullable);
  }
  get body(): Body {
    return this._nav("body", () => new Body(this.context, `${this._path}.body`, () => this._t<El>()));
  }
  get parentRow(): TableRow {
    return this._nav(
      "parentRow",
      () => new TableRow(this.context, `${this._path}.parentRow`, () => closest(this._t<El>(), "tr")),
    );
  }
  get parentTable(): Table {
    return this._nav(
      "parentTable",
      () => new Table(this.context, `${this._path}.parentTable`, () => closest(this._t<El>(), "tbl")),
    );
  }
}
defineScalars(TableCell, {
  value: {
    get: (_s, tc: El) => cellText(tc),
    set: (_s, tc: El, v: string) => setCellText(tc, String(v), "TableCell.value"),
  },
  rowIndex: { get: (_s, tc: El) => rowsOf(closest(tc, "tbl")!).indexOf(closest(tc, "tr")!) },
  cellIndex: { get: (_s, tc: El) => cellsOf(closest(tc, "tr")!).indexOf(tc) },
});

export class TableCellCollection extends ClientCollection<TableCell> {
  constructor(ctx: RequestContext, path: string, list: () => El[]) {
    super(ctx, "TableCellCollection", path, list);
  }
  _makeItem(_t: unknown, i: number): TableCell {
    return new TableCell(this.context, `${this._path}.items[${i}]`, () => null);
  }
}

export { isInline, containerEndRef };

// A table of the form (Betrokkenen, Doelen, Afspraken): a compact card per row, each cell its
// own box. Before agreement it is filled like a grid: Tab and Shift+Tab move from cell to cell
// (the remove buttons are left out of the tab order; Ctrl+Delete asks to remove the row), Enter
// in the last cell of the last row adds a row and puts the cursor in its first cell, and a row's
// cells are saved together when focus leaves the row. Rows are added and removed in the
// document straight away. After agreement every cell is compact until opened (AgreedBox).
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { Body1Strong, Button, Caption1, Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { FieldDef } from "../../../domain";
import { cellBox, documentText, draftProblems, draftText, rowsOf, type BoxSpec } from "../../box-model";
import { BoxEditor } from "./BoxEditor";
import type { BoxEditing } from "./editing";
import { rowGroupLabel, rowHeading, ROWS_TEXT } from "../../../domain/text/box-editing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The row's cells whose draft differs from the document and can be saved as it is. */
export function rowChanges(
  specs: readonly BoxSpec[],
  editing: Pick<BoxEditing, "drafts" | "view">,
): { spec: BoxSpec; text: string }[] {
  return specs.flatMap((spec) => {
    const draft = editing.drafts[spec.key];
    if (draft === undefined || draftProblems(spec, draft).length > 0) return [];
    const text = draftText(spec, draft);
    return text === documentText(spec, editing.view) ? [] : [{ spec, text }];
  });
}

export function RowsField({ field, editing }: { field: FieldDef; editing: BoxEditing }) {
  const styles = useStyles();
  const rows = rowsOf(editing.view, field.id);
  const columns = field.columns ?? [];
  const [confirming, setConfirming] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  // After Enter added a row: how many rows there will be, to put the cursor in the new one.
  const focusWhen = useRef<number | null>(null);
  const grid = !editing.amendMode && !editing.readOnly;
  // Not restored (the boxes are gone): rows are shown, not added or removed.
  const rowButtons = !editing.readOnly;

  useEffect(() => {
    const wanted = focusWhen.current;
    if (wanted === null || rows.length < wanted) return;
    focusWhen.current = null;
    const cards = section.current?.querySelectorAll<HTMLElement>("[data-row]");
    cards?.[cards.length - 1]?.querySelector<HTMLElement>("input,textarea")?.focus();
  }, [rows.length]);

  // Ctrl+Delete (or the button) asks first: the question gets focus, so Enter answers it.
  useEffect(() => {
    if (confirming) section.current?.querySelector<HTMLElement>("[data-confirm]")?.focus();
  }, [confirming]);

  const specsOf = (row: (typeof rows)[number]) => columns.map((column) => cellBox(field, row, column));
  const saveRowOnLeave = (specs: BoxSpec[]) => (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (!grid || (next instanceof Node && event.currentTarget.contains(next))) return;
    const changes = rowChanges(specs, editing);
    if (changes.length > 0) editing.saveBoxes(changes);
  };
  const gridKeys = (rowKey: string, specs: BoxSpec[], last: boolean) => (event: KeyboardEvent<HTMLElement>) => {
    if (!grid) return;
    if (event.key === "Delete" && event.ctrlKey && rows.length > 1) {
      event.preventDefault();
      setConfirming(rowKey);
      return;
    }
    const lastCell = specs[specs.length - 1];
    const target = event.target;
    if (event.key !== "Enter" || !last || !lastCell || !(target instanceof HTMLInputElement)) return;
    if (!target.closest(`[data-box="${lastCell.key}"]`)) return;
    event.preventDefault();
    // An empty last row is not followed by another empty one.
    const filled = specs.some((s) => {
      const draft = editing.drafts[s.key];
      return (draft === undefined ? documentText(s, editing.view) : draftText(s, draft)).trim() !== "";
    });
    if (!filled || editing.busy) return;
    focusWhen.current = rows.length + 1;
    editing.addRow(field.id);
  };

  return (
    <section ref={section} className={styles.root} aria-label={field.label}>
      <Text weight="semibold">
        {field.label}
        {field.required ? " *" : ""}
      </Text>
      {field.hint && <Caption1 className={styles.hint}>{field.hint}</Caption1>}
      {grid && <Caption1 className={styles.hint}>{ROWS_TEXT.gridKeys}</Caption1>}
      {rows.map((row, index) => {
        const specs = specsOf(row);
        return (
          <Card
            key={row.key}
            data-row={row.key}
            size="small"
            role="group"
            aria-label={rowGroupLabel(field.label, index + 1)}
            aria-keyshortcuts={grid ? "Control+Delete" : undefined}
            onBlur={saveRowOnLeave(specs)}
            onKeyDown={gridKeys(row.key, specs, index === rows.length - 1)}
          >
            <div className={styles.head}>
              <Body1Strong>{rowHeading(index + 1)}</Body1Strong>
              {!rowButtons ? null : confirming === row.key ? (
                <span>
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={editing.busy}
                    onClick={() => editing.removeRow(field.id, row.key)}
                    data-confirm=""
                  >
                    {ROWS_TEXT.yesRemove}
                  </Button>{" "}
                  <Button size="small" onClick={() => setConfirming(null)}>
                    {ROWS_TEXT.no}
                  </Button>
                </span>
              ) : (
                <Button
                  size="small"
                  appearance="subtle"
                  tabIndex={grid ? -1 : undefined}
                  disabled={editing.busy || rows.length <= 1}
                  onClick={() => setConfirming(row.key)}
                >
                  {ROWS_TEXT.removeRow}
                </Button>
              )}
            </div>
            {specs.map((spec) => (
              <div key={spec.key} data-box={spec.key}>
                <BoxEditor spec={spec} editing={editing} savedByRow={grid} />
              </div>
            ))}
          </Card>
        );
      })}
      {rowButtons && (
        <div>
          <Button size="small" onClick={() => editing.addRow(field.id)} disabled={editing.busy}>
            {ROWS_TEXT.addRow}
          </Button>
        </div>
      )}
    </section>
  );
}

// One box: its input, inline messages and the stamp of its last saved change. Before agreement
// filling is drafting: there is no button, a box is saved when focus leaves it (a table cell: when
// focus leaves its row, see RowsField) and Escape puts the saved text back. After agreement the box
// is compact until opened (AgreedBox). While the boxes are gone from the document (another
// program), it shows what the data part holds, read-only.
import type { FocusEvent, KeyboardEvent } from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { profilePrefill } from "../../../domain";
import { documentText, draftProblems, draftText, lastStamp, savedDraft, type BoxSpec } from "../../box-model";
import { NOT_RESTORED_MARK } from "../../../domain/text/meeting";
import { AgreedBox } from "./AgreedBox";
import { BoxInput } from "./BoxInput";
import { BoxText } from "./BoxText";
import type { BoxEditing } from "./editing";
import { BOX_EDIT_TEXT, savedOnLeaveText, savedStampText } from "../../../domain/text/box-editing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground2, gridArea: "1 / 1" },
  // both texts in one grid cell: the cell is as high as the higher one
  caption: { display: "grid" },
  // its text drawn from an attribute: it takes room but is no text to read or to find
  ghost: { gridArea: "1 / 1", visibility: "hidden", "::after": { content: "attr(data-text)" } },
});

export interface BoxEditorProps {
  spec: BoxSpec;
  editing: BoxEditing;
  /** A table cell: its row saves it when focus leaves the row (default: the box saves itself). */
  savedByRow?: boolean;
}

export function BoxEditor({ spec, editing, savedByRow = false }: BoxEditorProps) {
  if (editing.readOnly)
    return (
      <div role="group" aria-label={spec.def.label}>
        <BoxText
          label={spec.def.label}
          required={spec.column ? spec.column.required : spec.field.required}
          text={documentText(spec, editing.view)}
          note={NOT_RESTORED_MARK}
        />
      </div>
    );
  if (editing.amendMode) return <AgreedBox spec={spec} editing={editing} />;
  return <FillBox spec={spec} editing={editing} savedByRow={savedByRow} />;
}

function FillBox({ spec, editing, savedByRow = false }: BoxEditorProps) {
  const styles = useStyles();
  const { view } = editing;
  const draft = editing.drafts[spec.key];
  const current = documentText(spec, view);
  // The Beheerder box, still empty before agreement, is shown filled from the profile (the form
  // asks for a name there); it reaches the document only when saved, like anything typed.
  const prefill =
    draft === undefined && !spec.column && current.trim() === ""
      ? profilePrefill(spec.field, editing.profile)
      : undefined;
  const value = draft === undefined ? (prefill ?? savedDraft(spec, view)) : draft;
  const messages = draftProblems(spec, value);
  const text = draftText(spec, value);
  const dirty = (draft !== undefined || prefill !== undefined) && text !== current;
  const stamp = lastStamp(view, spec.key);
  const unreadable = spec.column ? undefined : view.unreadable[spec.field.id];
  const outside = view.outsideEdits.some((e) => e.key === spec.key);
  const saveOnLeave = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    if (!savedByRow && dirty && messages.length === 0) editing.save(spec, text);
  };
  const revertOnEscape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || draft === undefined) return;
    event.preventDefault();
    editing.setDraft(spec.key, undefined);
  };

  return (
    <div
      className={styles.root}
      role="group"
      aria-label={spec.def.label}
      onFocus={() => editing.focusBox(spec.key)}
      onBlur={saveOnLeave}
      onKeyDown={revertOnEscape}
    >
      <BoxInput
        spec={spec}
        value={value}
        messages={messages}
        people={editing.people}
        onChange={(v) => editing.setDraft(spec.key, v)}
      />
      {unreadable && draft === undefined && <Caption1 className={styles.warning}>{unreadable}</Caption1>}
      {outside && <Caption1 className={styles.warning}>{BOX_EDIT_TEXT.outsideFirst}</Caption1>}
      <div className={styles.actions}>
        <div className={styles.caption}>
          <Caption1 className={styles.muted}>
            {prefill && dirty
              ? BOX_EDIT_TEXT.fromProfile
              : dirty
                ? savedOnLeaveText(savedByRow === true)
                : stamp
                  ? savedStampText(stamp)
                  : ""}
          </Caption1>
          {/* Once the box was typed in or saved, the caption keeps the height of the longer of its two texts: when
              leaving the box saves it, nothing below moves under the pointer that left it (issue 28). */}
          {(dirty || stamp) && (
            <Caption1 aria-hidden className={styles.ghost} data-text={savedOnLeaveText(savedByRow === true)} />
          )}
        </div>
      </div>
    </div>
  );
}

// One box: its input, inline messages and the stamp of its last saved change. Before agreement
// filling is drafting: there is no button, a box is saved when focus leaves it (a table cell: when
// focus leaves its row, see RowsField) and Escape puts the saved text back. After agreement a
// change is a correction and is saved only on "Correctie opslaan", and until then the draft is
// kept and named as unsaved. Text boxes then also take an addition.
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FIELD_KIND_TRAITS, othersTextLoss, profilePrefill } from "../../../domain";
import { documentText, draftProblems, draftText, lastStamp, savedDraft, type BoxSpec } from "../../box-model";
import { AmendBox } from "./AmendBox";
import { BoxInput } from "./BoxInput";
import type { BoxEditing } from "./editing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface BoxEditorProps {
  spec: BoxSpec;
  editing: BoxEditing;
  /** A table cell: its row saves it when focus leaves the row (default: the box saves itself). */
  savedByRow?: boolean;
}

export function BoxEditor({ spec, editing, savedByRow = false }: BoxEditorProps) {
  const styles = useStyles();
  const { view } = editing;
  const draft = editing.drafts[spec.key];
  const current = documentText(spec, view);
  // The Beheerder box, still empty before agreement, is shown filled from the profile (the form
  // asks for a name there); it reaches the document only when saved, like anything typed.
  const prefill =
    draft === undefined && !editing.amendMode && !spec.column && current.trim() === ""
      ? profilePrefill(spec.field, editing.profile)
      : undefined;
  const value = draft === undefined ? (prefill ?? savedDraft(spec, view)) : draft;
  const messages = draftProblems(spec, value);
  const text = draftText(spec, value);
  const dirty = (draft !== undefined || prefill !== undefined) && text !== current;
  const stamp = lastStamp(view, spec.key);
  const unreadable = spec.column ? undefined : view.unreadable[spec.field.id];
  const textual = FIELD_KIND_TRAITS[spec.def.kind].freeText;
  const outside = view.outsideEdits.some((e) => e.key === spec.key);
  // After agreement, a correction that removes another professional's text asks first (issue 28).
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const loss = editing.amendMode
    ? othersTextLoss(view.data?.changeLog ?? [], spec.key, current, text, editing.profile)
    : null;
  const saveCorrection = () => {
    if (loss && !confirming) return setConfirming(true);
    setConfirming(false);
    editing.save(spec, text);
  };
  const saveOnLeave = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    if (!savedByRow && !editing.amendMode && dirty && messages.length === 0) editing.save(spec, text);
  };
  const revertOnEscape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || editing.amendMode || draft === undefined) return;
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
      <BoxInput spec={spec} value={value} messages={messages} onChange={(v) => editing.setDraft(spec.key, v)} />
      {unreadable && draft === undefined && <Caption1 className={styles.warning}>{unreadable}</Caption1>}
      {outside && (
        <Caption1 className={styles.warning}>
          Dit vak is buiten het venster gewijzigd. Leg dat eerst vast (bovenaan).
        </Caption1>
      )}
      <div className={styles.actions}>
        {editing.amendMode && (
          <Button
            size="small"
            appearance={dirty ? "primary" : "secondary"}
            disabled={!dirty || messages.length > 0 || editing.busy}
            onClick={saveCorrection}
            ref={saveRef}
          >
            Correctie opslaan
          </Button>
        )}
        {editing.amendMode && dirty && (
          <Button size="small" appearance="subtle" onClick={() => editing.setDraft(spec.key, undefined)}>
            Terugzetten
          </Button>
        )}
        <Caption1 className={styles.muted}>
          {prefill && dirty
            ? "Uit uw profiel, nog niet opgeslagen"
            : dirty
              ? editing.amendMode
                ? "Nog niet opgeslagen"
                : `Wordt opgeslagen als u ${savedByRow ? "de rij" : "het vak"} verlaat (Esc: terugzetten)`
              : stamp
                ? `Opgeslagen · ${stamp}`
                : ""}
        </Caption1>
      </div>
      {confirming && loss && dirty && (
        <div
          className={styles.confirm}
          role="alertdialog"
          aria-label="Correctie bevestigen"
          aria-describedby={`loss-${spec.key}`}
        >
          <Caption1 id={`loss-${spec.key}`}>
            {loss} Het logboek bewaart de oude tekst; daar kunt u de correctie ook weer terugzetten.
          </Caption1>
          <div className={styles.actions}>
            <Button ref={confirmRef} size="small" appearance="primary" disabled={editing.busy} onClick={saveCorrection}>
              {text.trim() === "" ? "Ja, leegmaken" : "Ja, vervangen"}
            </Button>
            <Button
              size="small"
              onClick={() => {
                setConfirming(false);
                saveRef.current?.focus();
              }}
            >
              Nee, niet opslaan
            </Button>
          </div>
        </div>
      )}
      {editing.amendMode && textual && !spec.field.pattern && (
        <AmendBox
          boxKey={spec.key}
          current={current}
          label={spec.def.label}
          value={editing.amendDrafts[spec.key] ?? ""}
          profile={editing.profile}
          today={editing.today}
          busy={editing.busy}
          onChange={(v) => editing.setAmendDraft(spec.key, v)}
          onAmend={() => editing.amend(spec.key, editing.amendDrafts[spec.key] ?? "")}
        />
      )}
    </div>
  );
}

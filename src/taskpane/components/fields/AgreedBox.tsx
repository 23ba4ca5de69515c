// A box after agreement. Compact by default: the agreed text read-only, with "Aanvulling" and
// "Corrigeren"; only the box being amended opens its editor (one at a time, issue 28: a step of
// open editors was 4,390 px tall), and focus moves into it. A correction is saved only on
// "Correctie opslaan"; one that removes another professional's text asks first.
import { useEffect, useRef, useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FIELD_KIND_TRAITS, othersTextLoss } from "../../../domain";
import { documentText, draftProblems, draftText, lastStamp, savedDraft, type BoxSpec } from "../../box-model";
import {
  ADDITION_UNSAVED,
  AMEND_OPEN,
  CLOSE_EDITOR,
  CORRECT_OPEN,
  CORRECTION_UNSAVED,
} from "../../../domain/text/meeting";
import { AmendBox } from "./AmendBox";
import { BoxInput } from "./BoxInput";
import { BoxText } from "./BoxText";
import type { BoxEditing } from "./editing";
import { BOX_EDIT_TEXT, forBoxLabel, savedStampText } from "../../../domain/text/box-editing";

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

/** The first control of an opened editor, where focus goes when it opens. */
const FIRST_CONTROL = "input:not([disabled]), textarea:not([disabled]), select:not([disabled])";

export function AgreedBox({ spec, editing }: { spec: BoxSpec; editing: BoxEditing }) {
  const styles = useStyles();
  const { view } = editing;
  const draft = editing.drafts[spec.key];
  const addition = editing.amendDrafts[spec.key] ?? "";
  const current = documentText(spec, view);
  const value = draft === undefined ? savedDraft(spec, view) : draft;
  const messages = draftProblems(spec, value);
  const text = draftText(spec, value);
  const dirty = draft !== undefined && text !== current;
  const stamp = lastStamp(view, spec.key);
  const unreadable = spec.column ? undefined : view.unreadable[spec.field.id];
  const amendable = FIELD_KIND_TRAITS[spec.def.kind].freeText && !spec.field.pattern;
  const mode = editing.opened?.key === spec.key ? editing.opened.mode : null;
  const required = spec.column ? spec.column.required : spec.field.required;

  const [confirming, setConfirming] = useState(false);
  const editorRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  // Which compact button gets focus back when the editor closes.
  const reopen = useRef<{ amend: HTMLElement | null; correct: HTMLElement | null }>({
    amend: null,
    correct: null,
  });
  const closedFrom = useRef<"amend" | "correct" | null>(null);

  // Focus follows an opening or closing the user did, not a remount (a tab switch back).
  const shownMode = useRef(mode);
  useEffect(() => {
    if (shownMode.current === mode) return;
    shownMode.current = mode;
    if (mode) editorRef.current?.querySelector<HTMLElement>(FIRST_CONTROL)?.focus();
    else if (closedFrom.current) {
      reopen.current[closedFrom.current]?.focus();
      closedFrom.current = null;
    }
  }, [mode]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const loss = othersTextLoss(view.data?.changeLog ?? [], spec.key, current, text, editing.profile);
  const saveCorrection = () => {
    if (loss && !confirming) return setConfirming(true);
    setConfirming(false);
    // the save button is disabled once saved and the question goes: focus stays in the box's field
    editorRef.current?.querySelector<HTMLElement>(FIRST_CONTROL)?.focus();
    editing.save(spec, text);
  };
  const close = () => {
    closedFrom.current = mode;
    setConfirming(false);
    editing.setOpened(null);
  };
  const outside = view.outsideEdits.some((e) => e.key === spec.key);
  const pending = [dirty ? CORRECTION_UNSAVED : "", addition.trim() !== "" ? ADDITION_UNSAVED : ""].filter(Boolean);

  if (!mode)
    return (
      <div className={styles.root} role="group" aria-label={spec.def.label} onFocus={() => editing.focusBox(spec.key)}>
        <BoxText
          label={spec.def.label}
          required={required}
          text={current}
          note={pending.length > 0 ? pending.join(" · ") : stamp ? savedStampText(stamp) : undefined}
        />
        {unreadable && draft === undefined && <Caption1 className={styles.warning}>{unreadable}</Caption1>}
        {outside && <Caption1 className={styles.warning}>{BOX_EDIT_TEXT.outsideFirst}</Caption1>}
        <div className={styles.actions}>
          {amendable && (
            <Button
              size="small"
              ref={(b) => void (reopen.current.amend = b)}
              aria-label={forBoxLabel(AMEND_OPEN, spec.def.label)}
              onClick={() => editing.setOpened({ key: spec.key, mode: "amend" })}
            >
              {AMEND_OPEN}
            </Button>
          )}
          <Button
            size="small"
            appearance="subtle"
            ref={(b) => void (reopen.current.correct = b)}
            aria-label={`${CORRECT_OPEN}: ‘${spec.def.label}’`}
            onClick={() => editing.setOpened({ key: spec.key, mode: "correct" })}
          >
            {CORRECT_OPEN}
          </Button>
        </div>
      </div>
    );

  return (
    <div
      className={styles.root}
      role="group"
      aria-label={spec.def.label}
      ref={editorRef}
      data-opened={mode}
      onFocus={() => editing.focusBox(spec.key)}
    >
      {mode === "correct" ? (
        <>
          <BoxInput
            spec={spec}
            value={value}
            messages={messages}
            people={editing.people}
            onChange={(v) => editing.setDraft(spec.key, v)}
          />
          <div className={styles.actions}>
            <Button
              size="small"
              appearance={dirty ? "primary" : "secondary"}
              disabled={!dirty || messages.length > 0 || editing.busy}
              onClick={saveCorrection}
              ref={saveRef}
            >
              {BOX_EDIT_TEXT.saveCorrection}
            </Button>
            {dirty && (
              <Button size="small" appearance="subtle" onClick={() => editing.setDraft(spec.key, undefined)}>
                {BOX_EDIT_TEXT.revert}
              </Button>
            )}
            <Button size="small" appearance="subtle" onClick={close}>
              {CLOSE_EDITOR}
            </Button>
            <Caption1 className={styles.muted}>
              {dirty ? BOX_EDIT_TEXT.notSaved : stamp ? savedStampText(stamp) : ""}
            </Caption1>
          </div>
          {confirming && loss && dirty && (
            <div
              className={styles.confirm}
              role="alertdialog"
              aria-label={BOX_EDIT_TEXT.confirmCorrection}
              aria-describedby={`loss-${spec.key}`}
            >
              <Caption1 id={`loss-${spec.key}`}>
                {loss} {BOX_EDIT_TEXT.logKeepsOld}
              </Caption1>
              <div className={styles.actions}>
                <Button
                  ref={confirmRef}
                  size="small"
                  appearance="primary"
                  disabled={editing.busy}
                  onClick={saveCorrection}
                >
                  {text.trim() === "" ? BOX_EDIT_TEXT.yesEmpty : BOX_EDIT_TEXT.yesReplace}
                </Button>
                <Button
                  size="small"
                  onClick={() => {
                    setConfirming(false);
                    saveRef.current?.focus();
                  }}
                >
                  {BOX_EDIT_TEXT.noDontSave}
                </Button>
              </div>
            </div>
          )}
        </>
      ) : (
        <>
          <BoxText
            label={spec.def.label}
            required={required}
            text={current}
            note={stamp ? savedStampText(stamp) : undefined}
          />
          <AmendBox
            boxKey={spec.key}
            current={current}
            label={spec.def.label}
            value={addition}
            profile={editing.profile}
            today={editing.today}
            busy={editing.busy}
            onChange={(v) => editing.setAmendDraft(spec.key, v)}
            onAmend={() => editing.amend(spec.key, addition)}
          />
          <div className={styles.actions}>
            <Button size="small" appearance="subtle" onClick={close}>
              {CLOSE_EDITOR}
            </Button>
          </div>
        </>
      )}
      {outside && <Caption1 className={styles.warning}>{BOX_EDIT_TEXT.outsideFirst}</Caption1>}
    </div>
  );
}

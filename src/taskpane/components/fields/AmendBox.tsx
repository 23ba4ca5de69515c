// After agreement: add a stamped line to a text box ("PH 20200902, Ambiq: …"). The preview
// shows exactly the line that will be added. A one-line box keeps one line: the stamped line
// replaces its value, and the old value stays in the log.
import { useId, useRef } from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { amendedText, boxTextProblem, formatStamp, isOneLineBox, type Profile } from "../../../domain";
import { additionFieldLabel, BOX_EDIT_TEXT } from "../../../domain/text/box-editing";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  preview: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface AmendBoxProps {
  /** The box key and its text now (to check the result against the box's rule). */
  boxKey: string;
  current: string;
  label: string;
  value: string;
  profile: Profile;
  /** "YYYYMMDD", today in Amsterdam. */
  today: string;
  busy: boolean;
  onChange: (value: string) => void;
  onAmend: () => void;
}

/** The stamped line, or the reason there is none yet (also when the box's rule would refuse the result). */
export function amendPreview(
  profile: Profile,
  today: string,
  text: string,
  box?: { key: string; current: string },
): { line: string | null; problem: string | null } {
  if (text.trim() === "") return { line: null, problem: null };
  try {
    const line = formatStamp(profile, today, text);
    const problem = box ? boxTextProblem(box.key, amendedText(box.key, box.current, line)) : null;
    return problem ? { line: null, problem } : { line, problem: null };
  } catch (error) {
    return {
      line: null,
      problem: error instanceof Error ? error.message : BOX_EDIT_TEXT.additionRefused,
    };
  }
}

export function AmendBox({ boxKey, current, label, value, profile, today, busy, onChange, onAmend }: AmendBoxProps) {
  const styles = useStyles();
  const previewId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { line, problem } = amendPreview(profile, today, value, { key: boxKey, current });
  const oneLine = isOneLineBox(boxKey);
  return (
    <div className={styles.root}>
      <Field
        label={additionFieldLabel(oneLine, label)}
        hint={oneLine ? BOX_EDIT_TEXT.oneLineHint : BOX_EDIT_TEXT.additionHint}
        validationState={problem ? "error" : "none"}
        validationMessage={problem ?? undefined}
      >
        <Input
          ref={inputRef}
          value={value}
          onChange={(_, d) => onChange(d.value)}
          aria-describedby={line ? previewId : undefined}
        />
      </Field>
      {line && (
        <Caption1 id={previewId} className={styles.preview}>
          {oneLine ? BOX_EDIT_TEXT.goesInBox : BOX_EDIT_TEXT.isAdded}: {line}
        </Caption1>
      )}
      <div className={styles.row}>
        <Button
          size="small"
          appearance="primary"
          onClick={() => {
            // the button is disabled while Word works and after (the field is emptied): focus stays in the box
            inputRef.current?.focus();
            onAmend();
          }}
          disabled={busy || line === null}
        >
          {BOX_EDIT_TEXT.addAddition}
        </Button>
      </div>
    </div>
  );
}

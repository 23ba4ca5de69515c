// After agreement: add a stamped line to a text box ("PH 20200902, Ambiq: …"). The preview
// shows exactly the line that will be added.
import { useId } from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { formatStamp, type Profile } from "../../../domain";

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
  label: string;
  value: string;
  profile: Profile;
  /** "YYYYMMDD", today in Amsterdam. */
  today: string;
  busy: boolean;
  onChange: (value: string) => void;
  onAmend: () => void;
}

/** The stamped line, or the reason there is none yet. */
export function amendPreview(profile: Profile, today: string, text: string): { line: string | null; problem: string | null } {
  if (text.trim() === "") return { line: null, problem: null };
  try {
    return { line: formatStamp(profile, today, text), problem: null };
  } catch (error) {
    return { line: null, problem: error instanceof Error ? error.message : "Deze aanvulling kan niet worden toegevoegd." };
  }
}

export function AmendBox({ label, value, profile, today, busy, onChange, onAmend }: AmendBoxProps) {
  const styles = useStyles();
  const previewId = useId();
  const { line, problem } = amendPreview(profile, today, value);
  return (
    <div className={styles.root}>
      <Field
        label={`Aanvulling bij ‘${label}’`}
        hint="Eén regel. Wordt onder de bestaande tekst gezet, met uw initialen, de datum en uw organisatie."
        validationState={problem ? "error" : "none"}
        validationMessage={problem ?? undefined}
      >
        <Input value={value} onChange={(_, d) => onChange(d.value)} aria-describedby={line ? previewId : undefined} />
      </Field>
      {line && (
        <Caption1 id={previewId} className={styles.preview}>
          Wordt toegevoegd: {line}
        </Caption1>
      )}
      <div className={styles.row}>
        <Button size="small" appearance="primary" onClick={onAmend} disabled={busy || line === null}>
          Aanvulling toevoegen
        </Button>
      </div>
    </div>
  );
}

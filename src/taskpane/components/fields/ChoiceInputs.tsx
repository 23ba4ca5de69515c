// Inputs for yes/no, one choice (radio buttons, or a list box for long lists such as the 14
// municipalities) and several choices (check boxes).
import { Checkbox, makeStyles, Radio, RadioGroup, Select } from "@fluentui/react-components";

const useStyles = makeStyles({
  checks: { display: "flex", flexDirection: "column" },
});

export function YesNoInput({ value, onChange }: { value: boolean | null; onChange: (value: boolean | null) => void }) {
  return (
    <RadioGroup
      layout="horizontal"
      value={value === null ? "" : value ? "ja" : "nee"}
      onChange={(_, d) => onChange(d.value === "ja")}
    >
      <Radio value="ja" label="Ja" />
      <Radio value="nee" label="Nee" />
    </RadioGroup>
  );
}

/** More choices than this become a list box (the browser's own select: light, no popup code). */
export const RADIO_LIMIT = 5;

export interface SingleChoiceProps {
  value: string;
  choices: readonly string[];
  placeholder: string;
  onChange: (value: string) => void;
}

export function SingleChoiceInput({ value, choices, placeholder, onChange }: SingleChoiceProps) {
  if (choices.length > RADIO_LIMIT) {
    // The placeholder is shown until a choice is made and cannot be chosen again, as before.
    return (
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="" disabled>
          {placeholder}
        </option>
        {choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </Select>
    );
  }
  return (
    <RadioGroup value={value} onChange={(_, d) => onChange(d.value)}>
      {choices.map((c) => (
        <Radio key={c} value={c} label={c} />
      ))}
    </RadioGroup>
  );
}

export interface MultiChoiceProps {
  value: readonly string[];
  choices: readonly string[];
  onChange: (value: string[]) => void;
}

/** Rendered inside a GroupField, which labels the check boxes as one group. */
export function MultiChoiceInput({ value, choices, onChange }: MultiChoiceProps) {
  const styles = useStyles();
  const toggle = (choice: string, on: boolean) =>
    onChange(choices.filter((c) => (c === choice ? on : value.includes(c))));
  return (
    <div className={styles.checks}>
      {choices.map((c) => (
        <Checkbox key={c} label={c} checked={value.includes(c)} onChange={(_, d) => toggle(c, d.checked === true)} />
      ))}
    </div>
  );
}

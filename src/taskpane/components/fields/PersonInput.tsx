// A person: name and organisation, written in the box as "Naam (Organisatie)".
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PersonValue } from "../../../domain";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function PersonInput({ value, onChange }: { value: PersonValue; onChange: (value: PersonValue) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label="Naam" size="small">
        <Input value={value.name} onChange={(_, d) => onChange({ ...value, name: d.value })} />
      </Field>
      <Field label="Organisatie" size="small">
        <Input value={value.organisation} onChange={(_, d) => onChange({ ...value, organisation: d.value })} />
      </Field>
    </div>
  );
}

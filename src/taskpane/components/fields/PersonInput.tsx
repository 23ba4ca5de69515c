// A person: name and organisation, written in the box as "Naam (Organisatie)". With people to pick
// (the regisseur), the name field offers the people of step 2: typing stays possible, and picking
// one fills name and organisation as step 2 writes them.
import { useId } from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PersonValue, PickablePerson } from "../../../domain";
import { PICK_HINT } from "../../../domain/text/meeting";
import { PickList } from "./PickList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface PersonInputProps {
  value: PersonValue;
  onChange: (value: PersonValue) => void;
  /** People to pick from (none: a plain name field). */
  people?: readonly PickablePerson[];
}

/** The person a typed or picked name stands for: a pick list label, or a name typed whole before any organisation. */
export function pickedPerson(
  typed: string,
  organisation: string,
  people: readonly PickablePerson[],
): PickablePerson | undefined {
  return (
    people.find((p) => p.label === typed) ??
    (organisation.trim() === "" ? people.find((p) => p.name === typed && p.organisation !== "") : undefined)
  );
}

export function PersonInput({ value, onChange, people = [] }: PersonInputProps) {
  const styles = useStyles();
  const listId = useId();
  const pick = people.length > 0;
  return (
    <div className={styles.root}>
      <Field label="Naam" size="small" hint={pick ? PICK_HINT : undefined}>
        <Input
          value={value.name}
          list={pick ? listId : undefined}
          autoComplete="off"
          onChange={(_, d) => {
            const person = pick ? pickedPerson(d.value, value.organisation, people) : undefined;
            onChange(person ? { name: person.name, organisation: person.organisation } : { ...value, name: d.value });
          }}
        />
      </Field>
      {pick && <PickList id={listId} options={people.map((p) => p.label)} />}
      <Field label="Organisatie" size="small">
        <Input value={value.organisation} onChange={(_, d) => onChange({ ...value, organisation: d.value })} />
      </Field>
    </div>
  );
}

// The browser's own pick list (datalist) of the people of step 2: a text field with it stays a
// text field (typing is free) and is announced as a combobox; no popup code in the first chunk.
import type { PickablePerson } from "../../../domain";

export function PeopleList({ id, people }: { id: string; people: readonly PickablePerson[] }) {
  return (
    <datalist id={id}>
      {people.map((p) => (
        <option key={p.label} value={p.label} />
      ))}
    </datalist>
  );
}

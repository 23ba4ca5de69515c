// The browser's own pick list (datalist): a text field with it stays a text field (typing is
// free) and is announced as a combobox; no popup code in the first chunk.

export function PickList({ id, options }: { id: string; options: readonly string[] }) {
  return (
    <datalist id={id}>
      {options.map((o) => (
        <option key={o} value={o} />
      ))}
    </datalist>
  );
}

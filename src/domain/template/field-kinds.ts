// What each field kind means for the code that handles boxes generically. A table over every
// kind (`satisfies Record<FieldKind, …>`), and unhandledKind() in the default of every switch
// over a kind: adding a kind to FIELD_KINDS fails to compile until each place decides what to
// do with it, instead of quietly treating it as plain text.

/** Every kind a field of the template can have. */
export const FIELD_KINDS = [
  "text",
  "longText",
  "date",
  "yesNo",
  "singleChoice",
  "multiChoice",
  "person",
  "rows",
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldKindTraits {
  /** Text people type freely: the text rules apply, "beide houden" may join two texts, the anonymiser scrubs it. */
  freeText: boolean;
  /** The box holds several lines: an addition goes on a new line under the text, and it is drawn taller. */
  multiLine: boolean;
}

export const FIELD_KIND_TRAITS = {
  text: { freeText: true, multiLine: false },
  longText: { freeText: true, multiLine: true },
  date: { freeText: false, multiLine: false },
  yesNo: { freeText: false, multiLine: false },
  singleChoice: { freeText: false, multiLine: false },
  multiChoice: { freeText: false, multiLine: false },
  person: { freeText: false, multiLine: false },
  // Not one box: each cell is a box of its column's kind.
  rows: { freeText: false, multiLine: false },
} as const satisfies Record<FieldKind, FieldKindTraits>;

/** For the default of a switch over a kind: compiles only when every kind has its case. */
export function unhandledKind(kind: never): never {
  throw new Error(`Onbekende soort vak: ${String(kind)}`);
}

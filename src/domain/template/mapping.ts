// How one version of the handreiking maps onto the next, as data. Only what changes the identity
// of a box is declared (a box renamed, split, removed or added); what is only worded differently
// (labels, guidance, step titles, the introduction and the rules) and a box that moved to another
// step are found by comparing the two definitions (see upgrade.ts), so a mapping cannot forget them.

/** What happens to a box (a field) between two versions. Fields not named keep their id. */
export type FieldChange =
  /** Same box, new id: its text, its log history and its attributed text go along. */
  | { kind: "renamed"; from: string; to: string }
  /** One box becomes several: the old text goes into the first, the others start empty. */
  | { kind: "split"; from: string; into: readonly [string, string, ...string[]] }
  /** The box is gone: its text is kept in a locked part "Uit eerdere versie" in the document. */
  | { kind: "removed"; field: string }
  /** A new box, empty in every existing document. */
  | { kind: "added"; field: string };

export interface VersionMapping {
  from: string;
  to: string;
  changes: readonly FieldChange[];
  /**
   * Null: what was agreed at the MDO still stands after the upgrade (an agreed document stays
   * agreed). A Dutch reason: the change alters what was agreed, so an agreed document must be
   * agreed again; the upgrade says so and the document is no longer marked agreed.
   */
  newAgreement: string | null;
}

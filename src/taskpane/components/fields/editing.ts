// Everything a box editor needs from the wizard, passed down as one object: the document,
// the drafts and the callbacks that reach the gateway.
import type { PickablePerson, Profile } from "../../../domain";
import type { FormView } from "../../../word/gateway";
import type { BoxSpec, DraftValue, UnsavedBox } from "../../box-model";

/** After agreement, the one box whose editor is open (the others stay compact), and for what. */
export interface OpenedBox {
  key: string;
  mode: "amend" | "correct";
}

export interface BoxEditing {
  view: FormView;
  profile: Profile;
  /** "YYYYMMDD", today in Amsterdam (for the amendment preview). */
  today: string;
  busy: boolean;
  /** After agreement: text boxes get "Aanvulling toevoegen"; edits are corrections. */
  amendMode: boolean;
  /** The boxes are gone from the document (another program); the values are shown read-only until repair. */
  readOnly: boolean;
  /** After agreement: the box whose editor is open, or null (every box compact). */
  opened: OpenedBox | null;
  /** Opens one box's editor (closing any other); null closes it. */
  setOpened: (opened: OpenedBox | null) => void;
  /** Step 2's people as "Naam (Organisatie)" with their parts, for the pick lists. */
  people: readonly PickablePerson[];
  drafts: Readonly<Record<string, DraftValue>>;
  amendDrafts: Readonly<Record<string, string>>;
  setDraft: (key: string, value: DraftValue | undefined) => void;
  setAmendDraft: (key: string, value: string) => void;
  /** Drafts and additions not in the document yet. */
  unsaved: readonly UnsavedBox[];
  save: (spec: BoxSpec, text: string) => void;
  /** Saves several boxes one after the other (a table row when focus leaves it). */
  saveBoxes: (changes: readonly { spec: BoxSpec; text: string }[]) => void;
  /** Saves every unsaved draft and addition that can be saved. */
  saveAll: () => void;
  amend: (key: string, text: string) => void;
  /** Puts a box back to the text before a correction (itself a logged correction). */
  undo: (key: string, text: string) => void;
  addRow: (fieldId: string) => void;
  removeRow: (fieldId: string, rowKey: string) => void;
  focusBox: (key: string) => void;
}

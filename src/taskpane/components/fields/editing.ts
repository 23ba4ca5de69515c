// Everything a box editor needs from the wizard, passed down as one object: the document,
// the drafts and the callbacks that reach the gateway.
import type { Profile } from "../../../domain";
import type { FormView } from "../../../word/gateway";
import type { BoxSpec, DraftValue, UnsavedBox } from "../../box-model";

export interface BoxEditing {
  view: FormView;
  profile: Profile;
  /** "YYYYMMDD", today in Amsterdam (for the amendment preview). */
  today: string;
  busy: boolean;
  /** After agreement: text boxes get "Aanvulling toevoegen"; edits are corrections. */
  amendMode: boolean;
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

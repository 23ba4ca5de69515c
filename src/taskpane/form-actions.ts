// What the pane asks of Word for an open form, as the signed-in person: every call runs through
// useFormView (busy, error shown), says what it did in the live region, and drops a draft only
// when it still says what was saved (text typed while Word was busy stays).
import {
  boxKey,
  findField,
  isRows,
  pickablePeople,
  TEMPLATE,
  dayToDutch,
  type AgreementNote,
  type CopyState,
  type MergeChoice,
  type Profile,
} from "../domain";
import type { FormGateway, FormView, SaveOutcome } from "../word/gateway";
import { draftText, specForKey, type BoxSpec } from "./box-model";
import type { BoxEditing, OpenedBox } from "./components/fields/editing";
import type { DraftsState } from "./hooks/useDrafts";
import { withoutKey } from "./hooks/useDrafts";
import type { FormViewState, Outcome } from "./hooks/useFormView";
import type { InTurn } from "./in-turn";
import {
  ADDITION_ADDED,
  agreedText,
  boxRestoredText,
  boxSavedText,
  MERGED_TEXT,
  rowBoxesSavedText,
  savedCountText,
} from "../domain/text/saving";

export interface FormActionsDeps {
  gateway: FormGateway;
  form: FormViewState;
  profile: Profile;
  drafts: DraftsState;
  /** Saves and row additions while filling run one after the other (see in-turn.ts). */
  inTurn: InTurn;
  announce: (message: string) => void;
}

export interface FormActions {
  writeDraft: (spec: BoxSpec, text: string) => Promise<boolean>;
  addAddition: (key: string, text: string) => Promise<boolean>;
  /** Saves every draft and addition that can be saved, one after the other; stops at an error. */
  saveAll: () => Promise<void>;
  saveWithName: (name: string) => Promise<SaveOutcome | null>;
  getCopy: () => Promise<Outcome<Uint8Array | null>>;
  mergeCopy: (there: CopyState, choices: Record<string, MergeChoice>, fileName: string) => Promise<boolean>;
  /** Agrees the form at the MDO ("YYYYMMDD") and says so in the live region (no earlier "is opgeslagen" stays). */
  agree: (day: string, note?: AgreementNote) => Promise<boolean>;
}

export function formActions({ gateway, form, profile, drafts, inTurn, announce }: FormActionsDeps): FormActions {
  const { apply, perform, refresh } = form;

  const writeDraft = async (spec: BoxSpec, text: string): Promise<boolean> => {
    const ok = await inTurn(() => apply(() => gateway.writeBox(spec.key, text, profile)));
    if (ok)
      drafts.setDrafts((d) =>
        d[spec.key] !== undefined && draftText(spec, d[spec.key] ?? "") === text ? withoutKey(d, spec.key) : d,
      );
    return ok;
  };
  const addAddition = async (key: string, text: string): Promise<boolean> => {
    const ok = await apply(() => gateway.amend(key, text, profile));
    if (ok) drafts.setAmendDrafts((d) => (d[key] === text ? withoutKey(d, key) : d));
    return ok;
  };
  const saveAll = async () => {
    let count = 0;
    for (const u of drafts.unsaved) {
      if (u.problems.length > 0) continue;
      const ok = u.kind === "draft" ? await writeDraft(u.spec, u.text) : await addAddition(u.key, u.text);
      if (!ok) return;
      count += 1;
    }
    announce(savedCountText(count));
  };

  const saveWithName = async (name: string): Promise<SaveOutcome | null> => {
    // Outside edits made since the last read must be signed first.
    const fresh = await refresh();
    if (!fresh || fresh.outsideEdits.length > 0) return null;
    const r = await perform(() => gateway.saveWithName(name));
    return r.ok ? r.value : null;
  };
  const getCopy = async () => {
    const fresh = await refresh();
    if (!fresh || fresh.outsideEdits.length > 0) return { ok: false as const };
    return perform(() => gateway.getCopy());
  };
  const mergeCopy = async (
    there: CopyState,
    choices: Record<string, MergeChoice>,
    fileName: string,
  ): Promise<boolean> => {
    const ok = await apply(() => gateway.mergeCopy(there, choices, profile, { fileName }));
    if (ok) announce(MERGED_TEXT);
    return ok;
  };

  const agree = async (day: string, note?: AgreementNote): Promise<boolean> => {
    const ok = await apply(() => gateway.agree(day, profile, note));
    if (ok) announce(agreedText(dayToDutch(day)));
    return ok;
  };

  return { writeDraft, addAddition, saveAll, saveWithName, getCopy, mergeCopy, agree };
}

export interface BoxEditingDeps extends FormActionsDeps {
  view: FormView;
  actions: FormActions;
  /** "YYYYMMDD", today in Amsterdam. */
  today: string;
  selectBox: (key: string) => void;
  /** After agreement, the box whose editor is open (App state: it outlives a step change). */
  opened: OpenedBox | null;
  setOpened: (opened: OpenedBox | null) => void;
}

/** Everything the wizard's box editors need, as one object. */
export function boxEditing({
  view,
  profile,
  today,
  form,
  drafts,
  actions,
  inTurn,
  gateway,
  announce,
  selectBox,
  opened,
  setOpened,
}: BoxEditingDeps): BoxEditing {
  const { apply } = form;
  const { writeDraft, addAddition } = actions;
  return {
    view,
    profile,
    today,
    busy: form.busy,
    amendMode: view.data?.agreed != null,
    readOnly: view.notRestored === true,
    opened,
    setOpened,
    people: pickablePeople(view.values),
    drafts: drafts.drafts,
    amendDrafts: drafts.amendDrafts,
    setDraft: (key, value) =>
      drafts.setDrafts((d) => (value === undefined ? withoutKey(d, key) : { ...d, [key]: value })),
    setAmendDraft: (key, value) => drafts.setAmendDrafts((d) => ({ ...d, [key]: value })),
    unsaved: drafts.unsaved,
    save: (spec: BoxSpec, text: string) => {
      void writeDraft(spec, text).then((ok) => ok && announce(boxSavedText(spec.def.label)));
    },
    undo: (key, text) => {
      const spec = specForKey(view, key);
      if (!spec) return;
      void writeDraft(spec, text).then((ok) => ok && announce(boxRestoredText(spec.def.label)));
    },
    amend: (key, text) => {
      void addAddition(key, text).then((ok) => ok && announce(ADDITION_ADDED));
    },
    saveBoxes: (changes) => {
      void (async () => {
        for (const { spec, text } of changes) if (!(await writeDraft(spec, text))) return;
        announce(rowBoxesSavedText(changes.map((c) => c.spec.def.label)));
      })();
    },
    saveAll: () => void actions.saveAll(),
    addRow: (fieldId) => void inTurn(() => apply(() => gateway.addRow(fieldId, profile))),
    removeRow: (fieldId, rowKey) => void apply(() => gateway.removeRow(fieldId, rowKey, profile)),
    focusBox: selectBox,
  };
}

/** The box a wizard part starts at: its first field, or a table's first cell. */
export function firstBoxOfPart(view: FormView, partId: string): string | null {
  const field = TEMPLATE.steps.find((s) => s.id === partId)?.fields[0];
  if (!field) return null;
  if (field.kind !== "rows") return field.id;
  const rows = view.values[field.id];
  const first = isRows(rows) ? rows[0] : undefined;
  const column = findField(field.id)?.field.columns?.[0];
  return first && column ? boxKey({ fieldId: field.id, rowKey: first.key, columnId: column.id }) : null;
}

// The tabs of an open form: Invullen (the wizard), Logboek, Verzenden and Kopieën.
import { Suspense } from "react";
import { Spinner } from "@fluentui/react-components";
import type { HiddenData, KeyRing, Profile } from "../../domain";
import type { FormGateway, FormView } from "../../word/gateway";
import type { FormActions } from "../form-actions";
import type { UnsavedBox } from "../box-model";
import type { FormViewState, Outcome } from "../hooks/useFormView";
import type { BoxEditing } from "./fields/editing";
import { MainTabs, type MainView } from "./MainTabs";
import { Wizard } from "./Wizard";
import { lazyPart } from "./LazyPart";

// Every tab but the first is its own chunk, loaded when the tab opens: the first screen needs
// only the wizard. Kopieën also brings the .docx reading and the anonymiser. A part whose chunk
// cannot be loaded (a new version on the server) says so and keeps the rest (LazyPart.tsx).
const ChangeLogView = lazyPart("Logboek", () =>
  import(/* webpackChunkName: "logboek" */ "./ChangeLogView").then((m) => ({ default: m.ChangeLogView })),
);
const SendPanel = lazyPart("Verzenden", () =>
  import(/* webpackChunkName: "verzenden" */ "./SendPanel").then((m) => ({ default: m.SendPanel })),
);
const CopiesPanel = lazyPart("Kopieën", () => import(/* webpackChunkName: "kopieen" */ "./copies/CopiesPanel"));

export interface FormTabsProps {
  view: FormView;
  gateway: FormGateway;
  form: FormViewState;
  profile: Profile;
  editing: BoxEditing;
  actions: FormActions;
  unsaved: readonly UnsavedBox[];
  tab: MainView;
  onTab: (tab: MainView) => void;
  part: string;
  onPart: (partId: string) => void;
  loadHidden: () => Promise<Outcome<HiddenData>>;
  /** The organisations' key lists, for the signatures in the log (null while loading). */
  keyRing: KeyRing | null;
}

export function FormTabs({
  view,
  gateway,
  form,
  profile,
  editing,
  actions,
  unsaved,
  tab,
  onTab,
  part,
  onPart,
  loadHidden,
  keyRing,
}: FormTabsProps) {
  const { apply } = form;
  const olderUnread = view.logStart ?? 0;
  const blocked = view.outsideEdits.length > 0;
  return (
    <MainTabs current={tab} onSelect={onTab}>
      {tab === "invullen" && (
        <Wizard
          editing={editing}
          current={part}
          onSelect={onPart}
          onAgree={(day, note) => void actions.agree(day, note)}
        />
      )}
      {tab === "logboek" && (
        <Suspense fallback={<Spinner size="small" label="Laden…" />}>
          <ChangeLogView
            log={view.data?.changeLog ?? []}
            olderUnread={olderUnread}
            archived={olderUnread > 0 ? 0 : (view.data?.archivedEntries ?? 0)}
            busy={form.busy}
            problems={view.problems.length}
            onReadWhole={() => void apply(() => gateway.openWholeLog())}
            boxTexts={view.boxTexts}
            onUndo={(u) => editing.undo(u.key, u.text)}
            keyRing={keyRing}
          />
        </Suspense>
      )}
      {tab === "verzenden" && (
        <Suspense fallback={<Spinner size="small" label="Laden…" />}>
          <SendPanel
            view={view}
            unsaved={unsaved}
            onSaveAll={() => void actions.saveAll()}
            blocked={blocked}
            busy={form.busy}
            onSaveWithName={actions.saveWithName}
            onGetCopy={actions.getCopy}
            onLoadHidden={loadHidden}
            onRemoveQuarantined={(id) => apply(() => gateway.removeQuarantined(id, profile))}
          />
        </Suspense>
      )}
      {tab === "kopieen" && (
        <Suspense fallback={<Spinner size="small" label="Laden…" />}>
          <CopiesPanel
            view={view}
            blocked={blocked}
            busy={form.busy}
            getCopy={actions.getCopy}
            onMerge={actions.mergeCopy}
          />
        </Suspense>
      )}
    </MainTabs>
  );
}

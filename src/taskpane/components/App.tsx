// The task pane: profile, document status, and for a form the wizard, the log and sending.
// Talks to Word only through the FormGateway it is given.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import {
  amsterdamDay,
  boxKey,
  findField,
  isRows,
  peopleOfForm,
  serializeProfile,
  TEMPLATE,
  type CopyState,
  type HiddenData,
  type MergeChoice,
  type Profile,
} from "../../domain";
import type { FormGateway, SaveOutcome } from "../../word/gateway";
import { inTurnQueue } from "../in-turn";
import type { ContractRun } from "../../word/contract";
import type { ProfileStore } from "../profile-store";
import { loadStoredProfile } from "../profile-state";
import { useFormView, type Outcome } from "../hooks/useFormView";
import { createBoxSelector } from "../box-selector";
import { draftText, unsavedBoxes, type BoxSpec, type DraftValue } from "../box-model";
import type { BoxEditing } from "./fields/editing";
import { ProfileHeader } from "./ProfileHeader";
import { ProfileForm } from "./ProfileForm";
import { Notices } from "./Notices";
import { DocumentStatus } from "./DocumentStatus";
import { OutsideEdits } from "./OutsideEdits";
import { MainTabs, type MainView } from "./MainTabs";
import { Wizard } from "./Wizard";
import { TemplateUpgrade } from "./TemplateUpgrade";

// Every tab but the first is its own chunk, loaded when the tab opens: the first screen needs
// only the wizard. Kopieën also brings the .docx reading and the anonymiser.
const ChangeLogView = lazy(() =>
  import(/* webpackChunkName: "logboek" */ "./ChangeLogView").then((m) => ({ default: m.ChangeLogView })),
);
const SendPanel = lazy(() =>
  import(/* webpackChunkName: "verzenden" */ "./SendPanel").then((m) => ({ default: m.SendPanel })),
);
const CopiesPanel = lazy(() => import(/* webpackChunkName: "kopieen" */ "./copies/CopiesPanel"));
// Its own chunk too: the contract cases run only when the user opens Zelftest.
const SelfTestPage = lazy(() => import(/* webpackChunkName: "zelftest" */ "./selftest/SelfTestPage"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
  },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface AppProps {
  gateway: FormGateway;
  storage: ProfileStore;
  /** The current time (tests pass a fixed clock). */
  clock?: () => Date;
  /** Runs the Zelftest (tests pass a fake); by default the contract cases in this Word. */
  runSelfTest?: () => Promise<ContractRun>;
}

const withoutKey = <T,>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const next = { ...record };
  delete next[key];
  return next;
};

export function App({ gateway, storage, clock = () => new Date(), runSelfTest }: AppProps) {
  const styles = useStyles();
  const [stored] = useState(() => loadStoredProfile(storage));
  const [profile, setProfile] = useState<Profile | null>(stored.profile);
  const [editingProfile, setEditingProfile] = useState(false);
  const [storageWarning, setStorageWarning] = useState(false);
  const form = useFormView(gateway);
  const [drafts, setDrafts] = useState<Record<string, DraftValue>>({});
  const [amendDrafts, setAmendDrafts] = useState<Record<string, string>>({});
  const [tab, setTab] = useState<MainView>("invullen");
  const [part, setPart] = useState<string>(TEMPLATE.steps[0]?.id ?? "afronden");
  const [announcement, setAnnouncement] = useState("");
  const { view, apply, perform, refresh } = form;
  const [selfTest, setSelfTest] = useState(false);

  // Saves and row additions while filling run one after the other (see in-turn.ts).
  const [inTurn] = useState(inTurnQueue);

  const selectBox = useMemo(() => createBoxSelector(gateway), [gateway]);
  // Read quietly: a background read must neither clear nor show the error of the user's last action.
  const loadHidden = useCallback(async (): Promise<Outcome<HiddenData>> => {
    try {
      return { ok: true, value: await gateway.hiddenData() };
    } catch {
      return { ok: false };
    }
  }, [gateway]);

  // Comparing with another copy needs this copy's whole log (opening read only the newest entries).
  const olderUnread = view?.logStart ?? 0;
  useEffect(() => {
    if (tab === "kopieen" && olderUnread > 0) void apply(() => gateway.openWholeLog());
  }, [tab, olderUnread, apply, gateway]);

  const unsaved = useMemo(() => (view ? unsavedBoxes(view, drafts, amendDrafts) : []), [view, drafts, amendDrafts]);
  const hasUnsaved = unsaved.length > 0;

  // Closing the pane (or reloading it) with text not in the document: the browser asks first.
  // Word may close a task pane without this event; the text is then lost, so the pane saves on
  // leaving a box before agreement and names what is unsaved wherever it matters.
  useEffect(() => {
    if (!hasUnsaved) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [hasUnsaved]);

  const saveProfile = (p: Profile) => {
    try {
      storage.save(serializeProfile(p));
      setStorageWarning(false);
    } catch {
      setStorageWarning(true);
    }
    setProfile(p);
    setEditingProfile(false);
  };

  if (selfTest) {
    return (
      <main className={styles.root}>
        <ProfileHeader profile={null} onEdit={() => undefined} />
        <Suspense fallback={<Spinner size="small" label="Laden…" />}>
          <SelfTestPage
            run={runSelfTest}
            onClose={() => {
              setSelfTest(false);
              void refresh();
            }}
          />
        </Suspense>
      </main>
    );
  }

  if (!profile || editingProfile) {
    return (
      <main className={styles.root}>
        <ProfileHeader profile={null} onEdit={() => undefined} onSelfTest={() => setSelfTest(true)} />
        <ProfileForm
          initial={profile ?? undefined}
          note={profile ? undefined : stored.note}
          onSave={saveProfile}
          onCancel={profile ? () => setEditingProfile(false) : undefined}
        />
      </main>
    );
  }

  const today = amsterdamDay(clock());
  const outside = view?.outsideEdits ?? [];

  // Drops a draft only when it still says what was saved: text typed while Word was busy stays.
  const writeDraft = async (spec: BoxSpec, text: string): Promise<boolean> => {
    const ok = await inTurn(() => apply(() => gateway.writeBox(spec.key, text, profile)));
    if (ok)
      setDrafts((d) =>
        d[spec.key] !== undefined && draftText(spec, d[spec.key] ?? "") === text ? withoutKey(d, spec.key) : d,
      );
    return ok;
  };
  const addAddition = async (key: string, text: string): Promise<boolean> => {
    const ok = await apply(() => gateway.amend(key, text, profile));
    if (ok) setAmendDrafts((d) => (d[key] === text ? withoutKey(d, key) : d));
    return ok;
  };
  /** Saves every draft and addition that can be saved, one after the other; stops at an error. */
  const saveAll = async () => {
    let count = 0;
    for (const u of unsaved) {
      if (u.problems.length > 0) continue;
      const ok = u.kind === "draft" ? await writeDraft(u.spec, u.text) : await addAddition(u.key, u.text);
      if (!ok) return;
      count += 1;
    }
    setAnnouncement(count === 1 ? "1 vak is opgeslagen." : `${count} vakken zijn opgeslagen.`);
  };

  const editing: BoxEditing | null = view && {
    view,
    profile,
    today,
    busy: form.busy,
    amendMode: view.data?.agreed != null,
    drafts,
    amendDrafts,
    setDraft: (key, value) => setDrafts((d) => (value === undefined ? withoutKey(d, key) : { ...d, [key]: value })),
    setAmendDraft: (key, value) => setAmendDrafts((d) => ({ ...d, [key]: value })),
    unsaved,
    save: (spec: BoxSpec, text: string) => {
      void writeDraft(spec, text).then((ok) => ok && setAnnouncement(`‘${spec.def.label}’ is opgeslagen.`));
    },
    amend: (key, text) => {
      void addAddition(key, text).then((ok) => ok && setAnnouncement("De aanvulling is toegevoegd."));
    },
    saveBoxes: (changes) => {
      void (async () => {
        for (const { spec, text } of changes) if (!(await writeDraft(spec, text))) return;
        setAnnouncement(
          changes.length === 1 ? `‘${changes[0]?.spec.def.label ?? ""}’ is opgeslagen.` : "De rij is opgeslagen.",
        );
      })();
    },
    saveAll: () => void saveAll(),
    addRow: (fieldId) => void inTurn(() => apply(() => gateway.addRow(fieldId, profile))),
    removeRow: (fieldId, rowKey) => void apply(() => gateway.removeRow(fieldId, rowKey, profile)),
    focusBox: selectBox,
  };

  const selectPart = (partId: string) => {
    setPart(partId);
    const field = TEMPLATE.steps.find((s) => s.id === partId)?.fields[0];
    if (!field || !view) return;
    if (field.kind !== "rows") return selectBox(field.id);
    const rows = view.values[field.id];
    const first = isRows(rows) ? rows[0] : undefined;
    const column = findField(field.id)?.field.columns?.[0];
    if (first && column) selectBox(boxKey({ fieldId: field.id, rowKey: first.key, columnId: column.id }));
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
    if (ok) setAnnouncement("De wijzigingen uit de andere kopie zijn overgenomen.");
    return ok;
  };

  return (
    <main className={styles.root}>
      <ProfileHeader profile={profile} onEdit={() => setEditingProfile(true)} onSelfTest={() => setSelfTest(true)} />
      <div role="status" className={styles.hidden}>
        {announcement}
      </div>
      {storageWarning && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            Uw gegevens konden niet op deze computer worden bewaard; ze gelden zolang dit venster open is.
          </MessageBarBody>
        </MessageBar>
      )}
      <Notices
        reduced={view?.reduced ?? []}
        problems={view?.problems ?? []}
        logNotice={view?.logNotice ?? null}
        error={form.error}
        busy={form.busy}
        onRepair={(side) => void apply(() => gateway.repair(profile, side))}
        onDismissError={form.dismissError}
      />
      {!view ? (
        form.error ? (
          <div>
            <Button onClick={() => void refresh()}>Opnieuw proberen</Button>
          </div>
        ) : (
          <Spinner size="small" label="Het document wordt gelezen…" />
        )
      ) : view.kind !== "form" ? (
        <DocumentStatus
          view={view}
          busy={form.busy}
          onNew={() => void apply(() => gateway.newDocument(profile))}
          onConvert={() => void apply(() => gateway.convert(profile))}
        />
      ) : view.templateUpgrade ? (
        <TemplateUpgrade
          notice={view.templateUpgrade}
          profile={profile}
          busy={form.busy}
          onUpgrade={() => void apply(() => gateway.upgradeTemplate(profile))}
        />
      ) : (
        <>
          <OutsideEdits
            edits={outside}
            people={peopleOfForm(view.values)}
            profile={profile}
            busy={form.busy}
            onAttribute={(edits) => void apply(() => gateway.attributeOutsideEdits(edits, profile))}
          />
          <MainTabs current={tab} onSelect={setTab}>
            {tab === "invullen" && editing && (
              <Wizard
                editing={editing}
                current={part}
                onSelect={selectPart}
                onAgree={(day, note) => void apply(() => gateway.agree(day, profile, note))}
              />
            )}
            {tab === "logboek" && (
              <Suspense fallback={<Spinner size="small" label="Laden…" />}>
                <ChangeLogView
                  log={view.data?.changeLog ?? []}
                  olderUnread={olderUnread}
                  archived={olderUnread > 0 ? 0 : (view.data?.archivedEntries ?? 0)}
                  busy={form.busy}
                  onReadWhole={() => void apply(() => gateway.openWholeLog())}
                />
              </Suspense>
            )}
            {tab === "verzenden" && (
              <Suspense fallback={<Spinner size="small" label="Laden…" />}>
                <SendPanel
                  view={view}
                  unsaved={unsaved}
                  onSaveAll={() => void saveAll()}
                  blocked={outside.length > 0}
                  busy={form.busy}
                  onSaveWithName={saveWithName}
                  onGetCopy={getCopy}
                  onLoadHidden={loadHidden}
                  onRemoveQuarantined={(id) => apply(() => gateway.removeQuarantined(id, profile))}
                />
              </Suspense>
            )}
            {tab === "kopieen" && (
              <Suspense fallback={<Spinner size="small" label="Laden…" />}>
                <CopiesPanel
                  view={view}
                  blocked={outside.length > 0}
                  busy={form.busy}
                  getCopy={getCopy}
                  onMerge={mergeCopy}
                />
              </Suspense>
            )}
          </MainTabs>
        </>
      )}
    </main>
  );
}

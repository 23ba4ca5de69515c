// The task pane: profile, document status, and for a form the wizard, the log and sending.
// Talks to Word only through the FormGateway it is given.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { amsterdamDay, TEMPLATE, type HiddenData } from "../../domain";
import type { FormGateway } from "../../word/gateway";
import { inTurnQueue } from "../in-turn";
import type { ContractRun } from "../../word/contract";
import type { ProfileStore } from "../profile-store";
import { useFormView, type FormViewState, type Outcome } from "../hooks/useFormView";
import type { OpenedBox } from "./fields/editing";
import { useProfileState } from "../hooks/useProfileState";
import { useSigning, type SigningSetup } from "../hooks/useSigning";
import { useSignatureProblems } from "../hooks/useSignatureProblems";
import { SigningKeyInfo } from "./SigningKeyInfo";
import { useDrafts } from "../hooks/useDrafts";
import { useFocusRescue } from "../hooks/useFocusRescue";
import { createBoxSelector } from "../box-selector";
import { boxEditing, firstBoxOfPart, formActions } from "../form-actions";
import { ProfileHeader } from "./ProfileHeader";
import { ProfileForm } from "./ProfileForm";
import { Notices } from "./Notices";
import { DocumentContent } from "./DocumentContent";
import type { MainView } from "./MainTabs";
import { SCREEN_READER_ONLY } from "./screen-reader-only";
import { PaneFooter } from "./PaneFooter";
import { lazyPart, ReloadContext } from "./LazyPart";

// Its own chunk: the contract cases run only when the user opens Zelftest.
const SelfTestPage = lazyPart("Zelftest", () => import(/* webpackChunkName: "zelftest" */ "./selftest/SelfTestPage"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
  },
  hidden: SCREEN_READER_ONLY,
});

export interface AppProps {
  gateway: FormGateway;
  storage: ProfileStore;
  /** The current time (tests pass a fixed clock). */
  clock?: () => Date;
  /** Runs the Zelftest (tests pass a fake); by default the contract cases in this Word. */
  runSelfTest?: () => Promise<ContractRun>;
  /** Reloads the whole pane after a part failed to load (tests pass a fake). */
  reload?: () => void;
  /** The signing key store and the key lists (docs/ondertekening.md); absent: nothing is signed. */
  signing?: SigningSetup;
}

const reloadPane = () => window.location.reload();

/** Read quietly: a background read must neither clear nor show the error of the user's last action. */
function useQuietHiddenData(gateway: FormGateway): () => Promise<Outcome<HiddenData>> {
  return useCallback(async (): Promise<Outcome<HiddenData>> => {
    try {
      return { ok: true, value: await gateway.hiddenData() };
    } catch {
      return { ok: false };
    }
  }, [gateway]);
}

/** Comparing with another copy needs this copy's whole log (opening read only the newest entries). */
function useWholeLogForCopies(gateway: FormGateway, form: FormViewState, tab: MainView): void {
  const olderUnread = form.view?.logStart ?? 0;
  const { apply } = form;
  useEffect(() => {
    if (tab === "kopieen" && olderUnread > 0) void apply(() => gateway.openWholeLog());
  }, [tab, olderUnread, apply, gateway]);
}

export function App({
  gateway,
  storage,
  clock = () => new Date(),
  runSelfTest,
  reload = reloadPane,
  signing: signingSetup,
}: AppProps) {
  const styles = useStyles();
  const who = useProfileState(storage);
  const signing = useSigning(signingSetup, who.profile);
  const form = useFormView(gateway);
  const drafts = useDrafts(form.view);
  const [tab, setTab] = useState<MainView>("invullen");
  const [part, setPart] = useState<string>(TEMPLATE.steps[0]?.id ?? "afronden");
  const [announcement, setAnnouncement] = useState("");
  const [selfTest, setSelfTest] = useState(false);
  const [opened, setOpened] = useState<OpenedBox | null>(null);
  // Saves and row additions while filling run one after the other (see in-turn.ts).
  const [inTurn] = useState(inTurnQueue);
  const selectBox = useMemo(() => createBoxSelector(gateway), [gateway]);
  const loadHidden = useQuietHiddenData(gateway);
  useWholeLogForCopies(gateway, form, tab);
  const { view, apply, refresh } = form;
  const signatureProblems = useSignatureProblems(view?.data?.changeLog, signing.ring);
  const problems = useMemo(() => [...(view?.problems ?? []), ...signatureProblems], [view, signatureProblems]);
  const { profile } = who;
  // The profile form unmounts on save or cancel; without this the focus fell to <body>.
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);
  useEffect(() => {
    if (focusEditButton.current && editButton.current) {
      focusEditButton.current = false;
      editButton.current.focus();
    }
  });
  const mainElement = useRef<HTMLElement>(null);
  useFocusRescue(mainElement);
  const unsavedCount = drafts.unsaved.length;
  const reloadSupport = useMemo(() => ({ unsaved: unsavedCount, reload }), [unsavedCount, reload]);
  const inPane = (main: ReactNode) => <ReloadContext.Provider value={reloadSupport}>{main}</ReloadContext.Provider>;

  if (selfTest) {
    return inPane(
      <main className={styles.root} ref={mainElement}>
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
        <PaneFooter />
      </main>,
    );
  }

  if (!profile || who.editing) {
    return inPane(
      <main className={styles.root} ref={mainElement}>
        <ProfileHeader profile={null} onEdit={() => undefined} onSelfTest={() => setSelfTest(true)} />
        <ProfileForm
          initial={profile ?? undefined}
          note={profile ? undefined : who.stored.note}
          onSave={(p) => {
            // what was said for the previous profile is not said again for this one
            setAnnouncement("");
            focusEditButton.current = true;
            who.save(p);
          }}
          onCancel={
            profile
              ? () => {
                  focusEditButton.current = true;
                  who.setEditing(false);
                }
              : undefined
          }
        />
        {profile && <SigningKeyInfo signing={signing} />}
        <PaneFooter />
      </main>,
    );
  }

  const deps = { gateway, form, profile, drafts, inTurn, announce: setAnnouncement };
  const actions = formActions(deps);
  const selectPart = (partId: string) => {
    setPart(partId);
    const key = view && firstBoxOfPart(view, partId);
    if (key) selectBox(key);
  };
  const tabs = view && {
    editing: boxEditing({ ...deps, view, actions, today: amsterdamDay(clock()), selectBox, opened, setOpened }),
    actions,
    unsaved: drafts.unsaved,
    tab,
    onTab: setTab,
    part,
    onPart: selectPart,
    loadHidden,
    keyRing: signing.ring,
  };

  return inPane(
    <main className={styles.root} ref={mainElement}>
      <ProfileHeader
        profile={profile}
        onEdit={() => who.setEditing(true)}
        onSelfTest={() => setSelfTest(true)}
        editRef={editButton}
      />
      <div role="status" className={styles.hidden}>
        {announcement}
      </div>
      {signing.keyProblem && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{signing.keyProblem}</MessageBarBody>
        </MessageBar>
      )}
      {who.storageWarning && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            Uw gegevens konden niet op deze computer worden bewaard; ze gelden zolang dit venster open is.
          </MessageBarBody>
        </MessageBar>
      )}
      <Notices
        reduced={view?.reduced ?? []}
        problems={problems}
        logNotice={view?.logNotice ?? null}
        error={form.error}
        busy={form.busy}
        onRepair={(side) => void apply(() => gateway.repair(profile, side))}
        onDismissError={form.dismissError}
      />
      <DocumentContent gateway={gateway} form={form} profile={profile} tabs={tabs} />
      <PaneFooter />
    </main>,
  );
}

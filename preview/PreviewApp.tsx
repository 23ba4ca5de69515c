// The preview page: a banner that says what this is, the platform switch and tools, the REAL
// task pane (App on createOfficeGateway) in a column of task-pane width, and the emulated
// document rendered by docx-preview. Everything runs in this page; nothing leaves the machine.
import { useCallback, useEffect, useRef, useState } from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  Field,
  makeStaticStyles,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { App } from "../src/taskpane/components/App";
import { localStorageProfileStore } from "../src/taskpane/profile-store";
import type { SigningSetup } from "../src/taskpane/hooks/useSigning";
import { memoryKeyStore } from "../src/taskpane/signing/key-store";
import { servedKeyRing } from "../src/taskpane/signing/served-key-ring";
import { downloadBytes } from "../src/taskpane/download";
import { readFileBytes } from "../src/taskpane/copy-file";
import { refuseDocx } from "../src/document/read-limits";
import { boxTagsIn, type BoxTag } from "./box-tags";
import { LiveDocument } from "./live-document";
import { isProfileName, PROFILE_OPTIONS, START_PROFILE, startSession, type ProfileName, type Session } from "./session";
import { publishTestHook } from "./test-hook";
import { TypeInDocument } from "./TypeInDocument";
import { ConfirmDiscard, type DiscardRequest } from "./ConfirmDiscard";

/** The preview signs with a key kept only while the page is open; key lists only as a release build has them. */
const PREVIEW_SIGNING: SigningSetup = { keyStore: memoryKeyStore(), keyRing: () => servedKeyRing() };

/** Word's task pane is about this wide; the pane must work in it. */
export const PANE_WIDTH_PX = 350;

const useStaticStyles = makeStaticStyles({ "html, body": { margin: 0, padding: 0, height: "100%" } });

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  banner: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  bannerText: { display: "flex", flexDirection: "column", flex: "1 1 520px" },
  tools: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  workspace: { display: "flex", flexGrow: 1, minHeight: 0 },
  paneColumn: {
    display: "flex",
    flexDirection: "column",
    flexShrink: 0,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  columnTitle: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  pane: { width: `${PANE_WIDTH_PX}px`, boxSizing: "border-box", flexGrow: 1, overflowY: "auto", overflowX: "hidden" },
  documentColumn: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  documentTools: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  scroller: { flexGrow: 1, overflow: "auto", minHeight: 0 },
  styleHolder: { display: "none" },
});

interface Notice {
  intent: "success" | "error" | "info";
  text: string;
  /** Counts notices, so a test can tell a new one from an identical earlier one. */
  seq: number;
}

let notices = 0;
const makeNotice = (intent: Notice["intent"], text: string): Notice => ({ intent, text, seq: (notices += 1) });

export function PreviewApp() {
  useStaticStyles();
  const styles = useStyles();
  const [session, setSession] = useState<Session | null>(null);
  const [profile, setProfile] = useState<ProfileName>(START_PROFILE);
  const [tags, setTags] = useState<BoxTag[]>([]);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [renderError, setRenderError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [discard, setDiscard] = useState<DiscardRequest | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const styleRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<LiveDocument | null>(null);
  const sessionRef = useRef<Session | null>(null);

  const begin = useCallback((next: ProfileName, docx?: Uint8Array) => {
    startSession(next, sessionRef.current, docx).then(
      (s) => {
        sessionRef.current = s;
        setSession(s);
        setTags([]);
        setSavedAs(null);
        void liveRef.current?.show(s);
      },
      (error: unknown) =>
        setNotice(
          makeNotice(
            "error",
            `De nagebootste Word kon niet starten: ${error instanceof Error ? error.message : String(error)}`,
          ),
        ),
    );
  }, []);

  useEffect(() => {
    const body = bodyRef.current;
    const styleHolder = styleRef.current;
    const scroller = scrollerRef.current;
    if (!body || !styleHolder || !scroller) return;
    const live = new LiveDocument(
      body,
      styleHolder,
      scroller,
      ({ session: rendered, documentXml }) => {
        if (rendered !== sessionRef.current) return;
        setTags(boxTagsIn(documentXml));
        const last = rendered.host.savedAs.at(-1);
        setSavedAs(last?.fileName ?? null);
        setRenderError(null);
      },
      setRenderError,
    );
    liveRef.current = live;
    const timer = setInterval(() => live.poll(), 500);
    begin(START_PROFILE);
    return () => {
      clearInterval(timer);
      liveRef.current = null;
      sessionRef.current?.host.uninstall();
    };
  }, [begin]);

  useEffect(() => {
    if (!session) return;
    publishTestHook({
      sessionId: session.id,
      profile: session.profile,
      host: session.host,
      saveDocx: () => session.host.saveDocx(),
      boxTags: () => boxTagsIn(session.host.documentXml()),
      whenRendered: () => liveRef.current?.whenRendered() ?? Promise.resolve(),
    });
    return () => publishTestHook(undefined);
  }, [session]);

  /** The same document in another Word version: saved from this one, opened in the other (as a colleague would). */
  const switchProfile = (value: string) => {
    if (!isProfileName(value) || value === profile) return;
    const current = sessionRef.current;
    const label = PROFILE_OPTIONS.find((o) => o.value === value)?.label ?? value;
    setProfile(value);
    if (!current) return begin(value);
    current.host.saveDocx().then(
      (bytes) => {
        setNotice(makeNotice("info", `Hetzelfde document is opgeslagen en geopend in ${label}.`));
        begin(value, bytes);
      },
      (error: unknown) => {
        setProfile(current.profile);
        setNotice(
          makeNotice(
            "error",
            `Overstappen lukte niet; het document blijft open in de vorige Word-versie: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      },
    );
  };

  const restart = () =>
    setDiscard({
      action: "Opnieuw beginnen",
      text: "Opnieuw beginnen zet de gewone handreiking terug; wat u in dit document deed, gaat verloren.",
      run: () => {
        setNotice(makeNotice("info", "Opnieuw begonnen met de gewone handreiking."));
        begin(profile);
      },
    });

  const openDocument = (file: File | undefined) => {
    if (!file) return;
    setDiscard({
      action: "Ander document openen",
      text: `‘${file.name}’ openen vervangt het document dat nu open is; wat u daarin deed, gaat verloren.`,
      run: () =>
        readFileBytes(file).then(
          (bytes) => {
            // the emulator unpacks the whole file: refuse a hostile package first (read-limits.ts)
            const refusal = refuseDocx(bytes);
            if (refusal) {
              setNotice(makeNotice("error", `‘${file.name}’ is niet geopend. ${refusal}`));
              return;
            }
            setNotice(makeNotice("info", `‘${file.name}’ geopend in de nagebootste Word.`));
            begin(profile, bytes);
          },
          (error: unknown) =>
            setNotice(
              makeNotice("error", `Openen lukte niet: ${error instanceof Error ? error.message : String(error)}`),
            ),
        ),
    });
  };

  const download = () => {
    if (!session) return;
    session.host.saveDocx().then(
      (bytes) => downloadBytes(bytes, "Handreiking Regie (voorbeeld).docx"),
      (error: unknown) =>
        setNotice(
          makeNotice("error", `Downloaden lukte niet: ${error instanceof Error ? error.message : String(error)}`),
        ),
    );
  };

  const typeInDocument = (tag: string, text: string): boolean => {
    if (!session) return false;
    const label = tags.find((t) => t.tag === tag)?.label ?? tag;
    try {
      session.host.user.typeInControl(tag, text, { mode: "append" });
    } catch (error) {
      setNotice(
        makeNotice(
          "error",
          `Word laat dit niet toe (${label}): ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
      return false;
    }
    setNotice(
      makeNotice(
        "success",
        `Getypt in ‘${label}’. Het taakvenster leest het document opnieuw, zoals wanneer u in Word terugkeert naar het taakvenster.`,
      ),
    );
    void liveRef.current?.noteUserEdit();
    // In Word the pane re-reads when it gets the focus back; here the pane never lost it.
    window.dispatchEvent(new Event("focus"));
    return true;
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <ConfirmDiscard request={discard} onClose={() => setDiscard(null)} />
        <header className={styles.banner} data-testid="preview-banner">
          <div className={styles.bannerText}>
            <Subtitle2 as="p">Voorbeeldomgeving — geen echte Word, alleen om te proberen en te oefenen</Subtitle2>
            <Caption1>
              Links het echte taakvenster, rechts het document in een nagebootste Word. Er wordt niets verstuurd; uw
              initialen en organisatie blijven in deze browser.
            </Caption1>
          </div>
          <div className={styles.tools}>
            <Field label="Word-versie">
              <Select
                id="preview-profile"
                data-testid="preview-profile"
                value={profile}
                onChange={(_, d) => switchProfile(d.value)}
              >
                {PROFILE_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Button data-testid="preview-reset" onClick={restart}>
              Opnieuw beginnen
            </Button>
            <Field label="Ander document openen">
              {(fieldProps) => (
                <input
                  {...fieldProps}
                  id="preview-open"
                  data-testid="preview-open"
                  type="file"
                  accept=".docx"
                  onChange={(e) => {
                    openDocument(e.currentTarget.files?.[0]);
                    e.currentTarget.value = "";
                  }}
                />
              )}
            </Field>
            <Button data-testid="preview-download" onClick={download} disabled={!session}>
              Document downloaden
            </Button>
          </div>
        </header>
        <div className={styles.workspace}>
          <div className={styles.paneColumn}>
            <Caption1 className={styles.columnTitle}>Taakvenster</Caption1>
            <div id="pane" className={styles.pane} data-testid="pane">
              {session && (
                <FluentProvider theme={webLightTheme} key={session.id}>
                  <App gateway={session.gateway} storage={localStorageProfileStore} signing={PREVIEW_SIGNING} />
                </FluentProvider>
              )}
            </div>
          </div>
          <section className={styles.documentColumn} aria-label="Document in de nagebootste Word">
            <div className={styles.documentTools}>
              <Text weight="semibold">Het document{savedAs ? ` — opgeslagen als ‘${savedAs}’ (nagebootst)` : ""}</Text>
              <TypeInDocument tags={tags} onType={typeInDocument} />
              {notice && (
                <MessageBar
                  intent={notice.intent}
                  data-testid="preview-notice"
                  data-intent={notice.intent}
                  data-seq={notice.seq}
                >
                  <MessageBarBody>{notice.text}</MessageBarBody>
                </MessageBar>
              )}
              {renderError && (
                <MessageBar intent="error">
                  <MessageBarBody>Het document kon niet worden weergegeven: {renderError}</MessageBarBody>
                </MessageBar>
              )}
            </div>
            <div className={styles.scroller} ref={scrollerRef}>
              <div ref={styleRef} className={styles.styleHolder} />
              <div id="document" data-testid="document" ref={bodyRef} />
            </div>
          </section>
        </div>
      </div>
    </FluentProvider>
  );
}

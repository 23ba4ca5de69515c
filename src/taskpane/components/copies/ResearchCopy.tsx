// "Anonieme kopie voor onderzoek": a research code, then the report of what was replaced (counts,
// never values), the warnings and the review of words that could still be a name (ReviewWords),
// and only once that list has been gone through the downloads. The document itself is not changed.
import { useRef, useState } from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { researchCodeProblem, type Counts, type ReviewItem } from "../../../domain/anonymise";
import { copyProgressText } from "../../../document/copy-worker-protocol";
import {
  RESEARCH_COPY_CANCELLED,
  RESEARCH_COPY_FAILED,
  RESEARCH_COPY_READY,
  RESEARCH_COPY_UNSUPPORTED,
} from "../../../domain/text/meeting";
import { countLines } from "../../../domain/text/copy-screen";
import { downloadedText } from "../../../domain/text/copies";
import { BulletList } from "../BulletList";
import { BlockedNotice } from "./BlockedNotice";
import { ReviewWords } from "./ReviewWords";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: {
    textAlign: "right",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

interface ReadyCopy {
  status: "ready";
  fileName: string;
  summaryName: string;
  counts: Counts;
  warnings: string[];
  /** Words the copy kept that could still be a name or a place, each with its sentence. */
  review: ReviewItem[];
  /** What was taken out of the copy (signature, thumbnail, people list, embedded files…), in Dutch. */
  removed: string[];
  /** What the copy still cannot guarantee, in Dutch. */
  limits: string[];
  download: () => void;
  downloadSummary: () => void;
}

/** `cancelled`: the user stopped it ("Afbreken"); shown as information, not as an error. */
export type PreparedCopy =
  ReadyCopy | { status: "unsupported" } | { status: "failed"; message: string; cancelled?: boolean };

/** How many details of each kind were replaced (never the values). */
function CountsTable({ counts }: { counts: Counts }) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label="Wat is vervangen">
      <thead>
        <tr>
          <th className={styles.cell} scope="col">
            Vervangen
          </th>
          <th className={styles.number} scope="col">
            Aantal
          </th>
        </tr>
      </thead>
      <tbody>
        {countLines(counts).map((line) => (
          <tr key={line.kind}>
            <td className={styles.cell}>{line.label}</td>
            <td className={styles.number}>{line.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What was taken out of the package, by kind. */
function RemovedParts({ lines }: { lines: readonly string[] }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Verwijderd uit de kopie</MessageBarTitle>
        <BulletList items={lines} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** What the anonymiser cannot promise: read the copy before sending it. */
function CopyWarnings({ warnings, limits }: { warnings: readonly string[]; limits: readonly string[] }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Wat de kopie niet garandeert: lees hem zelf door voordat u hem verstuurt</MessageBarTitle>
        <BulletList items={[...limits, ...warnings]} />
        Verstuur de kopie alleen beveiligd, net als de handreiking zelf.
      </MessageBarBody>
    </MessageBar>
  );
}

interface DownloadsProps {
  copy: ReadyCopy;
  canDownload: boolean;
  /** File names already offered. */
  downloaded: readonly string[];
  onOffer: (download: () => void, fileName: string) => void;
}

/** The copy and its summary as downloads, and which of them went to the Downloads folder. */
function Downloads({ copy, canDownload, downloaded, onOffer }: DownloadsProps) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!canDownload}
          aria-describedby={canDownload ? undefined : "research-download-hint"}
          onClick={() => onOffer(copy.download, copy.fileName)}
        >
          Kopie downloaden
        </Button>
        <Button
          disabled={!canDownload}
          aria-describedby={canDownload ? undefined : "research-download-hint"}
          onClick={() => onOffer(copy.downloadSummary, copy.summaryName)}
        >
          Samenvatting downloaden
        </Button>
      </div>
      {downloaded.length > 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{downloadedText(downloaded)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

export interface ResearchCopyProps {
  busy: boolean;
  /** Open outside edits: the copy waits until they are signed. */
  blocked: boolean;
  /** Makes the copy; `marked` are words the user wants replaced everywhere too; progress as steps done of all;
   * aborting `signal` stops it ("Afbreken"). */
  prepare: (
    code: string,
    marked: readonly string[],
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ) => Promise<PreparedCopy | null>;
}

/**
 * The copy being made and shown: made again with more marked words from the review, which the
 * user must go through before the downloads open; each download offered once.
 */
function useMadeCopy(prepare: ResearchCopyProps["prepare"]) {
  const [prepared, setPrepared] = useState<PreparedCopy | null>(null);
  /** The code and marked words the copy shown was made with; bumped `made` resets the review's ticks. */
  const [madeWith, setMadeWith] = useState<{ code: string; marked: string[]; made: number }>({
    code: "",
    marked: [],
    made: 0,
  });
  const [making, setMaking] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  /** The user confirmed having gone through the review list of this copy. */
  const [seen, setSeen] = useState(false);
  /** File names offered as downloads, each once. */
  const [downloaded, setDownloaded] = useState<string[]>([]);

  const offer = (download: () => void, fileName: string) => {
    download();
    setDownloaded((names) => (names.includes(fileName) ? names : [...names, fileName]));
  };

  const abort = useRef<AbortController | null>(null);
  const make = async (forCode: string, marked: string[]) => {
    const controller = new AbortController();
    abort.current = controller;
    setMaking(true);
    setProgress(null);
    setDownloaded([]);
    setSeen(false);
    try {
      const copy = await prepare(forCode, marked, (done, total) => setProgress({ done, total }), controller.signal);
      setPrepared(copy);
      setMadeWith((m) => ({ code: forCode, marked, made: m.made + 1 }));
    } finally {
      abort.current = null;
      setMaking(false);
    }
  };
  const cancel = () => abort.current?.abort();

  const canDownload = prepared?.status === "ready" && (seen || prepared.review.length === 0) && !making;
  return {
    prepared,
    setPrepared,
    madeWith,
    making,
    progress,
    seen,
    setSeen,
    downloaded,
    offer,
    make,
    cancel,
    canDownload,
  };
}

/** What the live region says once making stopped: the outcome, or nothing before the first try. */
export function researchCopyDoneText(prepared: PreparedCopy | null | undefined): string {
  const status = prepared?.status;
  if (status === "ready") return RESEARCH_COPY_READY;
  // stopped by the user: say so, not "kon niet"
  if (status === "failed") return prepared?.cancelled === true ? RESEARCH_COPY_CANCELLED : RESEARCH_COPY_FAILED;
  if (status === "unsupported") return RESEARCH_COPY_UNSUPPORTED;
  return "";
}

export function ResearchCopy({ busy, blocked, prepare }: ResearchCopyProps) {
  const styles = useStyles();
  const [code, setCode] = useState("");
  const [touched, setTouched] = useState(false);
  const {
    prepared,
    setPrepared,
    madeWith,
    making,
    progress,
    seen,
    setSeen,
    downloaded,
    offer,
    make,
    cancel,
    canDownload,
  } = useMadeCopy(prepare);
  const problem = researchCodeProblem(code.trim());

  const run = async () => {
    setTouched(true);
    if (problem) return;
    setPrepared(null);
    await make(code.trim(), []);
  };

  return (
    <section className={styles.root} aria-labelledby="research-title">
      <Subtitle2 as="h3" id="research-title">
        Anonieme kopie voor onderzoek
      </Subtitle2>
      <Body1>
        Maakt een kopie waarin namen, initialen, contactgegevens, nummers en adressen zijn vervangen en datums zijn
        verschoven. De opbouw, de ingevulde stappen en het verloop van de wijzigingen blijven. Dit document zelf
        verandert niet.
      </Body1>
      <Field
        label="Onderzoekscode"
        hint="De code die u van het onderzoek kreeg, bijvoorbeeld J01."
        validationState={touched && problem ? "error" : "none"}
        validationMessage={touched && problem ? problem : undefined}
      >
        <Input value={code} maxLength={40} onChange={(_, d) => setCode(d.value)} onBlur={() => setTouched(true)} />
      </Field>
      <div className={styles.buttons}>
        {/* while the copy is made the button keeps focus (disabled would drop it to the page) */}
        <Button appearance="primary" disabled={busy || blocked} disabledFocusable={making} onClick={() => void run()}>
          Anonieme kopie maken
        </Button>
      </div>
      <BlockedNotice blocked={blocked} />
      {/* always there, so what changes in it is read out: progress, then the result */}
      <div className={styles.buttons}>
        <Body1 role="status" aria-live="polite">
          {making ? copyProgressText(progress) : researchCopyDoneText(prepared)}
        </Body1>
        {making && <Button onClick={cancel}>Afbreken</Button>}
      </div>
      {prepared?.status === "unsupported" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Deze versie van Word kan geen kopie als bestand aanbieden, dus ook geen anonieme kopie (Word voor Mac en
            iPad laten invoegtoepassingen niets downloaden). Open de handreiking in Word op het web of in Word voor
            Windows en maak de kopie daar.
          </MessageBarBody>
        </MessageBar>
      )}
      {prepared?.status === "failed" && (
        <MessageBar intent={prepared.cancelled === true ? "info" : "error"} layout="multiline">
          <MessageBarBody>{prepared.message}</MessageBarBody>
        </MessageBar>
      )}
      {prepared?.status === "ready" && (
        <>
          <CountsTable counts={prepared.counts} />
          {prepared.removed.length > 0 && <RemovedParts lines={prepared.removed} />}
          <CopyWarnings warnings={prepared.warnings} limits={prepared.limits} />
          <ReviewWords
            key={madeWith.made}
            words={prepared.review}
            markedCount={madeWith.marked.length}
            busy={busy || blocked || making}
            seen={seen}
            onSeen={setSeen}
            onReplace={(words) => void make(madeWith.code, [...madeWith.marked, ...words])}
          />
          {!canDownload && (
            <Body1 id="research-download-hint">
              {making
                ? "De kopie wordt opnieuw gemaakt…"
                : "Loop eerst de lijst hierboven na; daarna kunt u downloaden."}
            </Body1>
          )}
          <Downloads copy={prepared} canDownload={canDownload} downloaded={downloaded} onOffer={offer} />
        </>
      )}
    </section>
  );
}

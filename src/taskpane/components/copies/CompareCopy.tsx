// "Vergelijk met een andere kopie": pick the other .docx, see per box what differs and which log
// entries only one copy has, choose for every box changed in both, then bring the other copy's
// changes in. Nothing is written before the user presses the button.
import { useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  AGREEMENT_CHOICE,
  changeText,
  checkOtherCopy,
  compareCopies,
  byCount,
  describeOfferedAgreement,
  countWords,
  dayToDutch,
  entryPartLabel,
  relationSentence,
  type BoxComparison,
  type Comparison,
  type CopyState,
  type MergeChoice,
  type OtherCopyCheck,
} from "../../../domain";
import { progressText } from "../../../document/copy-worker-protocol";
import { STATUS_TEXT } from "../../../domain/text/copy-screen";
import { orEmpty, shorten } from "../../text";
import { BlockedNotice } from "./BlockedNotice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  conflict: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  entries: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  picker: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** `cancelled`: the user stopped the reading; the pane stays as it was. */
export type ReadResult =
  { ok: true; there: CopyState; fileName: string } | { ok: false; message: string; cancelled?: boolean };

export interface CompareCopyProps {
  /** This document as the pane last read it (null while the form data is missing). */
  here: CopyState | null;
  busy: boolean;
  blocked: boolean;
  /** Reads the chosen file, reporting parts read; aborting `signal` cancels the reading. */
  readOther: (
    file: File,
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ) => Promise<ReadResult>;
  onMerge: (there: CopyState, choices: Record<string, MergeChoice>, fileName: string) => Promise<boolean>;
}

const CHOICES: { value: MergeChoice; label: string }[] = [
  { value: "here", label: "De tekst van dit document houden" },
  { value: "there", label: "De tekst van de andere kopie nemen" },
  { value: "both", label: "Beide teksten houden (deze eerst)" },
];

const signers = (entries: BoxComparison["thereEntries"]): string =>
  [...new Set(entries.map((e) => `${e.initials} ${e.day}`))].join(", ");

/** "Logboek: 1 regel alleen in de andere kopie (KJ 20201023); 1 alleen hier (ES 20201022)." */
export function entriesLine(box: Pick<BoxComparison, "hereEntries" | "thereEntries">): string {
  const parts: string[] = [];
  if (box.thereEntries.length > 0)
    parts.push(
      `${countWords(box.thereEntries.length, "regel", "regels")} alleen in de andere kopie (${signers(box.thereEntries)})`,
    );
  if (box.hereEntries.length > 0) parts.push(`${box.hereEntries.length} alleen hier (${signers(box.hereEntries)})`);
  return `Logboek: ${parts.join("; ")}.`;
}

function BoxDifference({
  box,
  choice,
  onChoose,
}: {
  box: BoxComparison;
  choice: MergeChoice | undefined;
  onChoose: (c: MergeChoice) => void;
}) {
  const styles = useStyles();
  const label = entryPartLabel({ boxKey: box.key });
  const status = box.status === "same" ? "" : STATUS_TEXT[box.status];
  return (
    <li className={box.status === "conflict" ? `${styles.item} ${styles.conflict}` : styles.item}>
      <Caption1Strong>{label}</Caption1Strong>
      <Caption1>{status}</Caption1>
      {/* whole texts, lines kept: a shortened text hid exactly the amendment that made it differ */}
      <Caption1 className={styles.text}>Hier: {orEmpty(box.here)}</Caption1>
      <Caption1 className={styles.text}>Andere kopie: {orEmpty(box.there)}</Caption1>
      {(box.hereEntries.length > 0 || box.thereEntries.length > 0) && <Caption1>{entriesLine(box)}</Caption1>}
      {box.status === "conflict" && (
        <Field label={`Welke tekst blijft bij ‘${label}’?`} required>
          <RadioGroup value={choice ?? ""} onChange={(_, d) => onChoose(d.value as MergeChoice)}>
            {CHOICES.map((c) => (
              <Radio key={c.value} value={c.value} label={c.label} />
            ))}
          </RadioGroup>
        </Field>
      )}
    </li>
  );
}

/** The other copy being read or read: its state, progress, cancelling, and what went wrong. */
function useOtherCopy(readOther: CompareCopyProps["readOther"], onNewComparison: () => void) {
  const [other, setOther] = useState<{ there: CopyState; fileName: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  /** While a file is read: its progress (null before the first part) and how to cancel it. */
  const [reading, setReading] = useState<{ progress: { done: number; total: number } | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    const controller = new AbortController();
    abort.current = controller;
    setReading({ progress: null });
    const result = await readOther(file, (done, total) => setReading({ progress: { done, total } }), controller.signal);
    if (abort.current !== controller) return; // a newer choice took over
    abort.current = null;
    setReading(null);
    if (!result.ok && result.cancelled) {
      setNotice(result.message); // the comparison shown before stays as it was
      return;
    }
    setReadError(null);
    setOther(null);
    onNewComparison();
    if (result.ok) setOther({ there: result.there, fileName: result.fileName });
    else setReadError(result.message);
  };

  return { other, readError, reading, notice, choose, cancel: () => abort.current?.abort() };
}

/** The counts of a comparison that the summary and the merge button need. */
function comparisonCounts(ok: Extract<Comparison, { ok: true }>, choices: Record<string, MergeChoice>) {
  const differing = ok.boxes.filter((b) => b.status !== "same");
  const toTake = ok.boxes.filter((b) => b.status === "changedThere").length;
  const newRows = Object.values(ok.rowsOnlyThere).reduce((n, rows) => n + rows.length, 0);
  const removedRows = Object.values(ok.rowsRemovedThere).reduce((n, rows) => n + rows.length, 0);
  const unresolved = ok.conflicts.filter((k) => !choices[k]);
  const somethingToTake =
    toTake > 0 || ok.conflicts.length > 0 || ok.onlyThere.length > 0 || newRows > 0 || removedRows > 0;
  return { differing, newRows, removedRows, unresolved, somethingToTake };
}

interface ComparisonResultProps {
  ok: Extract<Comparison, { ok: true }>;
  /** The other copy's own log, checked before anything is taken over (issue 27). */
  check: OtherCopyCheck;
  choices: Record<string, MergeChoice>;
  onChoose: (key: string, choice: MergeChoice) => void;
  /** Busy, blocked or reading: the merge waits (open choices disable it too). */
  mergeDisabled: boolean;
  blocked: boolean;
  onMerge: () => void;
}

/** What the comparison found: the summary, the differences per box, the other copy's log lines, and the merge. */
function ComparisonResult({ ok, check, choices, onChoose, mergeDisabled, blocked, onMerge }: ComparisonResultProps) {
  const styles = useStyles();
  const { differing, newRows, removedRows, unresolved, somethingToTake } = comparisonCounts(ok, choices);
  return (
    <>
      <Text weight="semibold" role="status">
        {ok.identical
          ? "De kopieën zijn gelijk: er is niets over te nemen."
          : relationSentence(ok.relation, ok.onlyHere.length, ok.onlyThere.length)}
      </Text>
      {!ok.identical && (
        <ul className={styles.entries} aria-label="Verschillen in het kort">
          <li>{byCount(differing.length, "1 vak verschilt", "{n} vakken verschillen")}</li>
          {newRows > 0 && <li>{countWords(newRows, "nieuwe rij", "nieuwe rijen")} in de andere kopie</li>}
          {removedRows > 0 && <li>{countWords(removedRows, "rij", "rijen")} verwijderd in de andere kopie</li>}
          <li>{countWords(ok.onlyThere.length, "regel", "regels")} in het logboek alleen in de andere kopie</li>
          <li>{countWords(ok.onlyHere.length, "regel", "regels")} in het logboek alleen in dit document</li>
        </ul>
      )}
      {ok.notes && ok.notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            De andere kopie is van een eerdere versie van de handreiking; ze is vergeleken zoals ze na bijwerken zou
            zijn.
            <ul className={styles.entries} aria-label="Niet vergeleken">
              {ok.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {differing.length > 0 && (
        <ul className={styles.list} aria-label="Verschillen per vak">
          {differing.map((b) => (
            <BoxDifference key={b.key} box={b} choice={choices[b.key]} onChoose={(c) => onChoose(b.key, c)} />
          ))}
        </ul>
      )}
      {ok.onlyThere.length > 0 && (
        <details>
          <summary>Logboekregels die alleen in de andere kopie staan</summary>
          <ul className={styles.entries}>
            {ok.onlyThere.map((e) => (
              <li key={e.id}>
                <Caption1>
                  {dayToDutch(e.day)} · {e.initials} · {e.organisation} · {entryPartLabel(e)}:{" "}
                  {shorten(changeText(e), 120)}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
      {check.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline" aria-label="Controle van de andere kopie">
          <MessageBarBody>
            <MessageBarTitle>Het logboek van de andere kopie klopt niet</MessageBarTitle>
            <ul className={styles.entries}>
              {check.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {ok.onlyThere.length > 0 && (
        <Caption1>
          Logregels die u overneemt, staan in dit logboek als ‘ongecontroleerd in de andere kopie’: ze zijn niet
          ondertekend, dus of ze kloppen, kan hier niet worden nagegaan.
        </Caption1>
      )}
      {check.agreementOffered && (
        <Checkbox
          checked={choices[AGREEMENT_CHOICE] === "there"}
          onChange={(_, d) => onChoose(AGREEMENT_CHOICE, d.checked === true ? "there" : "here")}
          label={`Vaststelling overnemen: ${describeOfferedAgreement(check.agreementOffered)}. Alleen aanvinken als u weet dat dit klopt.`}
        />
      )}
      {somethingToTake && (
        <>
          {unresolved.length > 0 && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>
                {`Kies bij ${countWords(unresolved.length, "vak", "vakken")}`} welke tekst blijft; daarna kunt u
                overnemen.
              </MessageBarBody>
            </MessageBar>
          )}
          <BlockedNotice blocked={blocked} />
          <div>
            <Button appearance="primary" disabled={mergeDisabled || unresolved.length > 0} onClick={onMerge}>
              Overnemen in dit document
            </Button>
          </div>
        </>
      )}
    </>
  );
}

export function CompareCopy({ here, busy, blocked, readOther, onMerge }: CompareCopyProps) {
  const styles = useStyles();
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [merged, setMerged] = useState<number | null>(null);
  const { other, readError, reading, notice, choose, cancel } = useOtherCopy(readOther, () => {
    setChoices({});
    setMerged(null);
  });
  const fileInput = useRef<HTMLInputElement>(null);
  // After a merge the comparison (and its button) changes: focus goes to the message saying what was done.
  const mergedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (merged !== null) mergedRef.current?.focus();
  }, [merged]);

  const comparison = useMemo(() => (here && other ? compareCopies(here, other.there) : null), [here, other]);

  const ok = comparison?.ok ? comparison : null;
  // the other copy's log is checked (SHA-256, async) before anything can be taken over; a result
  // counts only for the pair it was made for
  const [checked, setChecked] = useState<{ here: unknown; other: unknown; check: OtherCopyCheck } | null>(null);
  useEffect(() => {
    let current = true;
    if (here && other)
      void checkOtherCopy(here, other.there).then((check) => current && setChecked({ here, other, check }));
    return () => {
      current = false;
    };
  }, [here, other]);
  const check = checked && checked.here === here && checked.other === other ? checked.check : null;

  const merge = async () => {
    if (!other || !ok) return;
    const entries = ok.onlyThere.length;
    if (await onMerge(other.there, choices, other.fileName)) {
      setMerged(entries);
      setChoices({});
    }
  };

  return (
    <section className={styles.root} aria-labelledby="compare-title">
      <Subtitle2 as="h3" id="compare-title">
        Vergelijk met een andere kopie
      </Subtitle2>
      <Body1>
        Heeft iemand anders een eigen kopie van deze handreiking aangevuld? Kies dat bestand. U ziet per vak wat
        verschilt en kunt de wijzigingen overnemen; ze worden met uw initialen in het logboek vastgelegd.
      </Body1>
      <div className={styles.picker}>
        <Button disabled={busy || reading !== null} onClick={() => fileInput.current?.click()}>
          Andere kopie kiezen…
        </Button>
        {other && <Caption1 className={styles.text}>{other.fileName}</Caption1>}
      </div>
      {reading && (
        <div className={styles.picker}>
          <Text role="status">{progressText(reading.progress)}</Text>
          <Button onClick={cancel}>Annuleren</Button>
        </div>
      )}
      {notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {/* The browser's own file button speaks the browser's language; the Fluent button above opens it. */}
      <input
        ref={fileInput}
        hidden
        type="file"
        aria-label="Andere kopie (.docx)"
        data-testid="compare-file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(e) => {
          void choose(e.currentTarget.files?.[0]);
          e.currentTarget.value = ""; // the same file again is a new comparison
        }}
      />
      {readError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{readError}</MessageBarBody>
        </MessageBar>
      )}
      {comparison && !comparison.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{comparison.message}</MessageBarBody>
        </MessageBar>
      )}
      {merged !== null && (
        <MessageBar intent="success" layout="multiline" ref={mergedRef} tabIndex={-1}>
          <MessageBarBody>
            De wijzigingen uit de andere kopie staan nu in dit document
            {merged > 0 ? `, met ${countWords(merged, "regel", "regels")} uit het logboek van de andere kopie` : ""}. De
            samenvoeging is met uw initialen vastgelegd.
          </MessageBarBody>
        </MessageBar>
      )}
      {ok && check && (
        <ComparisonResult
          ok={ok}
          check={check}
          choices={choices}
          onChoose={(key, c) => setChoices((all) => ({ ...all, [key]: c }))}
          mergeDisabled={busy || blocked || reading !== null}
          blocked={blocked}
          onMerge={() => void merge()}
        />
      )}
    </section>
  );
}

// The Wijzigingslogboek: every change, newest first, filtered by step and by person.
import { useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Text,
  Title3,
  tokens,
} from "@fluentui/react-components";
import {
  byCount,
  changeText,
  countWords,
  dayToDutch,
  entryPartLabel,
  sortLog,
  TEMPLATE,
  type ChangeEntry,
  type KeyRing,
  signatureProblem,
  signatureStatusText,
  undoOf,
  verifiedAdopted,
  type Undo,
} from "../../domain";
import { stepLabel } from "./parts";
import { LOG_MEANING, wholeLogCheckedText } from "../../domain/text/log-view";
import { SignatureSummary, useSignatureStatuses } from "./SignatureSummary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  meta: { color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  dropdown: { minWidth: "0", width: "100%" },
});

export { LOG_MEANING } from "../../domain/text/log-view";

/** What opening checked when the older entries were left in the log archive, and what it did not. */
export function olderUnreadText(older: number, read: number): string {
  const shown = byCount(
    read,
    "Hieronder staat alleen de nieuwste wijziging.",
    "Hieronder staan de nieuwste {n} wijzigingen.",
  );
  const rest = byCount(older, "De oudste regel staat", "De {n} oudere regels staan");
  return `${shown} ${rest} in het logarchief van het document en ${byCount(older, "is", "zijn")} bij het openen niet gelezen en niet gecontroleerd. Bij het openen is alleen gecontroleerd of de nieuwste regels, hun onderlinge koppeling, het aantal regels in het zichtbare logboek en de huidige stand van de vakken kloppen.`;
}

const ALL = "";
const NO_STEP = "document";

const personOf = (e: Pick<ChangeEntry, "initials" | "organisation">): string => `${e.initials} · ${e.organisation}`;

const changes = (n: number): string => countWords(n, "wijziging", "wijzigingen");

export interface ChangeLogViewProps {
  log: readonly ChangeEntry[];
  /** Oldest entries not read (archived): 0 when `log` is the whole log. */
  olderUnread?: number;
  /** Entries of `log` that came from the log archive (read and checked with the rest). */
  archived?: number;
  busy?: boolean;
  /** Reads and checks the whole log (the pane's view then holds it). */
  onReadWhole?: () => void;
  /** Problems the last check found (listed at the top of the pane). */
  problems?: number;
  /** The boxes as they stand: a correction can be put back while its box still holds what it wrote. */
  boxTexts?: Readonly<Record<string, string>>;
  /** Puts a correction back (a new, logged correction with the old text). */
  onUndo?: (undo: Undo) => void;
  /**
   * The organisations' key lists (null while loading): each entry then shows its signature status.
   * Absent: signatures are not shown at all.
   */
  keyRing?: KeyRing | null;
}

export function ChangeLogView({
  log,
  olderUnread = 0,
  archived = 0,
  busy = false,
  onReadWhole,
  problems = 0,
  boxTexts = {},
  onUndo,
  keyRing,
}: ChangeLogViewProps) {
  const styles = useStyles();
  const titleRef = useRef<HTMLElement>(null);
  const [step, setStep] = useState(ALL);
  const [person, setPerson] = useState(ALL);
  const newestFirst = useMemo(() => sortLog(log).reverse(), [log]);
  const people = useMemo(
    () => [...new Set(newestFirst.map(personOf))].sort((a, b) => a.localeCompare(b, "nl")),
    [newestFirst],
  );
  const steps = [
    { id: ALL, label: "Alle onderdelen" },
    ...TEMPLATE.steps.map((s) => ({ id: s.id, label: stepLabel(s) })),
    { id: NO_STEP, label: "Document (algemeen)" },
  ];
  const shown = newestFirst.filter(
    (e) =>
      (step === ALL || (step === NO_STEP ? !e.stepId : e.stepId === step)) &&
      (person === ALL || personOf(e) === person),
  );
  const stepText = steps.find((s) => s.id === step)?.label ?? "";
  const signatures = useSignatureStatuses(log, keyRing);

  return (
    <section className={styles.root} aria-labelledby="log-title" ref={titleRef} tabIndex={-1}>
      <Title3 as="h2" id="log-title">
        Wijzigingslogboek
      </Title3>
      <Body1>{LOG_MEANING}</Body1>
      {olderUnread === 0 && archived > 0 && <Body1>{wholeLogCheckedText(archived, problems)}</Body1>}
      {olderUnread > 0 && (
        <div className={styles.filters}>
          <Body1>{olderUnreadText(olderUnread, log.length)}</Body1>
          {onReadWhole && (
            <Button appearance="secondary" disabled={busy} onClick={onReadWhole}>
              Hele logboek lezen en controleren
            </Button>
          )}
        </div>
      )}
      {keyRing !== undefined && <SignatureSummary ring={keyRing} statuses={signatures} olderUnread={olderUnread} />}
      <div className={styles.filters}>
        <Field label="Onderdeel">
          <Dropdown
            className={styles.dropdown}
            value={stepText}
            selectedOptions={[step]}
            onOptionSelect={(_, d) => setStep(d.optionValue ?? ALL)}
          >
            {steps.map((s) => (
              <Option key={s.id} value={s.id}>
                {s.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Persoon en organisatie">
          <Dropdown
            className={styles.dropdown}
            value={person === ALL ? "Iedereen" : person}
            selectedOptions={[person]}
            onOptionSelect={(_, d) => setPerson(d.optionValue ?? ALL)}
          >
            <Option value={ALL}>Iedereen</Option>
            {people.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Caption1 role="status">
        {shown.length === log.length ? changes(log.length) : `${shown.length} van ${changes(log.length)}`}
      </Caption1>
      {shown.length === 0 ? (
        <Text>Geen wijzigingen gevonden.</Text>
      ) : (
        <ol className={styles.list} aria-label="Wijzigingen, nieuwste eerst">
          {shown.map((e) => (
            <li key={e.id}>
              <Card size="small">
                <Caption1 className={styles.meta}>
                  {dayToDutch(e.day)} · {e.initials} · {e.organisation}
                  {e.authorSource === "handStamp" && e.recorderInitials
                    ? ` (volgens stempel, vastgelegd door ${e.recorderInitials})`
                    : ""}
                  {e.uncheckedCopy && !verifiedAdopted(keyRing !== undefined ? signatures?.get(e.id) : undefined)
                    ? " · ongecontroleerd in de andere kopie"
                    : ""}
                </Caption1>
                <Text weight="semibold">{entryPartLabel(e)}</Text>
                <Text className={styles.text}>{changeText(e)}</Text>
                {keyRing !== undefined && signatures?.get(e.id) && (
                  <Caption1 className={signatureProblem(signatures.get(e.id)!) ? styles.problem : styles.meta}>
                    Ondertekening: {signatureStatusText(signatures.get(e.id)!)}
                  </Caption1>
                )}
                {onUndo && (
                  <UndoButton
                    entry={e}
                    boxTexts={boxTexts}
                    busy={busy}
                    onUndo={(u) => {
                      onUndo(u);
                      // the button goes with the change it undid: focus stays in the log
                      titleRef.current?.focus();
                    }}
                  />
                )}
              </Card>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

interface UndoButtonProps {
  entry: ChangeEntry;
  boxTexts: Readonly<Record<string, string>>;
  busy: boolean;
  onUndo: (undo: Undo) => void;
}

/** "Correctie terugzetten" on a correction whose box still holds what it wrote. */
function UndoButton({ entry, boxTexts, busy, onUndo }: UndoButtonProps) {
  const undo = undoOf(entry, boxTexts);
  if (!undo) return null;
  return (
    <div>
      <Button
        size="small"
        disabled={busy}
        aria-label={`Correctie terugzetten: ${entryPartLabel(entry)}`}
        onClick={() => onUndo(undo)}
      >
        Correctie terugzetten
      </Button>
    </div>
  );
}

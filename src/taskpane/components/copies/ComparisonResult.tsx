// What the comparison found: the summary, the differences per box, the other copy's log lines,
// the check of its log, and the button that brings its changes in.
import {
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  AGREEMENT_CHOICE,
  byCount,
  changeText,
  countWords,
  dayToDutch,
  describeOfferedAgreement,
  entryPartLabel,
  relationSentence,
  type Comparison,
  type MergeChoice,
  type OtherCopyCheck,
} from "../../../domain";
import { shorten } from "../../text";
import { BlockedNotice } from "./BlockedNotice";
import { BoxDifference } from "./BoxDifference";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  entries: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

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
export function ComparisonResult({
  ok,
  check,
  choices,
  onChoose,
  mergeDisabled,
  blocked,
  onMerge,
}: ComparisonResultProps) {
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

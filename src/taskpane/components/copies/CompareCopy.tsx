// "Vergelijk met een andere kopie": pick the other .docx, see per box what differs and which log
// entries only one copy has, choose for every box changed in both, then bring the other copy's
// changes in. Nothing is written before the user presses the button.
import { useEffect, useMemo, useRef, useState } from "react";
import { Body1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { compareCopies, countWords, type CopyState, type MergeChoice } from "../../../domain";
import { ComparisonResult } from "./ComparisonResult";
import { CopyPicker } from "./CopyPicker";
import { useOtherCopy, type ReadOther } from "../../hooks/useOtherCopy";
import { useOtherCopyCheck } from "../../hooks/useOtherCopyCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface CompareCopyProps {
  /** This document as the pane last read it (null while the form data is missing). */
  here: CopyState | null;
  busy: boolean;
  blocked: boolean;
  /** Reads the chosen file, reporting parts read; aborting `signal` cancels the reading. */
  readOther: ReadOther;
  onMerge: (there: CopyState, choices: Record<string, MergeChoice>, fileName: string) => Promise<boolean>;
}

export function CompareCopy({ here, busy, blocked, readOther, onMerge }: CompareCopyProps) {
  const styles = useStyles();
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [merged, setMerged] = useState<number | null>(null);
  const { other, readError, reading, notice, choose, cancel } = useOtherCopy(readOther, () => {
    setChoices({});
    setMerged(null);
  });
  // After a merge the comparison (and its button) changes: focus goes to the message saying what was done.
  const mergedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (merged !== null) mergedRef.current?.focus();
  }, [merged]);

  const comparison = useMemo(() => (here && other ? compareCopies(here, other.there) : null), [here, other]);

  const ok = comparison?.ok ? comparison : null;
  const check = useOtherCopyCheck(here, other);

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
      <CopyPicker
        fileName={other ? other.fileName : null}
        reading={reading}
        disabled={busy}
        onChoose={(file) => void choose(file)}
        onCancel={cancel}
      />
      {notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
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

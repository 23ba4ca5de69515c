// The pane's messages about the document: what this Word cannot do (info), what is damaged
// (warning, with a repair when possible) and what just went wrong (error).
import { useState } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { DocumentProblem, LogSide } from "../../word/gateway";
import { BulletList } from "./BulletList";
import { LogSides } from "./LogSides";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface NoticesProps {
  reduced: readonly string[];
  problems: readonly DocumentProblem[];
  error: string | null;
  busy: boolean;
  /** Once, for a log from before the chain. */
  logNotice?: string | null;
  /** `side`: which log is right, where the problems ask for it. */
  onRepair: (side?: LogSide) => void;
  onDismissError: () => void;
}

export function Notices({ reduced, problems, error, busy, logNotice, onRepair, onDismissError }: NoticesProps) {
  const styles = useStyles();
  const sides = problems.find((p) => p.sides)?.sides;
  const repairable = problems.some((p) => p.repairable) && !sides;
  // What this Word cannot do does not change while the pane is open: once read, it may go.
  const [reducedClosed, setReducedClosed] = useState(false);
  return (
    <div className={styles.root}>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Niet gelukt</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissError}>
              Sluiten
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Het document is niet helemaal in orde</MessageBarTitle>
            <BulletList items={problems.map((p) => ({ key: p.id, text: p.message }))} />
            {sides && <LogSides sides={sides} busy={busy} onChoose={(side) => onRepair(side)} />}
          </MessageBarBody>
          {repairable && (
            <MessageBarActions>
              <Button size="small" onClick={() => onRepair()} disabled={busy}>
                Herstellen
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {logNotice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{logNotice}</MessageBarBody>
        </MessageBar>
      )}
      {reduced.length > 0 && !reducedClosed && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Wat in deze versie van Word anders gaat</MessageBarTitle>
            <BulletList items={reduced} />
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setReducedClosed(true)}>
              Sluiten
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

// The pane's messages about the document: what this Word cannot do (info), what is damaged
// (warning, with a repair when possible) and what just went wrong (error).
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { DocumentProblem } from "../../word/gateway";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface NoticesProps {
  reduced: readonly string[];
  problems: readonly DocumentProblem[];
  error: string | null;
  busy: boolean;
  onRepair: () => void;
  onDismissError: () => void;
}

export function Notices({ reduced, problems, error, busy, onRepair, onDismissError }: NoticesProps) {
  const styles = useStyles();
  const repairable = problems.some((p) => p.repairable);
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
            <ul className={styles.list}>
              {problems.map((p) => (
                <li key={p.id}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
          {repairable && (
            <MessageBarActions>
              <Button size="small" onClick={onRepair} disabled={busy}>
                Herstellen
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {reduced.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>In deze versie van Word</MessageBarTitle>
            <ul className={styles.list}>
              {reduced.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

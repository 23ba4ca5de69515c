// When the visible log and the hidden data part disagree, both are shown and the user says which
// is right: the repair never takes a side on its own. The other side is kept whole in the log.
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentProblem, LogSide } from "../../word/gateway";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalL, whiteSpace: "pre-wrap", wordBreak: "break-word" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function Rows({ title, rows }: { title: string; rows: readonly string[] }) {
  const styles = useStyles();
  return (
    <div>
      <Caption1>{title}</Caption1>
      {rows.length === 0 ? (
        <Body1> (geen regels)</Body1>
      ) : (
        <ul className={styles.rows} aria-label={title}>
          {rows.map((row, i) => (
            <li key={i}>{row}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface LogSidesProps {
  sides: NonNullable<DocumentProblem["sides"]>;
  busy: boolean;
  onChoose: (side: LogSide) => void;
}

export function LogSides({ sides, busy, onChoose }: LogSidesProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Rows title="Het zichtbare logboek in het document toont hier:" rows={sides.visible} />
      <Rows title="Het verborgen gegevensdeel vermeldt hier:" rows={sides.data} />
      <Body1>Welke klopt? De andere wordt volledig in het logboek bewaard.</Body1>
      <div className={styles.actions}>
        <Button size="small" onClick={() => onChoose("visible")} disabled={busy}>
          Het zichtbare logboek klopt
        </Button>
        <Button size="small" onClick={() => onChoose("data")} disabled={busy}>
          Het gegevensdeel klopt
        </Button>
      </div>
    </div>
  );
}

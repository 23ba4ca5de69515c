// A document that already holds something: "Nieuwe handreiking" is a choice, never a default. The
// handreiking goes after the existing content, which stays as it is; while the form is untouched the
// pane can take it out again (AppendedNotice), later only closing without saving or Word's Undo can.
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export const APPEND_ASK = "Handreiking toevoegen na de bestaande inhoud…";
export const APPEND_DO = "Handreiking toevoegen na de bestaande inhoud";

export interface AppendChoiceProps {
  busy: boolean;
  disabled: boolean;
  onAppend: () => void;
}

export function AppendChoice({ busy, disabled, onAppend }: AppendChoiceProps) {
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button onClick={() => setAsking(true)} disabled={busy || disabled}>
        {APPEND_ASK}
      </Button>
    );
  return (
    <div className={styles.root} role="group" aria-labelledby="append-choice-text">
      <Body1 id="append-choice-text">
        De lege handreiking komt achter alles wat nu in dit document staat. Wat er al staat (tekst, afbeeldingen,
        tabellen, kop- en voetteksten) blijft onveranderd staan en wordt niet vergrendeld. Zolang er nog niets in de
        handreiking is ingevuld, haalt ‘Handreiking weer weghalen’ haar met één klik weer weg. Daarna kan dat niet meer
        via de invoegtoepassing: sluit het document dan zonder op te slaan (of gebruik Ongedaan maken in Word; Word
        bepaalt zelf hoeveel stappen daarvoor nodig zijn).
      </Body1>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={busy || disabled}
          onClick={() => {
            setAsking(false);
            onAppend();
          }}
        >
          {APPEND_DO}
        </Button>
        <Button onClick={() => setAsking(false)}>Annuleren</Button>
      </div>
    </div>
  );
}

// Who gets the document: the people of the form (Betrokkenen, step 2), as a copyable list, and how to send it.
import { Body1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PersonRow } from "../../domain";
import { CopyField } from "./CopyField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function recipientLines(rows: readonly PersonRow[]): string[] {
  return rows
    .map((r) => {
      const name = r.name.trim();
      const org = r.organisation.trim();
      const reach = r.contact.replace(/\s*\n\s*/g, ", ").trim();
      const who = org ? `${name} (${org})` : name;
      return [who, reach].filter((p) => p !== "").join(" – ");
    })
    .filter((line) => line !== "");
}

/** `step`: where the form lists the people, as in a sentence ("stap 2"). */
export function Recipients({ rows, channel, step }: { rows: readonly PersonRow[]; channel: string; step: string }) {
  const styles = useStyles();
  const lines = recipientLines(rows);
  return (
    <div className={styles.root}>
      {lines.length > 0 ? (
        <CopyField
          label={`Betrokkenen (uit ${step})`}
          value={lines.join("\n")}
          multiline
          buttonLabel="Lijst kopiëren"
        />
      ) : (
        <Body1>Er staan nog geen betrokkenen in {step}.</Body1>
      )}
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Beveiligd versturen</MessageBarTitle>
          Stuur het document naar alle betrokkenen, alleen via Zorgmail, Zivver of een andere beveiligde verzendwijze
          {channel ? ` (afgesproken: ${channel})` : ""}. Doe dit opnieuw na elke wijziging. Gewone e-mail is niet veilig
          genoeg.
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

// "Verborgen gegevens": before sending, what the file carries that Word does not show — the
// form data with the change log, the earlier texts of boxes, log archive parts, and data the
// repair set aside (quarantine), each of which can be removed (the removal is logged).
import { useEffect, useState } from "react";
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { countWords, dayToDutch, formatSize, type HiddenData, type QuarantinedData } from "../../domain";
import type { Outcome } from "../hooks/useFormView";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface HiddenDataCheckProps {
  /** The form's own document id, to tell its own set-aside data from another form's. */
  documentId: string | null;
  /** Changes whenever the document was read again: the list is read again too. */
  version: unknown;
  busy: boolean;
  load: () => Promise<Outcome<HiddenData>>;
  onRemove: (id: string) => Promise<boolean>;
}

function whose(q: QuarantinedData, own: string | null): string {
  if (q.documentId && q.documentId === own) return "Ze lijken van dit formulier zelf (zelfde document-id).";
  if (q.documentId || q.clientInitials) {
    const parts = [
      q.clientInitials ? `jeugdige ${q.clientInitials}` : "",
      q.documentId ? `document-id ${q.documentId}` : "",
    ].filter(Boolean);
    return `Ze lijken van een ander formulier (${parts.join(", ")}).`;
  }
  return "Van welk formulier ze zijn, is niet te lezen.";
}

export function HiddenDataCheck({ documentId, version, busy, load, onRemove }: HiddenDataCheckProps) {
  const styles = useStyles();
  const [hidden, setHidden] = useState<HiddenData | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let alive = true;
    void load().then((r) => {
      if (!alive) return;
      setFailed(!r.ok);
      if (r.ok) setHidden(r.value);
    });
    return () => {
      alive = false;
    };
  }, [load, version]);

  return (
    <div className={styles.section}>
      <Subtitle2 as="h3">Verborgen gegevens</Subtitle2>
      <Body1>
        Naast de tekst die u ziet, bevat het bestand gegevens die Word niet laat zien. Ze gaan mee met elke kopie die u
        verstuurt.
      </Body1>
      {failed && !hidden && <Body1>De verborgen gegevens konden niet worden gelezen.</Body1>}
      {!failed && !hidden && <Spinner size="tiny" label="De verborgen gegevens worden gelezen…" />}
      {hidden && (
        <ul className={styles.list} aria-label="Verborgen gegevens in dit bestand">
          <li>
            Formuliergegevens ({formatSize(hidden.dataPartSize)}): de laatst vastgelegde tekst van elk vak en het
            wijzigingslogboek met {countWords(hidden.logEntries, "regel", "regels")}, elk met initialen, organisatie en
            datum.
          </li>
          <li>
            Eerdere teksten van vakken: {hidden.earlierTexts} (wat er vóór een wijziging in een vak stond; het logboek
            bewaart het).
          </li>
          <li>
            Logarchief:{" "}
            {hidden.archiveParts === 0
              ? "geen"
              : `${countWords(hidden.archiveParts, "deel", "delen")} met ${hidden.archivedEntries} oudere regels van het logboek`}
            .
          </li>
          <li>
            Apart bewaarde gegevens:{" "}
            {hidden.quarantine.length === 0 ? "geen" : `${hidden.quarantine.length} (zie hieronder)`}.
          </li>
        </ul>
      )}
      {hidden?.quarantine.map((q) => (
        <MessageBar key={q.id} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Apart bewaarde gegevens ({formatSize(q.size)})</MessageBarTitle>
            Bij ‘Herstellen’ apart gezet{q.day ? ` op ${dayToDutch(q.day)}` : ""}: {q.reason.replace(/\.?$/, ".")}{" "}
            {whose(q, documentId)} Ze gaan mee met elke kopie. Horen ze niet bij deze handreiking, verwijder ze dan; dat
            komt in het wijzigingslogboek.
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => void onRemove(q.id)}>
              Verwijderen
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}

// The check before "Vastgesteld in het MDO": the date, who the form records as present, what is
// still missing. With required things missing, agreeing needs a reason (kept in the log).
import { useEffect, useState } from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { mdoDayDifference, presentAtMdo, type AgreementNote, type FormValues } from "../../domain";
import { BulletList } from "./BulletList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignSelf: "stretch",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wrap: { overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface AgreeConfirmationProps {
  /** dd-mm-jjjj */
  day: string;
  /** The same day as "YYYYMMDD" (compared with the form's "Datum MDO"). */
  dayKey: string;
  values: FormValues;
  /** "Stap 3 – Regie: Vul ‘Wie is de regisseur?’ in." */
  missing: readonly string[];
  busy: boolean;
  onConfirm: (note?: AgreementNote) => void;
  onCancel: () => void;
}

export function AgreeConfirmation({ day, dayKey, values, missing, busy, onConfirm, onCancel }: AgreeConfirmationProps) {
  const styles = useStyles();
  const [reason, setReason] = useState("");
  // It replaces the button that opened it: the focus comes here, or it would fall to <body>.
  useEffect(() => document.getElementById("agree-check")?.focus(), []);
  const { people, family } = presentAtMdo(values);
  const difference = mdoDayDifference(values, dayKey);
  const needsReason = missing.length > 0;
  const ready = !needsReason || reason.trim() !== "";
  return (
    <section className={styles.root} aria-labelledby="agree-check">
      <Body1Strong as="h3" id="agree-check" tabIndex={-1}>
        Klopt dit? Vastgesteld in het MDO van {day}
      </Body1Strong>
      {difference && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{difference}</MessageBarBody>
        </MessageBar>
      )}
      <Body1>Aanwezig volgens Stap 2:</Body1>
      {people.length > 0 ? (
        <BulletList className={styles.wrap} items={people} />
      ) : (
        <Body1>Er staat nog niemand bij Betrokkenen.</Body1>
      )}
      <Body1>Gezin aanwezig: {family === null ? "niet ingevuld" : family ? "ja" : "nee"}.</Body1>
      {needsReason ? (
        <>
          <Body1>
            {missing.length === 1
              ? "Nog niet ingevuld (verplicht):"
              : `Nog niet ingevuld (${missing.length} verplichte onderdelen):`}
          </Body1>
          <BulletList className={styles.wrap} items={missing} />
          <Field
            label="Waarom stelt u de handreiking toch vast?"
            required
            hint="De reden komt in het logboek, bij het vaststellen."
          >
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} rows={2} />
          </Field>
        </>
      ) : (
        <Body1>Alle verplichte onderdelen zijn ingevuld.</Body1>
      )}
      <Body1>
        Daarna wordt elke wijziging een aanvulling of correctie met uw initialen, de datum en uw organisatie.
      </Body1>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={busy || !ready}
          onClick={() => onConfirm(needsReason ? { missing: [...missing], reason: reason.trim() } : undefined)}
        >
          Ja, vaststellen
        </Button>
        <Button onClick={onCancel}>Annuleren</Button>
      </div>
    </section>
  );
}

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
import { AGREE_TEXT, confirmHeading, familyPresentText, missingHeading } from "../../domain/text/agree";
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
        {confirmHeading(day)}
      </Body1Strong>
      {difference && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{difference}</MessageBarBody>
        </MessageBar>
      )}
      <Body1>{AGREE_TEXT.presentHeading}</Body1>
      {people.length > 0 ? (
        <BulletList className={styles.wrap} items={people} />
      ) : (
        <Body1>{AGREE_TEXT.nobodyPresent}</Body1>
      )}
      <Body1>{familyPresentText(family)}</Body1>
      {needsReason ? (
        <>
          <Body1>{missingHeading(missing.length)}</Body1>
          <BulletList className={styles.wrap} items={missing} />
          <Field label={AGREE_TEXT.reasonLabel} required hint={AGREE_TEXT.reasonHint}>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} rows={2} />
          </Field>
        </>
      ) : (
        <Body1>{AGREE_TEXT.allFilled}</Body1>
      )}
      <Body1>{AGREE_TEXT.afterwards}</Body1>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={busy || !ready}
          onClick={() => onConfirm(needsReason ? { missing: [...missing], reason: reason.trim() } : undefined)}
        >
          {AGREE_TEXT.confirm}
        </Button>
        <Button onClick={onCancel}>{AGREE_TEXT.cancel}</Button>
      </div>
    </section>
  );
}

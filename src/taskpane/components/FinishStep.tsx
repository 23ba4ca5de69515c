// Afronden: the owner records that the handreiking was agreed in the MDO (default: the form's
// "Datum MDO", else today), after
// a confirmation that shows who is recorded as present and what is missing. From then on every
// change is an addition or a logged correction.
import { useEffect, useRef, useState } from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import {
  dayToDutch,
  defaultAgreementDay,
  isoToDay,
  parseDutchDate,
  type AgreedState,
  type AgreementNote,
  type FormValues,
  type StepMissing,
  DATE_FORMAT_HINT,
} from "../../domain";
import { AgreeConfirmation } from "./AgreeConfirmation";
import type { UnsavedBox } from "../box-model";
import { TitledSection } from "./TitledSection";
import { UnsavedNotice } from "./UnsavedNotice";
import { NOT_RESTORED_AGREE } from "../../domain/text/meeting";
import { AGREE_TEXT, agreedText, missingWarning } from "../../domain/text/agree";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
});

export interface FinishStepProps {
  agreed: AgreedState | null;
  /** "YYYYMMDD", today in Amsterdam. */
  today: string;
  /** Per step, the required things still missing. */
  missing: readonly StepMissing[];
  /** The form's values (who is recorded as present). */
  values: FormValues;
  /** Text typed but not in the document: agreement waits until it is saved or reset. */
  unsaved: readonly UnsavedBox[];
  onSaveAll: () => void;
  busy: boolean;
  /** The boxes are gone from the document until repaired: nothing can be agreed yet. */
  notRestored?: boolean;
  /** The note is given when required things are missing: what, and why agreed anyway. */
  onAgree: (day: string, note?: AgreementNote) => void;
}

export function FinishStep({
  agreed,
  today,
  missing,
  values,
  unsaved,
  onSaveAll,
  busy,
  notRestored = false,
  onAgree,
}: FinishStepProps) {
  const styles = useStyles();
  const [date, setDate] = useState(() => dayToDutch(defaultAgreementDay(values, today)));
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // "Annuleren" removes the check: the focus goes back to the button that opened it.
  const agreeButton = useRef<HTMLButtonElement>(null);
  const backToButton = useRef(false);
  useEffect(() => {
    if (backToButton.current && agreeButton.current) {
      backToButton.current = false;
      agreeButton.current.focus();
    }
  });
  const missingLines = missing.flatMap((m) => m.messages.map((message) => `${m.stepLabel}: ${message}`));
  const iso = parseDutchDate(date);
  // After "Ja, vaststellen" the question and its buttons go: focus moves to the heading of what replaced them.
  const agreedHere = useRef(false);
  useEffect(() => {
    if (!agreed || !agreedHere.current) return;
    agreedHere.current = false;
    const heading = document.getElementById("finish-title");
    heading?.setAttribute("tabindex", "-1");
    heading?.focus();
  }, [agreed]);
  const problem = iso ? null : AGREE_TEXT.badDate;

  if (agreed) {
    return (
      <TitledSection className={styles.root} titleId="finish-title" title={AGREE_TEXT.title}>
        <UnsavedNotice unsaved={unsaved} blocks="Verzenden" busy={busy} onSaveAll={onSaveAll} />
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{agreedText(dayToDutch(agreed.day), agreed.initials, agreed.organisation)}</MessageBarBody>
        </MessageBar>
        <Body1>{AGREE_TEXT.afterAgreed}</Body1>
      </TitledSection>
    );
  }
  const confirmingNow = confirming && iso !== null;
  return (
    <TitledSection className={styles.root} titleId="finish-title" title={AGREE_TEXT.title}>
      <Body1>{AGREE_TEXT.intro}</Body1>
      <UnsavedNotice unsaved={unsaved} blocks="Vastleggen" busy={busy} onSaveAll={onSaveAll} />
      {notRestored && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{NOT_RESTORED_AGREE}</MessageBarBody>
        </MessageBar>
      )}
      {missingLines.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{missingWarning(missingLines.length)}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={AGREE_TEXT.dateLabel}
        hint={DATE_FORMAT_HINT}
        validationState={tried && problem ? "error" : "none"}
        validationMessage={tried ? (problem ?? undefined) : undefined}
      >
        <Input value={date} disabled={confirmingNow} onChange={(_, d) => setDate(d.value)} />
      </Field>
      {confirmingNow ? (
        <AgreeConfirmation
          day={dayToDutch(isoToDay(iso))}
          dayKey={isoToDay(iso)}
          values={values}
          missing={missingLines}
          busy={busy || unsaved.length > 0}
          onConfirm={(note) => {
            agreedHere.current = true;
            setConfirming(false);
            onAgree(isoToDay(iso), note);
          }}
          onCancel={() => {
            backToButton.current = true;
            setConfirming(false);
          }}
        />
      ) : (
        <Button
          ref={agreeButton}
          appearance="primary"
          disabled={busy || unsaved.length > 0 || notRestored}
          onClick={() => {
            setTried(true);
            if (iso) setConfirming(true);
          }}
        >
          {AGREE_TEXT.agreeButton}
        </Button>
      )}
    </TitledSection>
  );
}

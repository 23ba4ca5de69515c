// The guided form: the list of parts, the open part, and Vorige/Volgende.
import { useEffect, useRef } from "react";
import { Button, Divider, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular, ArrowRight16Regular } from "@fluentui/react-icons";
import { missingByStep, type AgreementNote } from "../../domain";
import { StepNav } from "./StepNav";
import { StepView } from "./StepView";
import { FinishStep } from "./FinishStep";
import { FINISH_PART, missingFor, wizardParts } from "./parts";
import type { BoxEditing } from "./fields/editing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pager: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

export interface WizardProps {
  editing: BoxEditing;
  /** The open part (a step id, or "afronden"). */
  current: string;
  onSelect: (partId: string) => void;
  onAgree: (day: string, note?: AgreementNote) => void;
}

export function Wizard({ editing, current, onSelect, onAgree }: WizardProps) {
  const styles = useStyles();
  const parts = wizardParts();
  const missing = missingByStep(editing.view.values);
  const index = Math.max(
    0,
    parts.findIndex((p) => p.id === current),
  );
  const part = parts[index];
  const agreed = editing.view.data?.agreed ?? null;

  // Vorige/Volgende: the new part's heading gets focus and is scrolled into view, so neither
  // the keyboard nor the eye stays at the bottom of the part that was left.
  const moved = useRef(false);
  const go = onSelect;
  const step = (partId: string) => {
    moved.current = true;
    go(partId);
  };
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const heading = document.getElementById(current === FINISH_PART ? "finish-title" : `step-${current}`);
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    heading.focus();
    // jsdom has no scrollIntoView
    if (typeof heading.scrollIntoView === "function") heading.scrollIntoView({ block: "start" });
  }, [current]);
  const unsavedBySteps: Record<string, number> = {};
  for (const u of editing.unsaved) unsavedBySteps[u.stepId] = (unsavedBySteps[u.stepId] ?? 0) + 1;

  return (
    <div className={styles.root}>
      <StepNav current={current} missing={missing} agreed={agreed !== null} unsaved={unsavedBySteps} onSelect={go} />
      <Divider />
      {part?.step ? (
        <StepView key={part.id} step={part.step} missing={missingFor(missing, part.id)} editing={editing} />
      ) : (
        <FinishStep
          agreed={agreed}
          today={editing.today}
          missing={missing}
          values={editing.view.values}
          unsaved={editing.unsaved}
          onSaveAll={editing.saveAll}
          busy={editing.busy}
          notRestored={editing.readOnly}
          onAgree={onAgree}
        />
      )}
      <div className={styles.pager}>
        {index > 0 ? (
          <Button icon={<ArrowLeft16Regular />} onClick={() => step(parts[index - 1]?.id ?? current)}>
            Vorige
          </Button>
        ) : (
          <span />
        )}
        {index < parts.length - 1 && (
          <Button
            icon={<ArrowRight16Regular />}
            iconPosition="after"
            onClick={() => step(parts[index + 1]?.id ?? current)}
          >
            Volgende
          </Button>
        )}
      </div>
    </div>
  );
}

// Every part of the handreiking with its state (✓ complete, or how many required things are
// missing and how many boxes hold text not yet saved); any part can be opened directly. A step
// with unsaved text is never "compleet".
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Circle16Regular, Edit12Regular, Warning16Regular } from "@fluentui/react-icons";
import type { StepMissing } from "../../domain";
import { FINISH_PART, missingFor, wizardParts } from "./parts";
import { SCREEN_READER_ONLY } from "./screen-reader-only";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: { justifyContent: "flex-start", textAlign: "start", width: "100%", fontWeight: tokens.fontWeightRegular },
  current: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground1Selected },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  todo: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // One width whatever it says (or nothing, once complete): a label never wraps differently when a box is saved, so
  // nothing below the list moves under the pointer (issue 28). The words are in the accessible name.
  status: {
    marginLeft: "auto",
    paddingLeft: tokens.spacingHorizontalS,
    whiteSpace: "nowrap",
    width: "4.5em",
    flexShrink: 0,
    textAlign: "end",
  },
  unsavedMark: { verticalAlign: "middle" },
  // Read by screen readers, not shown: the accessible name starts with the visible text.
  srOnly: SCREEN_READER_ONLY,
});

export interface StepNavProps {
  current: string;
  missing: readonly StepMissing[];
  agreed: boolean;
  /** Step id → number of boxes with text not yet in the document. */
  unsaved?: Readonly<Record<string, number>>;
  onSelect: (partId: string) => void;
}

function stepStatus(count: number, unsaved: number): string {
  if (count === 0 && unsaved === 0) return "compleet";
  const parts = [count > 0 ? `${count} nog in te vullen` : "", unsaved > 0 ? `${unsaved} niet opgeslagen` : ""];
  return parts.filter(Boolean).join(", ");
}

export function StepNav({ current, missing, agreed, unsaved = {}, onSelect }: StepNavProps) {
  const styles = useStyles();
  return (
    <nav aria-label="Onderdelen van de handreiking">
      <ol className={styles.list}>
        {wizardParts().map((part) => {
          const count = part.id === FINISH_PART ? (agreed ? 0 : 1) : missingFor(missing, part.id).length;
          const open = part.id === FINISH_PART ? 0 : (unsaved[part.id] ?? 0);
          const done = count === 0 && open === 0;
          const status =
            part.id === FINISH_PART ? (agreed ? "vastgesteld" : "nog niet vastgesteld") : stepStatus(count, open);
          return (
            <li key={part.id}>
              <Button
                appearance="subtle"
                size="small"
                className={mergeClasses(styles.item, part.id === current && styles.current)}
                aria-current={part.id === current ? "step" : undefined}
                icon={
                  done ? (
                    <CheckmarkCircle16Filled className={styles.ok} />
                  ) : part.id === FINISH_PART ? (
                    <Circle16Regular />
                  ) : (
                    <Warning16Regular className={styles.todo} />
                  )
                }
                onClick={() => onSelect(part.id)}
              >
                {part.label}
                <span className={styles.srOnly}>, {status}</span>
                {part.id !== FINISH_PART && (
                  <span
                    className={mergeClasses(styles.status, styles.todo)}
                    aria-hidden
                    title={done ? undefined : status}
                  >
                    {done ? "" : count > 0 ? count : ""}
                    {open > 0 && (
                      <>
                        {count > 0 ? " · " : ""}
                        {open}
                        <Edit12Regular className={styles.unsavedMark} />
                      </>
                    )}
                  </span>
                )}
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

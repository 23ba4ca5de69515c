// The parts an upgrade adds before the change log: steps new in this version (heading, guidance,
// a table of boxes) and "Uit eerdere versie", the locked text of boxes the new version no longer has.
import type { UpgradedData } from "../data-part/upgrade-data";
import { TAG_STATIC } from "../form/boxes";
import { amsterdamDay } from "../dates/day";
import { formatStamp } from "../log/stamp";
import { cellText, normaliseLabel } from "../template/document-map";
import type { StepDef } from "../template/schema";
import { partHeading } from "../template/static-text";
import { EARLIER_HEADING } from "../template/upgrade";
import { earlierTextNote, type UpgradeRefusal } from "../text/upgrade";
import type { UpgradeInput, UpgradeSnapshot } from "./upgrade-input";
import { fillOf, type RowFill } from "./upgrade-rows";

export type PartOp =
  /** A paragraph before the change log's title (control `before`), locked unless `lock` is false. */
  | { op: "paragraph"; before: number; text: string; style?: string; lock: boolean }
  /** A table of new boxes before the last paragraph added (an unlocked spacer), which is then locked. */
  | { op: "stepTable"; rows: RowFill[] };

type Stamps = Map<string, { id: number; text: string }[]>;

export function planNewParts(
  read: UpgradeSnapshot,
  stamps: Stamps,
  upgraded: UpgradedData,
  input: UpgradeInput,
): { kind: "refused"; refusal: UpgradeRefusal } | { kind: "parts"; operations: PartOp[]; stepsAdded: number } {
  const { from, to } = input.plan;
  const title = normaliseLabel(to.changeLog.title);
  const logTitle = read.controls.find((c) => c.tag === TAG_STATIC && normaliseLabel(cellText(c.text)) === title);
  const newSteps = to.steps.filter((s) => !from.steps.some((f) => f.id === s.id));
  if (newSteps.length === 0 && upgraded.earlier.length === 0) return { kind: "parts", operations: [], stepsAdded: 0 };
  if (!logTitle) return { kind: "refused", refusal: { code: "logTitleMissing" } };
  const styleOf = (text: string): string | undefined =>
    read.paragraphs.find((p) => p.tableNestingLevel === 0 && p.text.trim() === text.trim())?.style;
  const first = from.steps[0];
  const styles = {
    heading: first ? styleOf(partHeading(first)) : undefined,
    guidance: first ? styleOf(first.guidance) : undefined,
  };
  const operations: PartOp[] = [];
  const add = (text: string, style: string | undefined, lock = true): void => {
    operations.push({ op: "paragraph", before: logTitle.id, text, ...(style ? { style } : {}), lock });
  };
  for (const step of newSteps) {
    add(partHeading(step), styles.heading);
    add(step.guidance, styles.guidance);
    add("", undefined, false);
    operations.push(stepTable(step, upgraded, input.placeholders));
  }
  if (upgraded.earlier.length > 0) {
    const day = amsterdamDay(input.now);
    add(EARLIER_HEADING, styles.heading);
    add(earlierTextNote(to.version, day, formatStamp(input.signer, day)), styles.guidance);
    for (const e of upgraded.earlier) {
      add(e.label, undefined);
      for (const line of [...e.text.split("\n"), ...(stamps.get(e.fieldId) ?? []).map((s) => s.text)])
        add(line, undefined);
    }
  }
  return { kind: "parts", operations, stepsAdded: newSteps.length };
}

/**
 * mappingProblems refuses new table fields: a new step holds boxes only, in one table, followed
 * (as in the plain document) by an empty paragraph; the table goes in before that is locked.
 */
function stepTable(step: StepDef, upgraded: UpgradedData, placeholders: boolean): PartOp {
  const fields = step.fields.filter((f) => f.kind !== "rows");
  return { op: "stepTable", rows: fields.map((f) => fillOf(f, upgraded.texts[f.id] ?? "", placeholders, [])) };
}

// The research summary of an anonymised copy: municipality, indications, how much of each step
// is filled, rows per table, step 2 as codes and organisation types, and the sequence of changes
// by shifted day and organisation type. Never a name or a value of a box beyond these.
import type { ChangeEntry } from "../log/change-log";
import { boxDefOf, parseBoxText } from "../form/box-text";
import { charCount } from "../form/text-rules";
import { fieldWithRole, findField, type TemplateDef } from "../template";
import { fieldOf, peopleCellKey, roleKey, type FilledForm } from "./filled-form";
import { orgTypeOf, type OrgType, type PeopleRegistry } from "./people";
import type { Counts } from "./spans";

export interface StepFill {
  boxes: number;
  filled: number;
  /** Characters as filled in (before anonymisation). */
  characters: number;
}

export interface ResearchChange {
  /** Shifted "YYYYMMDD". */
  day: string;
  kind: ChangeEntry["kind"];
  stepId?: string;
  /** The signer's organisation type ("Zorgaanbieder", "Gemeente", …). */
  orgType: OrgType;
  /** The signer's organisation code ("Zorgaanbieder A", "Gemeente", …). */
  org: string;
}

/** One row of step 2 in the summary: the person's code, the organisation's type, the role. */
export interface ResearchPerson {
  code: string;
  orgType: OrgType | null;
  rol: string;
}

export interface ResearchSummary {
  code: string;
  municipality: string;
  indications: string[];
  stepsFilled: Record<string, StepFill>;
  /** Rows per table field. */
  rows: Record<string, number>;
  /** Step 2 as codes: who (role) from which type of organisation. */
  betrokkenen: ResearchPerson[];
  changes: ResearchChange[];
  counts: Counts;
}

/** What the summary is made from: the original form and what anonymising it gave. */
export interface AnonymisedParts {
  code: string;
  people: PeopleRegistry;
  /** Box key → anonymised text. */
  boxTexts: Record<string, string>;
  /** The anonymised log, entry for entry the original's. */
  changeLog: readonly ChangeEntry[];
  counts: Counts;
}

function indications(form: FilledForm): string[] {
  const field = fieldWithRole(form.template, "indication");
  if (!field || field.kind === "rows") return [];
  const r = parseBoxText(boxDefOf(field), form.boxTexts[field.id] ?? "");
  return r.ok && Array.isArray(r.value) ? (r.value as string[]) : [];
}

function stepsFilled(boxTexts: Record<string, string>, template: TemplateDef): Record<string, StepFill> {
  const out: Record<string, StepFill> = Object.fromEntries(
    template.steps.map((s) => [s.id, { boxes: 0, filled: 0, characters: 0 }]),
  );
  for (const [key, text] of Object.entries(boxTexts)) {
    const step = findField(fieldOf(key), template)?.step;
    const fill = step ? out[step.id] : undefined;
    if (!fill) continue;
    fill.boxes++;
    if (text.trim() !== "") {
      fill.filled++;
      fill.characters += charCount(text.trim());
    }
  }
  return out;
}

/** Step 2's rows: the person's code, the organisation's type and the (anonymised) role. */
function peopleRowsAsCodes(form: FilledForm, parts: AnonymisedParts): ResearchPerson[] {
  const { template, boxTexts } = form;
  return (form.data.rowOrder[roleKey(template, "people")] ?? []).map((r) => {
    const org = boxTexts[peopleCellKey(template, r, "organisation")] ?? "";
    const name = boxTexts[peopleCellKey(template, r, "personName")] ?? "";
    const person = name.trim() ? parts.people.findByName(name) : undefined;
    return {
      code: person?.code.label ?? "",
      orgType: org.trim() ? orgTypeOf(org) : null,
      rol: parts.boxTexts[peopleCellKey(template, r, "roleInTrajectory")] ?? "",
    };
  });
}

function changes(original: readonly ChangeEntry[], anonymised: readonly ChangeEntry[]): ResearchChange[] {
  return anonymised.map((e, i) => {
    const change: ResearchChange = {
      day: e.day,
      kind: e.kind,
      orgType: orgTypeOf(original[i]?.organisation ?? ""),
      org: e.organisation,
    };
    if (e.stepId !== undefined) change.stepId = e.stepId;
    return change;
  });
}

export function researchSummary(form: FilledForm, parts: AnonymisedParts): ResearchSummary {
  const { data, boxTexts, template } = form;
  return {
    code: parts.code,
    municipality: boxTexts[roleKey(template, "municipality")]?.trim() ?? "",
    indications: indications(form),
    stepsFilled: stepsFilled(boxTexts, template),
    rows: Object.fromEntries(Object.entries(data.rowOrder).map(([f, keys]) => [f, keys.length])),
    betrokkenen: peopleRowsAsCodes(form, parts),
    changes: changes(data.changeLog, parts.changeLog),
    counts: parts.counts,
  };
}

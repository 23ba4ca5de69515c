// An anonymised copy of a filled handreiking for research (Kennispunt Twente): the same
// structure (every box key, every row), the same steps filled and the same sequence of changes,
// with people replaced by codes, organisations by their type, dates moved by one offset and
// contact details, numbers and addresses removed. Pure: no Office, no DOM; deterministic for a
// given `random`. The steps: collect the people (form-people.ts), anonymise each box
// (box-anonymiser.ts), the log and the data part (anonymise-data-part.ts), then the warnings
// (copy-warnings.ts), the summary (research-summary.ts) and the words to review (review.ts).
import type { DataPart } from "../data-part/data-part-model";
import type { ChangeEntry } from "../log/change-log";
import { parseDutchDate } from "../dates/dates";
import { TEMPLATE, type TemplateDef } from "../template";
import { anonymiseChangeLog, anonymiseDataPart, anonymiseTexts } from "./anonymise-data-part";
import { BoxAnonymiser } from "./box-anonymiser";
import { copyWarnings } from "./copy-warnings";
import { DateShifter, randomOffsetDays } from "./date-shift";
import { currentText, lowerWords, roleKey, type FilledForm } from "./filled-form";
import { secureRandom } from "../log/hash";
import { collectPeople } from "./form-people";
import { EMPTY_LEXICON, type Lexicon } from "./lexicon";
import { researchSummary, type ResearchSummary } from "./research-summary";
import { reviewWords, type ReviewItem } from "./review";
import { Scrubber } from "./scrubber";
import { emptyCounts, type Counts } from "./spans";

export { NAMES_WARNING } from "./copy-warnings";
export type { ResearchChange, ResearchPerson, ResearchSummary, StepFill } from "./research-summary";

export interface AnonymiseInput {
  data: DataPart;
  /** Box key → text as it stands in the document. */
  boxTexts: Record<string, string>;
  /** The research code for the file name, e.g. "J01" (letters, digits, hyphen). Default "J01". */
  code?: string;
  /** Random source for the date offset and the new ids; pass a seeded one in tests. */
  random?: () => number;
  /** Fixes the date offset (days); normally drawn at random and never shown. */
  offsetDays?: number;
  template?: TemplateDef;
  /** Dutch names and words (lexicon-nl.ts, loaded with the Kopieën tab); without it only listed people are found. */
  lexicon?: Lexicon;
  /** Words the user marked in the review: replaced everywhere by "Gemarkeerd A", "Gemarkeerd B"… */
  marked?: readonly string[];
  /** The file's other texts (body around the boxes, headers, notes, comments): a name found there by context is
   * replaced everywhere, boxes included. */
  otherTexts?: readonly string[];
}

export interface AnonymiseReport {
  /** How many replacements of each kind — never the values. */
  counts: Counts;
  /** Dutch lines the person handing in the case must read. */
  warnings: string[];
  /** Words the copy kept that could still be a name or a place, each in its sentence, for the user to check. */
  review: ReviewItem[];
}

export interface AnonymisedForm {
  code: string;
  /** "Onderzoek Handreiking Regie J01.docx" */
  fileName: string;
  /** The anonymised data part, with a new document id and the whole log (no archive parts). */
  data: DataPart;
  boxTexts: Record<string, string>;
  report: AnonymiseReport;
  summary: ResearchSummary;
  /**
   * The same free-text anonymiser, for text outside the boxes (the .docx layer). Holds the date
   * offset: keep it in memory only, never write it anywhere.
   */
  scrubber: Scrubber;
  /** Lower-case words the review list leaves out (the form's own words and the codes' initials), for the text of the
   * file outside the boxes (anonymise-docx.ts). */
  reviewKnown: ReadonlySet<string>;
}

const CODE = /^[A-Za-z0-9-]{1,20}$/;
export const RESEARCH_CODE_MESSAGE =
  "De onderzoekscode mag alleen letters, cijfers en een streepje bevatten, hoogstens 20 tekens (bijvoorbeeld J01).";

/** A Dutch message when the research code cannot go into a file name, else null. */
export function researchCodeProblem(code: string): string | null {
  return CODE.test(code) ? null : RESEARCH_CODE_MESSAGE;
}

export function researchFileName(code: string): string {
  return `Onderzoek Handreiking Regie ${code}.docx`;
}

/** The year relative dates are read against: the MDO's, else the agreement's or first change's, else 2020. */
function referenceYear(form: FilledForm): number {
  const mdo = parseDutchDate(currentText(form, roleKey(form.template, "mdoDate")));
  if (mdo) return Number(mdo.slice(0, 4));
  const day = form.data.agreed?.day ?? form.data.changeLog[0]?.day;
  return day ? Number(day.slice(0, 4)) : 2020;
}

/** The code for the file name, checked; throws the Dutch message when it cannot be one. */
function checkedCode(code: string): string {
  const problem = researchCodeProblem(code);
  if (problem) throw new Error(problem);
  return code;
}

/** The texts a person should look over: the copy's boxes and its log's values and descriptions. */
function reviewTexts(boxTexts: Record<string, string>, changeLog: readonly ChangeEntry[]): string[] {
  return [...Object.values(boxTexts), ...changeLog.flatMap((e) => [e.before ?? "", e.after ?? "", e.description])];
}

export function anonymiseForm(input: AnonymiseInput): AnonymisedForm {
  const code = checkedCode(input.code ?? "J01");
  const form: FilledForm = { data: input.data, boxTexts: input.boxTexts, template: input.template ?? TEMPLATE };
  const random = input.random ?? secureRandom;
  const lexicon = input.lexicon ?? EMPTY_LEXICON;
  const counts = emptyCounts();

  const { people, notNames } = collectPeople(form, lexicon, input.marked ?? [], input.otherTexts ?? []);
  const dates = new DateShifter(input.offsetDays ?? randomOffsetDays(random), referenceYear(form));
  const municipality = currentText(form, roleKey(form.template, "municipality"));
  const keepPlaces = new Set(lowerWords(municipality, /[^\p{L}'’-]+/u));
  const scrubber = new Scrubber(people, dates, counts, lexicon, notNames, keepPlaces);
  const boxes = new BoxAnonymiser(form.template, scrubber);

  // The log first, then the boxes, then the rest of the data part: this order fixes the codes.
  const anonymisers = { boxes, people, dates, random };
  const changeLog = anonymiseChangeLog(form.data.changeLog, anonymisers);
  const boxTexts = anonymiseTexts(form.boxTexts, boxes);
  const data: DataPart = anonymiseDataPart(form.data, changeLog, anonymisers);

  const warnings = copyWarnings(boxTexts, people, form.template);
  const summary: ResearchSummary = researchSummary(form, { code, people, boxTexts, changeLog, counts });
  // the codes' own initials ("PA", "OA") stand in the copy's stamps: the add-in's, not a name
  const ownWords = new Set([...notNames, ...people.people.map((p) => p.code.initials.toLocaleLowerCase("nl"))]);
  const review = reviewWords(reviewTexts(boxTexts, changeLog), lexicon, ownWords);
  return {
    code,
    fileName: researchFileName(code),
    data,
    boxTexts,
    report: { counts, warnings, review },
    summary,
    scrubber,
    reviewKnown: ownWords,
  };
}

// The anonymised .docx for research: the original package with every box holding its
// anonymised text, the visible log rewritten from the anonymised log, the data part replaced
// (new document id, whole log, no archive or quarantine parts), the add-in's settings emptied,
// the document properties cleared, and every other text in the package (typed outside the
// boxes, headers, footers, notes, comments, tracked changes, charts, SmartArt) run through the
// same free-text anonymiser. Around the text (anonymise-package.ts, -fields.ts, -ids.ts): field
// codes, settings, embedded objects, other add-ins, foreign custom XML, external links, alt
// texts, Word's ids, authors and their dates. jszip + @xmldom/xmldom only: browser and Node.
// One copy reads top to bottom in buildDocx; each step has its file: copy-read.ts (the package
// read), copy-boxes.ts, copy-text.ts, copy-around.ts, package-sweep.ts (parts, relationships,
// content types), copy-pack.ts (written); its Dutch lines in src/domain/text/research-copy.ts.
import { SegmentedDocument } from "./segmented-document";
import { removeEmbeddedObjects } from "./anonymise-package";
import { outsideTexts } from "./outside-texts";
import { partsOfKind, removeDanglingReferences, removeUncheckedParts, type RemovedParts } from "./package-sweep";
import { copyLimits, removedLines } from "../domain/text/research-copy";
import { TEMPLATE, type TemplateDef } from "../domain";
import {
  addCounts,
  anonymiseForm,
  emptyCounts,
  researchCodeProblem,
  type AnonymiseInput,
  type AnonymiseReport,
  type AnonymisedForm,
} from "../domain/anonymise";
import { readCopy } from "./read-data-part";
import { openForCopy, CopyError, toCopyError, type OpenedDocx } from "./copy-read";
import { rewriteBoxesAndLog } from "./copy-boxes";
import {
  norm,
  scrubBody,
  scrubOtherParts,
  scrubStructureParts,
  templateTexts,
  textContext,
  type TextContext,
} from "./copy-text";
import { renumberIdsAndPeople, scrubAroundText } from "./copy-around";
import { packDocx } from "./copy-pack";

export interface AnonymisedDocx {
  bytes: Uint8Array;
  fileName: string;
  /** The form's report plus what was found outside the boxes; never the values. */
  report: AnonymiseReport;
  /** Parts taken out of the copy, by kind (signature, thumbnail, people list, embedded file…). */
  removed: RemovedParts;
  /** Dutch lines: what was removed from the copy (src/domain/text/research-copy.ts). */
  removedLines: string[];
  /** Dutch lines: what the copy still cannot guarantee. */
  limits: string[];
}

export { ANONYMISE_ERRORS, CopyError, toCopyError, type OpenedDocx } from "./copy-read";

/**
 * The anonymised .docx. `original` is the document as Office.context.document.getFileAsync
 * gives it; `form` comes from anonymiseForm on the same document's data part and box texts.
 * Throws only CopyError (Dutch).
 */
export async function anonymiseDocx(
  original: Uint8Array | ArrayBuffer | OpenedDocx,
  form: AnonymisedForm,
  template: TemplateDef = TEMPLATE,
  onStep: (step: number, steps: number) => void = () => undefined,
  wholeDocument = false,
): Promise<AnonymisedDocx> {
  try {
    return await buildDocx(original, form, template, onStep, wholeDocument);
  } catch (error) {
    throw toCopyError(error);
  }
}

/** The steps of buildDocx, for the pane's progress. */
export const COPY_STEPS = 7;

/** One copy, top to bottom: read, boxes, free text, around the text, sweep, ids, write, report. */
async function buildDocx(
  original: Uint8Array | ArrayBuffer | OpenedDocx,
  form: AnonymisedForm,
  template: TemplateDef,
  onStep: (step: number, steps: number) => void,
  wholeDocument: boolean,
): Promise<AnonymisedDocx> {
  // 1. read the package (copy-read.ts)
  const { zip, docPath, doc } = await openForCopy(original, wholeDocument);
  const ctx = textContext(form, template);
  onStep(1, COPY_STEPS);
  // 2. the boxes and the visible log (copy-boxes.ts), then everything else in the body (copy-text.ts)
  const done = rewriteBoxesAndLog(doc instanceof SegmentedDocument ? doc.documents() : [doc], form, template);
  scrubBody(zip, docPath, doc, ctx, done);
  onStep(2, COPY_STEPS);
  // 3. the other text parts: headers, footers, notes, comments, charts, SmartArt (copy-text.ts)
  const otherParts = await scrubOtherParts(zip, ctx, docPath);
  onStep(3, COPY_STEPS);
  // 4. around the text: embedded objects, settings, data part, add-ins, properties, links (copy-around.ts)
  const objects = await removeEmbeddedObjects(zip, [docPath, ...otherParts]);
  const kept = await scrubAroundText(zip, form, template);
  onStep(4, COPY_STEPS);
  // 5. parts, relationships and content types: what no step checked goes (package-sweep.ts)
  const removed = await removeUncheckedParts(zip, kept);
  if (objects > 0) removed.embedded = (removed.embedded ?? 0) + objects;
  await scrubStructureParts(zip, ctx);
  await removeDanglingReferences(zip, await partsOfKind(zip, "text", "drawing", "structure"));
  onStep(5, COPY_STEPS);
  // 6. Word's ids, authors and their dates in every part (copy-around.ts)
  await renumberIdsAndPeople(zip, form);
  onStep(6, COPY_STEPS);
  // 7. write the package (copy-pack.ts) and report
  const pictureCount = (await partsOfKind(zip, "picture")).length;
  const bytes = await packDocx(zip);
  onStep(7, COPY_STEPS);
  return { bytes, fileName: form.fileName, removed, ...copyReport(form, ctx, removed, pictureCount) };
}

/** What the copy says about itself: the counts, the review list, what went and what it cannot guarantee. */
function copyReport(
  form: AnonymisedForm,
  ctx: TextContext,
  removed: RemovedParts,
  pictureCount: number,
): Pick<AnonymisedDocx, "report" | "removedLines" | "limits"> {
  const total = emptyCounts();
  addCounts(total, form.report.counts);
  addCounts(total, ctx.counts);
  return {
    // every uncertain word in the file, not only the boxes' (issue 23 item 5)
    report: { counts: total, warnings: [...form.report.warnings], review: ctx.review.items(form, ctx.templateText) },
    removedLines: removedLines(removed, ctx.fieldsReplaced, ctx.boundReplaced),
    limits: copyLimits(pictureCount),
  };
}

export interface AnonymiseCopyOptions {
  code?: string;
  random?: () => number;
  offsetDays?: number;
  lexicon?: AnonymiseInput["lexicon"];
  marked?: AnonymiseInput["marked"];
  /** Steps done of all (reading, the form, then the package's steps): for the pane's progress. */
  onProgress?: (done: number, total: number) => void;
  /** document.xml as one DOM, as before it was read in segments: the reference the tests compare with. */
  wholeDocument?: boolean;
}

/** All steps of anonymiseCopy: the reading, the form, the package. */
export const ANONYMISE_STEPS = 2 + COPY_STEPS;

/**
 * Reads the form from the .docx bytes, anonymises it and builds the anonymised .docx in one go:
 * the package opened and document.xml parsed once for both. Throws only CopyError (Dutch).
 */
export async function anonymiseCopy(
  original: Uint8Array | ArrayBuffer,
  options: AnonymiseCopyOptions = {},
): Promise<AnonymisedDocx & { form: AnonymisedForm }> {
  const { onProgress = () => undefined, wholeDocument = false, ...input } = options;
  try {
    let opened: OpenedDocx | null = null;
    const read = await readCopy(original, {
      segmented: !wholeDocument,
      onDocument: (parsed) => (opened = parsed),
    });
    if (!read.ok) throw new CopyError(read.error);
    onProgress(1, ANONYMISE_STEPS);
    const codeProblem = input.code === undefined ? null : researchCodeProblem(input.code);
    if (codeProblem) throw new CopyError(codeProblem);
    // a name found by context outside the boxes is replaced in the boxes too, and the other way round
    // (the template's own paragraphs are no one's words: the copy leaves them as they are)
    const fixed = templateTexts(TEMPLATE);
    const otherTexts = (
      opened ? await outsideTexts((opened as OpenedDocx).zip, (opened as OpenedDocx).docPath) : []
    ).filter((t) => !fixed.has(norm(t)));
    const form = anonymiseForm({ data: read.data, boxTexts: read.boxTexts, otherTexts, ...input });
    onProgress(2, ANONYMISE_STEPS);
    const docx = await anonymiseDocx(
      opened ?? original,
      form,
      TEMPLATE,
      (step) => onProgress(2 + step, ANONYMISE_STEPS),
      wholeDocument,
    );
    return { ...docx, form };
  } catch (error) {
    throw toCopyError(error);
  }
}

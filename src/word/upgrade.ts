// Upgrades a form of an earlier version of the handreiking to the add-in's version (the plan and
// the data: src/domain/template/upgrade.ts, src/domain/data-part/upgrade-data.ts).
//
// Two round trips, whatever the number of changes: (1) load the content controls, paragraphs and
// tables, to know which table row holds which box and which locked paragraph holds which text;
// (2) one batch that relabels and retags boxes in place, deletes the rows of boxes that moved
// away or were removed, inserts rows for new and moved boxes, adds new parts and the locked part
// "Uit eerdere versie" before the change log, and then (commit.ts) the log row and the data part.
// Row indices are computed here, in the order the batch applies its actions: Office.js applies a
// batch in order, so a cell addressed after an insert is addressed as the table is then.
import {
  BOX_TAG_PREFIX,
  boxTag,
  EARLIER_HEADING,
  expectedLabelText,
  formatStamp,
  amsterdamDay,
  mapDocument,
  normaliseLabel,
  parseBoxTag,
  partHeading,
  planUpgrade,
  boxKey,
  TAG_STAMP_PREFIX,
  TEMPLATE,
  upgradeData,
  type FieldDef,
  type Signer,
  type StepDef,
  type TemplateDef,
  type UpgradedData,
  type UpgradePlan,
} from "../domain";
import type { Capabilities } from "./capabilities";
import { commit, type FormHandle } from "./commit";
import { boxText, lockControl, makeBox } from "./controls";
import { stampNote } from "./edits";
import { WordLayerError } from "./errors";
import { normaliseWordText, TAG_LABEL, TAG_STATIC } from "./tags";

export interface UpgradeOptions {
  signer: Signer;
  now?: Date;
  random?: () => number;
  /** The version to upgrade to: the add-in's current template. */
  template?: TemplateDef;
}

export interface UpgradeResult {
  handle: FormHandle;
  upgraded: UpgradedData;
}

/** The plan for this document's data, or a Dutch reason why it cannot be upgraded. */
export function upgradePlanOf(templateVersion: string, template: TemplateDef = TEMPLATE): UpgradePlan {
  const result = planUpgrade(templateVersion, template);
  if (!result.ok) throw new WordLayerError("notSupported", result.error);
  return result.plan;
}

interface Loaded {
  controls: Word.ContentControlCollection;
  paragraphs: Word.ParagraphCollection;
  tables: Word.TableCollection;
}

/** A fields table as the batch leaves it: the field (new version's id) in each row, null for a row that is no box. */
interface TableRows {
  table: Word.Table;
  rows: (string | null)[];
  stepId: string;
}

/** The text pairs (before → after) of locked paragraphs that the new version words differently. */
function rewordedStatics(from: TemplateDef, to: TemplateDef): [string, string][] {
  const pairs: [string, string][] = [[from.title, to.title]];
  from.introduction.forEach((p, i) => pairs.push([p, to.introduction[i] ?? p]));
  from.rulesOfUse.forEach((p, i) => pairs.push([p, to.rulesOfUse[i] ?? p]));
  for (const step of from.steps) {
    const next = to.steps.find((s) => s.id === step.id);
    if (!next) continue;
    pairs.push([partHeading(step), partHeading(next)], [step.guidance, next.guidance]);
    for (const field of step.fields) {
      const other = next.fields.find((f) => f.id === field.id);
      if (field.kind === "rows" && other) pairs.push([field.label, other.label]);
    }
  }
  return pairs.filter(([a, b]) => a !== b);
}

function relock(cc: Word.ContentControl, text: string): void {
  cc.cannotEdit = false;
  cc.insertText(text, "Replace");
  cc.cannotEdit = true;
}

export async function upgradeForm(
  context: Word.RequestContext,
  caps: Capabilities,
  handle: FormHandle,
  options: UpgradeOptions,
): Promise<UpgradeResult> {
  const to = options.template ?? TEMPLATE;
  const plan = upgradePlanOf(handle.data.templateVersion, to);
  if (plan.from.version === plan.to.version)
    throw new WordLayerError("invalid", `Dit document is al van versie ${plan.to.version}.`);
  const from = plan.from;
  const now = options.now ?? new Date();

  // ---- round trip 1: what is where ----
  const body = context.document.body;
  const loaded: Loaded = {
    controls: body.contentControls.load("items/id,items/tag,items/text,items/placeholderText"),
    paragraphs: body.paragraphs.load("items/text,items/tableNestingLevel,items/style"),
    tables: body.tables.load("items/values"),
  };
  await context.sync();

  const boxes = new Map<string, Word.ContentControl>();
  const boxTexts: Record<string, string> = {};
  const stamps = new Map<string, Word.ContentControl[]>();
  for (const cc of loaded.controls.items) {
    const tag = cc.tag ?? "";
    if (tag.startsWith(TAG_STAMP_PREFIX)) {
      const key = tag.slice(TAG_STAMP_PREFIX.length);
      stamps.set(key, [...(stamps.get(key) ?? []), cc]);
      continue;
    }
    const ref = tag.startsWith(BOX_TAG_PREFIX) ? parseBoxTag(tag, from) : null;
    if (!ref || boxes.has(boxKey(ref))) continue;
    boxes.set(boxKey(ref), cc);
    boxTexts[boxKey(ref)] = boxText(cc);
  }
  const map = mapDocument(
    {
      paragraphs: loaded.paragraphs.items.map((p) => ({ text: p.text, tableNestingLevel: p.tableNestingLevel })),
      tables: loaded.tables.items.map((t) => t.values),
    },
    from,
  );
  const upgraded = upgradeData({
    data: handle.data,
    boxTexts,
    plan,
    signer: options.signer,
    now,
    random: options.random,
  });

  // ---- round trip 2: one batch ----
  const stepOfNew = new Map(to.steps.flatMap((s) => s.fields.map((f) => [f.id, s] as const)));
  const fieldOfNew = new Map(to.steps.flatMap((s) => s.fields.map((f) => [f.id, f] as const)));
  const newIdOf = new Map<string, string>();
  for (const [id, origin] of Object.entries(plan.origins)) if (origin.from) newIdOf.set(origin.from, id);
  const stepOfOld = new Map(from.steps.flatMap((s) => s.fields.map((f) => [f.id, s.id] as const)));

  // Locked paragraphs worded differently.
  const statics = loaded.controls.items.filter((cc) => cc.tag === TAG_STATIC);
  const used = new Set<number>();
  for (const [before, after] of rewordedStatics(from, to)) {
    const cc = statics.find(
      (s) => !used.has(s.id) && normaliseLabel(normaliseWordText(s.text)) === normaliseLabel(before),
    );
    if (!cc) continue; // changed by hand already: left as it is (the static-text check reports it)
    used.add(cc.id);
    relock(cc, after);
  }

  const tables: TableRows[] = [];
  for (const plan of map.tables) {
    if (plan.kind !== "fields") continue;
    const table = loaded.tables.items[plan.tableIndex];
    if (!table) continue;
    const rows: (string | null)[] = (table.values ?? []).map(() => null);
    const stepId = stepOfOld.get(plan.rows[0]?.fieldId ?? "") ?? "";
    tables.push({ table, rows, stepId });
    for (const row of plan.rows) rows[row.row] = row.fieldId; // old ids until handled below
  }

  const stampLines = (oldKey: string): string[] => (stamps.get(oldKey) ?? []).map((cc) => normaliseWordText(cc.text));
  // Boxes in place: relabel and retag; boxes that leave their step or the form: delete the row.
  const moving = new Map<string, string[]>(); // new id → stamp lines to carry
  for (const t of tables) {
    for (let r = t.rows.length - 1; r >= 0; r--) {
      const oldId = t.rows[r];
      if (!oldId) continue;
      const newId = newIdOf.get(oldId);
      const cc = boxes.get(oldId);
      if (!newId || stepOfNew.get(newId)?.id !== t.stepId) {
        // removed, or moved to another step: the row goes; its text is in `upgraded` (earlier / texts)
        const label = t.table.getCell(r, 0).body.contentControls.getFirstOrNullObject();
        label.cannotDelete = false;
        if (cc) cc.cannotDelete = false;
        for (const s of stamps.get(oldId) ?? []) s.cannotDelete = false;
        t.table.deleteRows(r, 1);
        t.rows.splice(r, 1);
        if (newId) moving.set(newId, stampLines(oldId));
        continue;
      }
      t.rows[r] = newId;
      const oldField = from.steps.flatMap((s) => s.fields).find((f) => f.id === oldId);
      const field = fieldOfNew.get(newId)!;
      if (oldField && expectedLabelText(oldField) !== expectedLabelText(field)) {
        const label = t.table.getCell(r, 0).body.contentControls.getFirst();
        relock(label, expectedLabelText(field));
      }
      if (cc && (newId !== oldId || field.label !== oldField?.label)) {
        cc.tag = boxTag(newId);
        cc.title = field.label;
        if (caps.placeholders && field.hint) cc.placeholderText = field.hint;
        for (const s of stamps.get(oldId) ?? []) s.tag = `${TAG_STAMP_PREFIX}${newId}`;
      }
    }
  }

  // New boxes (added, split, moved in) in steps that are already there: a row after the box
  // before them in the new version (or before the box after them).
  const hint = (f: FieldDef): string | null => (caps.placeholders ? f.hint : null);
  for (const step of to.steps) {
    if (!from.steps.some((s) => s.id === step.id)) continue;
    const simple = step.fields.filter((f) => f.kind !== "rows");
    for (const [i, field] of simple.entries()) {
      if (tables.some((t) => t.rows.includes(field.id))) continue;
      const before = simple
        .slice(0, i)
        .reverse()
        .find((f) => tables.some((t) => t.rows.includes(f.id)));
      const after = simple.slice(i + 1).find((f) => tables.some((t) => t.rows.includes(f.id)));
      const anchor = before ?? after;
      const t = anchor && tables.find((x) => x.rows.includes(anchor.id));
      if (!anchor || !t) {
        throw new WordLayerError(
          "notSupported",
          `Het vak ‘${field.label}’ kan niet automatisch worden toegevoegd: ${partHeading(step)} heeft geen vakken meer om het bij te zetten.`,
        );
      }
      const at = t.rows.indexOf(anchor.id);
      const index = before ? at + 1 : at;
      t.table.getCell(at, 0).parentRow.insertRows(before ? "After" : "Before", 1, [["", ""]]);
      t.rows.splice(index, 0, field.id);
      fillRow(t.table, index, field, upgraded.texts[field.id] ?? "", hint(field), moving.get(field.id) ?? []);
    }
  }

  // New parts (at the end, before the change log), then the text of removed boxes.
  const logTitle = statics.find(
    (s) => normaliseLabel(normaliseWordText(s.text)) === normaliseLabel(to.changeLog.title),
  );
  const styleOf = (text: string): string | undefined =>
    loaded.paragraphs.items.find((p) => p.tableNestingLevel === 0 && p.text.trim() === text.trim())?.style;
  const firstStep = from.steps[0];
  const styles = {
    heading: firstStep ? styleOf(partHeading(firstStep)) : undefined,
    guidance: firstStep ? styleOf(firstStep.guidance) : undefined,
  };
  const newSteps = to.steps.filter((s) => !from.steps.some((f) => f.id === s.id));
  if ((newSteps.length > 0 || upgraded.earlier.length > 0) && !logTitle) {
    throw new WordLayerError("notSupported", "De kop van het wijzigingslogboek ontbreekt; herstel het document eerst.");
  }
  const addParagraph = (text: string, style: string | undefined, lock = true): Word.Paragraph => {
    const p = logTitle!.insertParagraph(text, "Before");
    if (style) p.style = style;
    if (lock) lockControl(p.insertContentControl(), TAG_STATIC);
    return p;
  };
  for (const step of newSteps) addStep(step, addParagraph, styles, upgraded, hint);
  if (upgraded.earlier.length > 0) {
    addParagraph(EARLIER_HEADING, styles.heading);
    addParagraph(
      `Deze tekst stond in vakken die in versie ${to.version} van de handreiking niet meer bestaan. Hij is bij het bijwerken op ${amsterdamDay(now).replace(/^(\d{4})(\d{2})(\d{2})$/, "$3-$2-$1")} (${formatStamp(options.signer, amsterdamDay(now))}) hier bewaard en vergrendeld.`,
      styles.guidance,
    );
    for (const e of upgraded.earlier) {
      addParagraph(e.label, undefined);
      for (const line of [...e.text.split("\n"), ...stampLines(e.fieldId)]) addParagraph(line, undefined);
    }
  }

  const next = await commit(context, handle, upgraded.data, [upgraded.entry], now);
  return { handle: next, upgraded };
}

/** The cells of a new box row: the locked label, the box with its text, stamp lines carried along. */
function fillRow(
  table: Word.Table,
  row: number,
  field: FieldDef,
  text: string,
  hint: string | null,
  stampLines: string[],
): void {
  const labelCell = table.getCell(row, 0).body;
  labelCell.insertText(expectedLabelText(field), "Replace");
  lockControl(labelCell.insertContentControl(), TAG_LABEL);
  const cell = table.getCell(row, 1).body;
  const box = cell.insertContentControl();
  makeBox(box, field.id, field.label, hint);
  if (text !== "") box.insertText(text, "Replace");
  for (const line of stampLines) stampNote(cell.insertParagraph(line, "End"), field.id);
}

function addStep(
  step: StepDef,
  addParagraph: (text: string, style: string | undefined, lock?: boolean) => Word.Paragraph,
  styles: { heading?: string; guidance?: string },
  upgraded: UpgradedData,
  hint: (f: FieldDef) => string | null,
): void {
  addParagraph(partHeading(step), styles.heading);
  addParagraph(step.guidance, styles.guidance);
  // mappingProblems refuses new table fields: a new step holds boxes only, in one table, followed
  // (as in the plain document) by an empty paragraph; the table goes in before that is locked.
  const spacer = addParagraph("", undefined, false);
  const fields = step.fields.filter((f) => f.kind !== "rows");
  const table = spacer.insertTable(
    fields.length,
    2,
    "Before",
    fields.map(() => ["", ""]),
  );
  fields.forEach((field, r) => fillRow(table, r, field, upgraded.texts[field.id] ?? "", hint(field), []));
  lockControl(spacer.insertContentControl(), TAG_STATIC);
}

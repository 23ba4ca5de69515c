// Upgrading a form of an earlier version of the handreiking, as a plan (the mapping and the data:
// template/upgrade.ts, data-part/upgrade-data.ts). Given the controls, paragraphs and tables as
// read, the operations relabel and retag boxes in place, delete the rows of boxes that moved away
// or were removed, insert rows for new and moved boxes, add new parts and the locked part "Uit
// eerdere versie" before the change log. Row indices are those of the table when the operation
// runs: Office.js applies a batch in order.
import { upgradeData, type UpgradedData } from "../data-part/upgrade-data";
import { BOX_TAG_PREFIX, boxKey, parseBoxTag, TAG_STAMP_PREFIX, TAG_STATIC } from "../form/boxes";
import { TEMPLATE } from "../template";
import { cellText, mapDocument, normaliseLabel } from "../template/document-map";
import { partHeading } from "../template/static-text";
import type { TemplateDef } from "../template/schema";
import { planUpgrade, type UpgradePlan } from "../template/upgrade";
import { upgradeRefusalText, type UpgradeRefusal } from "../text/upgrade";
import { planNewParts, type PartOp } from "./upgrade-parts";
import { planRows, type RowOp } from "./upgrade-rows";
import type { UpgradeInput, UpgradeSnapshot } from "./upgrade-input";

export type { UpgradeInput, UpgradeSnapshot } from "./upgrade-input";

export type UpgradeOp =
  /** A locked paragraph's control gets the new version's wording. */
  { op: "relock"; controlId: number; text: string } | RowOp | PartOp;

export interface UpgradeOutcome {
  from: string;
  to: string;
  counts: { reworded: number; rowsRemoved: number; rowsAdded: number; stepsAdded: number; earlierTexts: number };
}

export type UpgradeFormPlan =
  | { kind: "refused"; refusal: UpgradeRefusal; message: string }
  | { kind: "upgrade"; operations: UpgradeOp[]; upgraded: UpgradedData; outcome: UpgradeOutcome };

export function upgradeRefused(refusal: UpgradeRefusal): Extract<UpgradeFormPlan, { kind: "refused" }> {
  return { kind: "refused", refusal, message: upgradeRefusalText(refusal) };
}

/** Before anything is read: the mapping from the document's version, or why there is none. */
export function upgradeMapping(
  templateVersion: string,
  to: TemplateDef = TEMPLATE,
): { ok: true; plan: UpgradePlan } | { ok: false; refused: Extract<UpgradeFormPlan, { kind: "refused" }> } {
  const result = planUpgrade(templateVersion, to);
  if (!result.ok) return { ok: false, refused: upgradeRefused({ code: "noPath", reason: result.error }) };
  if (result.plan.from.version === result.plan.to.version)
    return { ok: false, refused: upgradeRefused({ code: "alreadyCurrent", version: result.plan.to.version }) };
  return { ok: true, plan: result.plan };
}

/** Box controls by old key (the first of each), their texts, and stamp controls by box key. */
export function controlsOf(read: UpgradeSnapshot, from: TemplateDef) {
  const boxes = new Map<string, number>();
  const boxTexts: Record<string, string> = {};
  const stamps = new Map<string, { id: number; text: string }[]>();
  for (const cc of read.controls) {
    if (cc.tag.startsWith(TAG_STAMP_PREFIX)) {
      const key = cc.tag.slice(TAG_STAMP_PREFIX.length);
      stamps.set(key, [...(stamps.get(key) ?? []), { id: cc.id, text: cellText(cc.text) }]);
      continue;
    }
    const ref = cc.tag.startsWith(BOX_TAG_PREFIX) ? parseBoxTag(cc.tag, from) : null;
    if (!ref || boxes.has(boxKey(ref))) continue;
    boxes.set(boxKey(ref), cc.id);
    // Word shows the placeholder while a box is empty: read as empty
    const text = cellText(cc.text);
    boxTexts[boxKey(ref)] = cc.placeholderText && text === cellText(cc.placeholderText) ? "" : text;
  }
  return { boxes, boxTexts, stamps };
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

/** Locked paragraphs worded differently; one changed by hand is left as it is (the static-text check reports it). */
function relockStatics(read: UpgradeSnapshot, from: TemplateDef, to: TemplateDef): UpgradeOp[] {
  const statics = read.controls.filter((cc) => cc.tag === TAG_STATIC);
  const used = new Set<number>();
  const ops: UpgradeOp[] = [];
  for (const [before, after] of rewordedStatics(from, to)) {
    const cc = statics.find((s) => !used.has(s.id) && normaliseLabel(cellText(s.text)) === normaliseLabel(before));
    if (!cc) continue;
    used.add(cc.id);
    ops.push({ op: "relock", controlId: cc.id, text: after });
  }
  return ops;
}

export function planFormUpgrade(read: UpgradeSnapshot, input: UpgradeInput): UpgradeFormPlan {
  const { plan } = input;
  const controls = controlsOf(read, plan.from);
  const map = mapDocument({ paragraphs: read.paragraphs, tables: read.tables }, plan.from);
  const upgraded = upgradeData({ ...input, boxTexts: controls.boxTexts });
  const statics = relockStatics(read, plan.from, plan.to);
  const rows = planRows(map, read, controls, upgraded, input);
  if (rows.kind === "refused") return upgradeRefused(rows.refusal);
  const parts = planNewParts(read, controls.stamps, upgraded, input);
  if (parts.kind === "refused") return upgradeRefused(parts.refusal);
  const operations = [...statics, ...rows.operations, ...parts.operations];
  const count = (op: UpgradeOp["op"]): number => operations.filter((o) => o.op === op).length;
  const outcome: UpgradeOutcome = {
    from: plan.from.version,
    to: plan.to.version,
    counts: {
      reworded: statics.length,
      rowsRemoved: count("deleteRow"),
      rowsAdded: count("insertRow"),
      stepsAdded: parts.stepsAdded,
      earlierTexts: upgraded.earlier.length,
    },
  };
  return { kind: "upgrade", operations, upgraded, outcome };
}

// What an upgrade does to the form's data (pure): the data part moves to the new version, every
// text goes to the box that takes it (see template/upgrade.ts), the log stays whole and gets one
// entry "Bijgewerkt naar versie x.y door …". The Word layer writes the same texts into the boxes.
import { appendEntry, createEntry, type ChangeEntry, type Signer } from "../log/change-log";
import { EARLIER_HEADING, type UpgradePlan } from "../template/upgrade";
import { nextFormVersion, type DataPart } from "./data-part-model";
import { boxKey, rowPath, splitBoxKey } from "../form/boxes";

export interface EarlierText {
  fieldId: string;
  /** The box's label in the document's version. */
  label: string;
  text: string;
}

export interface UpgradedData {
  /** The data part of the new version, the new entry last (not yet sealed: commit seals it). */
  data: DataPart;
  entry: ChangeEntry;
  /** For every non-table field of the new version: the text its box holds after the upgrade. */
  texts: Record<string, string>;
  /** Text of removed boxes (only those that held text), for the part "Uit eerdere versie". */
  earlier: EarlierText[];
  /** The document was agreed and must now be agreed again (plan.newAgreement). */
  agreementDropped: boolean;
}

export interface UpgradeDataInput {
  data: DataPart;
  /** Box key → text as it stands in the document now (keys of the document's version). */
  boxTexts: Record<string, string>;
  plan: UpgradePlan;
  signer: Signer;
  now?: Date;
  random?: () => number;
}

function renameKey(key: string, rename: Map<string, string>): string | null {
  const ref = splitBoxKey(key);
  const to = rename.get(ref.fieldId);
  if (to === undefined) return null;
  // a box, a cell, or a whole row (a fill session names rows by their path)
  return ref.rowKey !== undefined && ref.columnId === undefined
    ? rowPath(to, ref.rowKey)
    : boxKey({ ...ref, fieldId: to });
}

export function upgradeData(input: UpgradeDataInput): UpgradedData {
  const { data, boxTexts, plan } = input;
  const now = input.now ?? new Date();
  // Old field id → the field of the new version that takes its text (and its attributed text).
  const rename = new Map<string, string>();
  for (const [to, origin] of Object.entries(plan.origins)) if (origin.from) rename.set(origin.from, to);

  const lastAttributed: Record<string, string> = {};
  for (const [key, text] of Object.entries(data.lastAttributed)) {
    const next = renameKey(key, rename);
    if (next !== null) lastAttributed[next] = text;
  }
  const rowOrder: Record<string, string[]> = {};
  for (const [fieldId, keys] of Object.entries(data.rowOrder)) {
    const to = rename.get(fieldId);
    if (to !== undefined) rowOrder[to] = keys;
  }
  const texts: Record<string, string> = {};
  for (const step of plan.to.steps) {
    for (const field of step.fields) {
      if (field.kind === "rows") continue;
      const from = plan.origins[field.id]?.from ?? null;
      texts[field.id] = from ? (boxTexts[from] ?? data.lastAttributed[from] ?? "") : "";
      if (!(field.id in lastAttributed)) lastAttributed[field.id] = "";
    }
  }
  const oldFields = new Map(plan.from.steps.flatMap((s) => s.fields.map((f) => [f.id, f] as const)));
  const earlier = plan.removed.flatMap((fieldId): EarlierText[] => {
    const field = oldFields.get(fieldId);
    const text = boxTexts[fieldId] ?? data.lastAttributed[fieldId] ?? "";
    return field && field.kind !== "rows" && text.trim() !== "" ? [{ fieldId, label: field.label, text }] : [];
  });

  const agreementDropped = data.agreed !== null && plan.newAgreement.length > 0;
  const splitWithText = plan.to.steps
    .flatMap((s) => s.fields)
    .filter((f) => plan.origins[f.id]?.splitOf && plan.origins[f.id]?.from && (texts[f.id] ?? "") !== "");
  const description = [
    `Bijgewerkt naar versie ${plan.to.version} door ${input.signer.initials} (was versie ${plan.from.version}).`,
    ...splitWithText.map(
      (f) => `De tekst van ${q(oldFields.get(plan.origins[f.id]!.from!)?.label ?? "")} staat nu in ${q(f.label)}.`,
    ),
    earlier.length > 0
      ? `Tekst uit vervallen vakken (${earlier.map((e) => q(e.label)).join(", ")}) staat onder ${q(EARLIER_HEADING)}.`
      : "",
    agreementDropped
      ? `Opnieuw vaststellen in het MDO nodig: ${plan.newAgreement.join(" ")}`
      : data.agreed
        ? "Het document blijft vastgesteld."
        : "",
  ]
    .filter((t) => t !== "")
    .join(" ");
  const entry = createEntry({ kind: "edit", description }, input.signer, now, input.random);
  let next: DataPart = {
    ...data,
    templateVersion: plan.to.version,
    lastAttributed,
    rowOrder,
    changeLog: appendEntry(data.changeLog, entry),
  };
  if (agreementDropped) next = { ...nextFormVersion(next), agreed: null };
  return { data: next, entry, texts, earlier, agreementDropped };
}

const q = (text: string) => `‘${text}’`;

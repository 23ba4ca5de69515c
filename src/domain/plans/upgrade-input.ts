// What the upgrade plan reads (upgrade-plan.ts): the body in document order and the input of the
// upgrade. Its own file, so the plan's parts (upgrade-rows.ts, upgrade-parts.ts) need not import the plan.
import type { DataPart } from "../data-part/data-part-model";
import type { Signer } from "../log/change-log";
import type { UpgradePlan } from "../template/upgrade";

/** The body as the upgrade reads it, in document order. */
export interface UpgradeSnapshot {
  controls: { id: number; tag: string; text: string; placeholderText: string }[];
  paragraphs: { text: string; tableNestingLevel: number; style: string }[];
  tables: string[][][];
}

export interface UpgradeInput {
  data: DataPart;
  plan: UpgradePlan;
  signer: Signer;
  now: Date;
  random?: () => number;
  placeholders: boolean;
}

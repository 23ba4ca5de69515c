// Comparing two copies made in different versions of the handreiking (one upgraded, the other
// not yet): the other copy is upgraded in memory first, the way opening it would upgrade it, so
// box for box the same keys are compared. Its log is left exactly as that copy has it (entries
// are sealed; a merge takes them over as they are, and the log labels them by the version they
// were written in). A copy of a newer version than this document is refused: this document must
// be upgraded first.
import { upgradeData } from "../data-part/upgrade-data";
import { splitBoxKey } from "../form/boxes";
import { compareVersions, findTemplateVersion } from "../template";
import { planUpgrade } from "../template/upgrade";
import type { CopyState } from "./copy-state";

export type AlignedCopy =
  | {
      ok: true;
      there: CopyState;
      notes: string[];
      /** Box key in the other copy's log → the key it has now (a box renamed, split or moved). */
      renamedKeys: Record<string, string>;
    }
  | { ok: false; message: string };

const q = (text: string) => `‘${text}’`;

/** The other copy in this copy's version of the handreiking, with Dutch notes on what cannot be compared. */
export function alignCopy(here: CopyState, there: CopyState): AlignedCopy {
  const hv = here.data.templateVersion;
  const tv = there.data.templateVersion;
  if (compareVersions(hv, tv) === 0) return { ok: true, there, notes: [], renamedKeys: {} };
  if (compareVersions(tv, hv) > 0) {
    return {
      ok: false,
      message: `De andere kopie is van versie ${tv} van de handreiking, dit document van versie ${hv}. Een kopie van een nieuwere versie kan niet worden vergeleken; werk eerst dit document bij.`,
    };
  }
  const target = findTemplateVersion(hv);
  const result = target
    ? planUpgrade(tv, target)
    : { ok: false as const, error: `Versie ${hv} van de handreiking is onbekend.` };
  if (!result.ok)
    return {
      ok: false,
      message: `De andere kopie is van versie ${tv} van de handreiking en kan niet worden vergeleken: ${result.error}`,
    };
  const plan = result.plan;
  // Who upgrades does not matter here: the entry is not kept (the other copy's log stays as it is).
  const up = upgradeData({
    data: there.data,
    boxTexts: there.boxTexts,
    plan,
    signer: { initials: "NN", organisation: "onbekend" },
  });
  const boxTexts: Record<string, string> = { ...up.texts };
  for (const [key, text] of Object.entries(there.boxTexts)) {
    const { fieldId, rowKey } = splitBoxKey(key);
    if (rowKey !== undefined && up.data.rowOrder[fieldId]) boxTexts[key] = text;
  }
  const hereIds = new Set(here.data.changeLog.map((e) => e.id));
  const notes = up.earlier
    .filter((e) => there.data.changeLog.some((entry) => entry.boxKey === e.fieldId && !hereIds.has(entry.id)))
    .map(
      (e) =>
        `In de andere kopie (versie ${tv}) is ${q(e.label)} gewijzigd, een vak dat in versie ${hv} niet meer bestaat. Die tekst wordt niet overgenomen; zet hem zo nodig zelf in het juiste vak: ${q(e.text)}`,
    );
  const data = {
    ...there.data,
    templateVersion: up.data.templateVersion,
    lastAttributed: up.data.lastAttributed,
    rowOrder: up.data.rowOrder,
  };
  const renamedKeys: Record<string, string> = {};
  for (const [to, origin] of Object.entries(plan.origins))
    if (origin.from && origin.from !== to) renamedKeys[origin.from] = to;
  return { ok: true, there: { data, boxTexts }, notes, renamedKeys };
}

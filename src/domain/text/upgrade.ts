// The Dutch text of upgrading a form to a newer version of the handreiking: the locked
// explanation above the text of removed boxes, and the reasons an upgrade is refused.
// Codes come from src/domain/plans/upgrade-plan.ts.

/** Why an upgrade is not done, with the data its sentence needs. */
export type UpgradeRefusal =
  | { code: "alreadyCurrent"; version: string }
  | { code: "notNeeded" }
  | { code: "noAnchor"; label: string; part: string }
  | { code: "logTitleMissing" }
  /** The template's own reason (src/domain/template/upgrade.ts words it). */
  | { code: "noPath"; reason: string };

export function upgradeRefusalText(refusal: UpgradeRefusal): string {
  switch (refusal.code) {
    case "alreadyCurrent":
      return `Dit document is al van versie ${refusal.version}.`;
    case "notNeeded":
      return "Dit document hoeft niet te worden bijgewerkt.";
    case "noAnchor":
      return `Het vak ‘${refusal.label}’ kan niet automatisch worden toegevoegd: ${refusal.part} heeft geen vakken meer om het bij te zetten.`;
    case "logTitleMissing":
      return "De kop van het wijzigingslogboek ontbreekt; herstel het document eerst.";
    case "noPath":
      return refusal.reason;
  }
}

/** The locked paragraph under "Uit eerdere versie": `day` as YYYYMMDD, `stamp` as the log writes it. */
export function earlierTextNote(version: string, day: string, stamp: string): string {
  const shown = day.replace(/^(\d{4})(\d{2})(\d{2})$/, "$3-$2-$1");
  return `Deze tekst stond in vakken die in versie ${version} van de handreiking niet meer bestaan. Hij is bij het bijwerken op ${shown} (${stamp}) hier bewaard en vergrendeld.`;
}

// People a text names only by their initials (issue 23, blind set 4a): minutes and mediation reports list who was
// there as initials ("Aanwezig: PJ en IK", "GR (moeder), tK (wijkcoach)") and then write only those initials. Such
// initials are stated as a person's, so they are replaced everywhere, like the initials a log signs with. Pure.
import { isPersonWord, isProfessionWord } from "./person-context";

/** Initials written as one word: "GR", "PJ", "MvdH", "PvS", "tK" (a small particle letter first). */
const INITIALS = String.raw`(?:\p{Lu}(?:[a-z]{1,3}\p{Lu}|\p{Lu}{1,3})|[a-z]{1,2}\p{Lu}{1,2})`;
/** Initials with a role in brackets: "GR (moeder)", "AD (notulist)", "MvdH (voorzitter, jeugdbeschermer)". */
const WITH_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${INITIALS})[ \t]*\([ \t]*(?:\p{Ll}+[ \t]){0,2}(\p{Ll}[\p{Ll}'’-]+)(?![\p{L}])`,
  "gu",
);
/** A line listing who was there: "Aanwezig: …", "Afwezig met bericht: …", "Notulen: AD". */
const PRESENT_LINE =
  /^[ \t]*(?:aanwezig(?:en)?|afwezig|deelnemers|genodigden|notulen|notulist|voorzitter|verslag|kopie aan|cc)\b[^:\n\r\v]{0,24}:([^\n\r\v]*)/gimu;
/** Initials with the full name in brackets: "Mentor: HVR (H. van Riessen)", "KB (Karin Bos)"; group 2 the name. */
const WITH_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${INITIALS})[ \t]*\([ \t]*((?:\p{Lu}\.[ \t]?){1,4}|\p{Lu}\p{Ll}+[ \t])(?:(?:\p{Ll}{1,3}|'t)[ \t]){0,3}\p{Lu}[\p{Ll}'’-]+[ \t]*\)`,
  "gu",
);
/**
 * Initials starting a sentence that reports or acts: "HD meldt dat …", "PJ geeft aan …", "IK neemt contact op", or
 * that a chat addresses: "JB, jij belt moeder?", "TK, kun je …".
 */
const INITIALS_ACT = new RegExp(
  String.raw`(?:^|(?<=[.!?][ \t]{1,3}|[\n\r\v]|:[ \t]{1,3}))(${INITIALS})(?=[ \t]+(?:meldt|meldde|zegt|zei|vertelt|vertelde|geeft[ \t]aan|gaf[ \t]aan|belt|belde|mailt|mailde|appt|appte|stelt[ \t]voor|vraagt|vroeg|neemt|nam|informeert|bespreekt|regelt|plant|stuurt|licht|benadrukt|merkt|vindt|vond)(?![\p{L}])|,[ \t]+(?:jij|kun|kan|wil|zou|neem|bel|mail|app|doe|pak|regel|check|heb)(?![\p{L}]))`,
  "gmu",
);
const INITIALS_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])${INITIALS}(?![\p{L}\p{N}])`, "gu");

/** All-capital words that are abbreviations, not someone's initials. */
const NOT_INITIALS = new Set(
  "MDO GGZ GGD CJG WMO JGZ PGB BSO KDV SBO VSO VMBO HAVO VWO MBO HBO ROC ADHD ADD ASS ODD PTSS LVB OCD IQ BSN MST ZGT UMC AMC NL EU VT GI RVDK RVK AMK IB OK NB JA NEE OF EN TV PC WA ID UWV SVB CAK DUO IND COA AZC POH OTS UHP SEH BOA PV".split(
    " ",
  ),
);

/** Roles at a meeting that no profession list has. */
const NOTE_ROLES = new Set(["notulist", "notulen", "voorzitter", "school", "moeder", "vader", "gastouder", "tolk"]);

/** Initials a text states as a person's; family words for the bracket come in as `kin`. */
export function initialsPeople(text: string, kin: (w: string) => boolean): string[] {
  const out = new Set<string>();
  const ok = (i: string): boolean => !NOT_INITIALS.has(i.toUpperCase());
  for (const m of text.matchAll(WITH_ROLE)) {
    const i = m[1] ?? "";
    const role = m[2] ?? "";
    if (ok(i) && (kin(role) || isPersonWord(role) || isProfessionWord(role) || NOTE_ROLES.has(role))) out.add(i);
  }
  for (const m of text.matchAll(WITH_NAME)) {
    const i = m[1] ?? "";
    if (ok(i) && i.charAt(0).toUpperCase() === (m[2] ?? "").charAt(0)) out.add(i);
  }
  for (const m of text.matchAll(INITIALS_ACT)) if (ok(m[1] ?? "")) out.add(m[1] ?? "");
  for (const m of text.matchAll(PRESENT_LINE))
    for (const w of (m[1] ?? "").matchAll(INITIALS_WORD)) if (ok(w[0])) out.add(w[0]);
  return [...out];
}

/** A label at a line's start: "H: …", "GO: …", "TV: …" (one to three capitals and a colon). */
const SPEAKER_LABEL = /(?<=^|[\n\r\v])[ \t]*(\p{Lu}{1,3})[ \t]*:(?=[ \t])/gu;

/**
 * A transcript's speakers by their initials: when at least two labels of capitals each start two lines or more, the
 * text is a dialogue and every such label is someone's initials. A handover's "M: … / I: … / S: … / T: …" repeats none.
 */
export function speakerInitials(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SPEAKER_LABEL)) counts.set(m[1] ?? "", (counts.get(m[1] ?? "") ?? 0) + 1);
  if ([...counts.values()].filter((n) => n >= 2).length < 2) return [];
  return [...counts.keys()].filter((i) => !NOT_INITIALS.has(i));
}

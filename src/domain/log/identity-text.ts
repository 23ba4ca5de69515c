// Initials and organisations name people in the log and in stamps, so they must say what they
// look like: no invisible characters (right-to-left overrides, zero-width spaces, soft hyphens),
// no letters that only look Latin (Cyrillic "РН" shown as "PH", Greek, fullwidth "ＰＨ").
// Text is compared after NFKC normalisation; what NFKC changes was typed in a look-alike form.

/** Invisible: controls, format characters (bidi, zero-width, BOM, soft hyphen), fillers, variation selectors. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]|\u034F|\u17B4|\u17B5|\p{Variation_Selector}/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");
/** A letter of another script than Latin. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, "");
}

/** Characters NFKC changes beyond NFC: fullwidth letters and digits, ligatures, superscripts. */
export function hasCompatibilityForm(text: string): boolean {
  return text.normalize("NFKC") !== text.normalize("NFC");
}

export function hasNonLatinLetter(text: string): boolean {
  return NON_LATIN_LETTER.test(text);
}

/** NFKC, invisible characters removed: the form in which identities are compared. */
export function identityForm(text: string): string {
  return stripInvisible(text.normalize("NFKC"));
}

/** Compares organisations as a reader would: NFKC, case, spaces. */
export function sameOrganisation(a: string, b: string): boolean {
  const key = (s: string): string => identityForm(s).trim().replace(/\s+/gu, " ").toLocaleLowerCase("nl");
  return key(a) === key(b);
}

/**
 * Why this initials or organisation text does not say what it shows (Dutch), or null. `what`
 * names it in the message: "De initialen", "De organisatie".
 */
export function identityTextProblem(raw: string, what: string): string | null {
  if (hasInvisible(raw))
    return `${what} bevat onzichtbare tekens (bijvoorbeeld een teken dat de leesrichting omdraait of een spatie zonder breedte).`;
  if (hasCompatibilityForm(raw))
    return `${what} bevat tekens in een afwijkende vorm (bijvoorbeeld brede letters of cijfers) die op gewone tekens lijken.`;
  if (hasNonLatinLetter(raw))
    return `${what} bevat letters uit een ander schrift (bijvoorbeeld Cyrillisch of Grieks) die op gewone letters kunnen lijken.`;
  return null;
}

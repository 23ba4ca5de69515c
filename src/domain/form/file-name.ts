// The file name the work instruction prescribes: "YYYYMMDD Handreiking Regie <initialen>",
// e.g. "20200901 Handreiking Regie ES". Decisions:
// - the initials are 1–5 letters and written in capitals, so a full name ("Emma Smit")
//   can never end up in a file name;
// - checking a name requires this exact format (single spaces, exact words), but the
//   ".docx" extension is optional and its case is ignored (Windows shows ".DOCX" too).
import { isDay } from "../dates/dates";

export const FILE_NAME_MIDDLE = "Handreiking Regie";
export const FILE_EXTENSION = ".docx";

export type FileNameResult = { ok: true; name: string } | { ok: false; error: string };

/** Client initials for a file name: 1–5 letters, capitals. Dots and spaces are not silently removed. */
export function fileNameInitials(raw: string): { ok: true; initials: string } | { ok: false; error: string } {
  const s = raw.normalize("NFC").trim();
  if (s === "") return { ok: false, error: "Vul eerst de initialen van de jeugdige in; die komen in de bestandsnaam." };
  if (/\s/.test(s))
    return {
      ok: false,
      error: "Gebruik alleen de initialen van de jeugdige (zonder spaties), nooit een volledige naam.",
    };
  const upper = s.toLocaleUpperCase("nl");
  if (!/^\p{L}+$/u.test(upper))
    return {
      ok: false,
      error: "De initialen van de jeugdige mogen alleen letters bevatten (geen punten, cijfers of tekens).",
    };
  if (!/^\p{L}{1,5}$/u.test(upper))
    return { ok: false, error: "Gebruik maximaal 5 letters als initialen van de jeugdige, nooit een volledige naam." };
  return { ok: true, initials: upper };
}

/** "20200902 Handreiking Regie ES" (without extension). */
export function buildFileName(day: string, clientInitials: string): FileNameResult {
  if (!isDay(day)) return { ok: false, error: `‘${day}’ is geen geldige datum voor de bestandsnaam (JJJJMMDD).` };
  const i = fileNameInitials(clientInitials);
  if (!i.ok) return i;
  const name = `${day} ${FILE_NAME_MIDDLE} ${i.initials}`;
  // The parts above cannot hold forbidden characters; this guards against future edits.
  return isSafeFileName(name) ? { ok: true, name } : { ok: false, error: "Deze bestandsnaam is niet toegestaan." };
}

export function buildFileNameWithExtension(day: string, clientInitials: string): FileNameResult {
  const r = buildFileName(day, clientInitials);
  return r.ok ? { ok: true, name: r.name + FILE_EXTENSION } : r;
}

export interface ParsedFileName {
  day: string;
  initials: string;
  hasExtension: boolean;
}

// \p{L}, not \p{Lu}: buildFileName accepts letters without case (e.g. "𠀀"); the check below refuses lower case.
const NAME = /^(\d{8}) Handreiking Regie (\p{L}{1,5})(\.docx)?$/iu;

/** Reads a name in the prescribed format (exact words; ".docx" optional, any case). */
export function parseFileName(name: string): { ok: true; value: ParsedFileName } | { ok: false; error: string } {
  const m = NAME.exec(name);
  const bad = {
    ok: false as const,
    error: `‘${name}’ volgt niet het formaat ‘JJJJMMDD ${FILE_NAME_MIDDLE} <initialen>’.`,
  };
  if (!m || !m[1] || !m[2]) return bad;
  // The i flag is only meant for ".docx": the words and the initials must match exactly.
  if (!name.slice(9).startsWith(`${FILE_NAME_MIDDLE} `) || m[2] !== m[2].toLocaleUpperCase("nl")) return bad;
  if (!isDay(m[1])) return { ok: false, error: `‘${m[1]}’ in de bestandsnaam is geen geldige datum.` };
  return { ok: true, value: { day: m[1], initials: m[2], hasExtension: m[3] !== undefined } };
}

export interface FileNameCheck {
  ok: boolean;
  expected: string;
  /** Dutch explanation when the name is not the expected one. */
  message?: string;
}

/** Compares an actual document name with the name the rules expect. */
export function checkFileName(actual: string, day: string, clientInitials: string): FileNameCheck {
  const expected = buildFileName(day, clientInitials);
  if (!expected.ok) return { ok: false, expected: "", message: expected.error };
  const parsed = parseFileName(actual);
  const ok =
    parsed.ok &&
    parsed.value.day === day &&
    `${parsed.value.day} ${FILE_NAME_MIDDLE} ${parsed.value.initials}` === expected.name;
  if (ok) return { ok: true, expected: expected.name };
  return {
    ok: false,
    expected: expected.name,
    message: `Sla het document op als ‘${expected.name}${FILE_EXTENSION}’ (nu: ‘${actual}’).`,
  };
}

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** False for names Windows or macOS refuse or mangle. */
export function isSafeFileName(name: string): boolean {
  if (name === "" || name.length > 255) return false;
  // Windows refuses these and every C0 control and DEL (Cc, less the C1 block it allows)
  if (/[<>:"/\\|?*]|(?![\u0080-\u009F])\p{Cc}/u.test(name)) return false;
  if (/[. ]$/.test(name)) return false;
  return !RESERVED.test(name);
}

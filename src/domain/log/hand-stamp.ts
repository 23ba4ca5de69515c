// Stamps typed by hand in a box, by colleagues who work in plain Word (no add-in). The work
// instruction asks for "KH 20201005, Jarabee: tekst" (see stamp.ts); people also type
// "KH, 05-10-2020, Jarabee:", "KH 5/10/2020 Jarabee -", "kh 5-10-20 Jarabee", "K.H. …".
// Only a line that STARTS with initials and a full date counts, so ordinary text
// ("OK 2020 was een goed jaar", "Op 5-10-2020 gesprek gehad") is not taken for a stamp.
// A stamp whose date is impossible or lies in the future is reported, never trusted.
import { dayOfParts, typedDateParts } from "../dates/dates";
import { parseStamp } from "./stamp";
import { hasInvisible, hasCompatibilityForm, identityForm, identityTextProblem } from "./identity-text";
import { splitLines } from "../text/line-breaks";

export type StampDateVerdict = "valid" | "impossible" | "future";

export interface HandStamp {
  /** Upper case, dots and spaces removed: "KH". */
  initials: string;
  organisation: string;
  /** "YYYYMMDD"; null when the typed date does not exist. */
  day: string | null;
  /** The date as it was typed. */
  dateText: string;
  verdict: StampDateVerdict;
  /** The text stamped: the rest of the line and the lines below it up to the next stamp. */
  text: string;
  /** 0-based line of the stamp in the box text. */
  line: number;
  /**
   * Dutch: why the stamp does not say what it shows (invisible characters, look-alike letters
   * in the initials or organisation), null when it reads as typed. Such a stamp is never trusted.
   */
  spoof: string | null;
}

export interface HandStampOptions {
  /** "YYYYMMDD": a stamp after this day is in the future. */
  today: string;
  /** Organisations known in this document (step 2, the log): they may hold spaces without a separator after them. */
  knownOrganisations?: readonly string[];
}

// Initials: 1–5 letters, or letters each followed by a dot ("K.H.", "K. H."). Then an optional
// comma, a date (8 digits, or d-m-jj(jj) with - / . between), and not another digit.
const HEAD =
  /^\s*((?:\p{L}\.\s?){1,5}|\p{L}{1,5})\s*,?\s*(\d{8}|\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?(?:\d{4}|\d{2}))(?![\d\p{L}])\s*([,;:]|[-–—](?=\s|$))?\s*/u;

// Short words that start ordinary sentences and could look like initials before a date
// ("op 5-10-2020 …", "Vanaf 1-1-2021 …", "d.d. 5-10-2020"). Typed in capitals ("OP") they are initials,
// except these abbreviations, which are never initials in practice.
const WORDS = new Set(
  "aan al bij ca dan de dd die dit en een elke het in is met na nu of om op pas per sinds tm tot uit van vanaf voor vóór was wat wie zie".split(
    " ",
  ),
);
const ABBREVIATIONS = new Set(["NB", "PS", "DD", "TM", "CA"]);

// Separators between the organisation and the text: a colon, or a dash with a space before it
// (so "Rijssen-Holten" stays one organisation).
const TEXT_SEPARATOR = /:|\s[-–—](?=\s|$)/u;

function normaliseInitials(raw: string): string | null {
  const letters = raw.replace(/[.\s]/g, "");
  const dotted = raw.includes(".");
  const upper = letters.toLocaleUpperCase("nl");
  if (ABBREVIATIONS.has(upper)) return null;
  // A word typed in lower or mixed case ("op", "Vanaf") is a word, not initials.
  if (!dotted && letters !== upper && WORDS.has(letters.toLocaleLowerCase("nl"))) return null;
  return upper;
}

const plausibleOrganisation = (org: string): boolean =>
  org.length > 0 && org.length <= 80 && /^\p{L}/u.test(org) && !org.includes(":");

function knownPrefix(rest: string, known: readonly string[]): string | null {
  const lower = rest.toLocaleLowerCase("nl");
  const hits = known
    .map((k) => k.trim())
    .filter(
      (k) =>
        k !== "" &&
        lower.startsWith(k.toLocaleLowerCase("nl")) &&
        (rest.length === k.length || /^[\s,.;:–—-]/u.test(rest.slice(k.length))),
    );
  return hits.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Splits what follows the date into organisation and text; null when it cannot be a stamp. */
function splitRest(
  rest: string,
  commaBefore: boolean,
  known: readonly string[],
): { organisation: string; text: string } | null {
  const known0 = knownPrefix(rest, known);
  if (known0) {
    const after = rest.slice(known0.length).replace(/^\s*(?::|[-–—,;](?=\s|$)|,)?\s*/u, "");
    return { organisation: rest.slice(0, known0.length), text: after };
  }
  const sep = TEXT_SEPARATOR.exec(rest);
  if (sep) {
    const organisation = rest.slice(0, sep.index).trim().replace(/,$/, "").trim();
    return plausibleOrganisation(organisation)
      ? { organisation, text: rest.slice(sep.index + sep[0].length).trim() }
      : null;
  }
  const words = rest
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return null;
  // No separator: one word is the organisation; more words only after a comma ("KH 20201005, Jarabee Hulp gestart"),
  // where the first word is the organisation. Without the comma ("AB 20201005 is het dossiernummer") it is a sentence.
  if (words.length > 1 && !commaBefore) return null;
  const organisation = (words[0] ?? "").replace(/[,.;]$/, "");
  return plausibleOrganisation(organisation) ? { organisation, text: words.slice(1).join(" ") } : null;
}

/** Reads one line as a hand-typed stamp (without the text of the lines below); null when it is not one. */
export function parseHandStampLine(raw: string, options: HandStampOptions): Omit<HandStamp, "line"> | null {
  // Read as a person sees it (NFKC, without invisible characters); what that changed in the head is reported.
  const line = identityForm(raw);
  const read = parseCleanLine(line, options);
  if (!read) return null;
  const colon = raw.indexOf(":");
  const head = colon < 0 ? raw : raw.slice(0, colon);
  const spoof =
    hasInvisible(head) || hasCompatibilityForm(head)
      ? "De stempel bevat onzichtbare tekens of tekens in een afwijkende vorm (bijvoorbeeld brede letters) die op gewone tekens lijken."
      : (identityTextProblem(read.initials, "De initialen in de stempel") ??
        identityTextProblem(read.organisation, "De organisatie in de stempel"));
  return { ...read, spoof };
}

function parseCleanLine(line: string, options: HandStampOptions): Omit<HandStamp, "line" | "spoof"> | null {
  // The canonical form with its colon, as the add-in writes it, is read by the add-in's own parser.
  const canonical = parseStamp(line);
  const canonicalInitials = canonical?.text !== undefined ? normaliseInitials(canonical.initials) : null;
  if (canonical && canonicalInitials) {
    const verdict: StampDateVerdict = canonical.day > options.today ? "future" : "valid";
    return {
      initials: canonicalInitials,
      organisation: canonical.organisation,
      day: canonical.day,
      dateText: canonical.day,
      verdict,
      text: canonical.text ?? "",
    };
  }
  const m = HEAD.exec(line);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const initials = normaliseInitials(m[1]);
  if (!initials) return null;
  const parts = typedDateParts(m[2].replace(/\s/g, ""));
  if (!parts) return null;
  const split = splitRest(
    line.slice(m[0].length).trim(),
    m[3] === "," || m[3] === ";",
    options.knownOrganisations ?? [],
  );
  if (!split) return null;
  const day = dayOfParts(parts);
  const verdict: StampDateVerdict = day === null ? "impossible" : day > options.today ? "future" : "valid";
  return {
    initials,
    organisation: split.organisation.trim(),
    day,
    dateText: m[2].trim(),
    verdict,
    text: split.text.trim(),
  };
}

/** Every hand stamp in a box text (lines split on \n, \r\n, \r and Word's \v), each with the text it stamps. */
export function findHandStamps(text: string, options: HandStampOptions): HandStamp[] {
  const lines = splitLines(text);
  const found: HandStamp[] = [];
  lines.forEach((line, i) => {
    const stamp = parseHandStampLine(line, options);
    if (stamp) found.push({ ...stamp, line: i });
    else {
      // A line below a stamp belongs to that stamp's text.
      const last = found[found.length - 1];
      const extra = line.trim();
      if (last && extra !== "") last.text = last.text === "" ? extra : `${last.text}\n${extra}`;
    }
  });
  return found;
}

/** "KH 05-10-2020, Jarabee" for showing a stamp as it was read. */
export function describeHandStamp(stamp: Pick<HandStamp, "initials" | "organisation" | "dateText">): string {
  return `${stamp.initials} ${stamp.dateText}, ${stamp.organisation}`;
}

// A line that starts like a stamp (initials in capitals or with dots, then a day number or a
// month name) but that the parser does not read as one: "PH 5 okt 2020, Ambiq: akkoord".
const STAMP_LIKE =
  /^\s*((?:\p{Lu}\.\s?){1,5}|\p{Lu}{1,5})\s*[,;]?\s*(?:\d|(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\p{L}*\.?\s)/iu;

/**
 * Lines of the text that look like a stamp but are not read as one: perhaps another author,
 * written in a form the add-in does not know. Returned as typed (trimmed).
 */
export function unreadStampLines(text: string, options: HandStampOptions): string[] {
  return splitLines(text).flatMap((raw) => {
    const line = identityForm(raw);
    const m = STAMP_LIKE.exec(line);
    if (!m || m[1] === undefined) return [];
    const initials = m[1].replace(/[.\s]/g, "");
    // "Op 5 oktober …": a word typed in mixed case is a word, not initials
    if (initials !== initials.toLocaleUpperCase("nl") || ABBREVIATIONS.has(initials)) return [];
    return parseHandStampLine(raw, options) ? [] : [raw.trim()];
  });
}

// The stamp the work instruction requires on every amendment: "PH 20200902, Ambiq" and, as
// a line in a box, "PH 20200902, Ambiq: Wisseling van behandelaar voor cliënt ES."
// (initials, day as YYYYMMDD, comma, organisation, colon, text).
import { isDay } from "../dates/dates";
import { hasControlChar } from "../form/text-rules";
import { hasLineBreak, splitLines } from "../text/line-breaks";
import { identityTextProblem } from "./identity-text";

export { amsterdamDay, amsterdamTime } from "../dates/day";

export interface StampSigner {
  initials: string;
  organisation: string;
}

export interface Stamp extends StampSigner {
  /** "YYYYMMDD". */
  day: string;
  /** The amendment text; absent for a bare stamp. */
  text?: string;
}

const INITIALS = /^\p{L}{1,5}$/u;

function checkSigner(s: StampSigner): void {
  if (!INITIALS.test(s.initials)) throw new Error("Initialen moeten 1 tot 5 letters zijn.");
  const spoof =
    identityTextProblem(s.initials, "De initialen") ?? identityTextProblem(s.organisation, "De organisatie");
  if (spoof) throw new Error(spoof);
  const org = s.organisation.trim();
  if (org === "" || org.includes(":") || hasLineBreak(org) || hasControlChar(org)) {
    throw new Error("De organisatie moet ingevuld zijn, op één regel en zonder dubbele punt.");
  }
}

/** "PH 20200902, Ambiq" or, with text, "PH 20200902, Ambiq: text". Throws on input that would not read back. */
export function formatStamp(signer: StampSigner, day: string, text?: string): string {
  checkSigner(signer);
  if (!isDay(day)) throw new Error(`‘${day}’ is geen geldige datum (JJJJMMDD).`);
  const head = `${signer.initials} ${day}, ${signer.organisation.trim()}`;
  if (text === undefined) return head;
  const t = text.trim();
  if (t === "") throw new Error("Een aanvulling heeft tekst nodig.");
  if (hasLineBreak(t) || hasControlChar(t)) throw new Error("De tekst van een aanvulling past op één regel.");
  return `${head}: ${t}`;
}

const HEAD = /^(\p{L}{1,5})\s+(\d{8})\s*,/u;

/** Reads one stamp line; null when the line is not a stamp. Linear: no backtracking regex on the free text. */
export function parseStamp(line: string): Stamp | null {
  const t = line.trim();
  if (hasLineBreak(t)) return null;
  const m = HEAD.exec(t);
  if (!m || !m[1] || !m[2] || !isDay(m[2])) return null;
  const rest = t.slice(m[0].length);
  // The organisation cannot hold ":", so the first colon starts the text.
  const colon = rest.indexOf(":");
  const organisation = (colon < 0 ? rest : rest.slice(0, colon)).trim();
  if (organisation === "") return null;
  const stamp: Stamp = { initials: m[1], day: m[2], organisation };
  if (colon < 0) return stamp;
  const text = rest.slice(colon + 1).trim();
  return text === "" ? null : { ...stamp, text };
}

/**
 * The stamp lines the add-in wrote in the document ("Gecorrigeerd: PH 20201005, Ambiq"), read back
 * from the log's descriptions (also from rows recovered from the visible log, whose box is not
 * always known).
 */
export function stampLinesOf(log: ReadonlyArray<{ description: string }>): Set<string> {
  const lines = new Set<string>();
  for (const e of log) {
    // "Ingevuld, …", "Rij 2: gecorrigeerd, …", "Rij toegevoegd, …" / "Rij 3 toegevoegd, …" (src/word/edits.ts)
    const m =
      /^(?:Rij \d+: )?(ingevuld|gecorrigeerd|rij(?: \d+)? toegevoegd), in het document gestempeld: (.+)$/im.exec(
        e.description,
      );
    if (!m) continue;
    const what = m[1]!.toLowerCase();
    lines.add(
      `${what.startsWith("rij") ? "Toegevoegd" : what === "ingevuld" ? "Ingevuld" : "Gecorrigeerd"}: ${m[2]!.trim()}`,
    );
  }
  return lines;
}

export interface FoundStamp extends Stamp {
  /** 0-based line number in the box text. */
  line: number;
}

/** Every stamp line in a box text (lines split on \n, \r\n, \r and Word's \v). */
export function findStamps(text: string): FoundStamp[] {
  return splitLines(text).flatMap((line, i) => {
    const s = parseStamp(line);
    return s ? [{ ...s, line: i }] : [];
  });
}

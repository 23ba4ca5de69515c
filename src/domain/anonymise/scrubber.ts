// The free-text anonymiser: one per document, because it knows that document's people,
// organisations and date offset. It finds every replacement (stamps, e-mail addresses, links,
// phone numbers, dates, postcodes, BSN-like and other long numbers, addresses, names,
// organisations, initials), resolves overlaps, and replaces them. It is a pure function of the
// text once the document's people are known, so the same text always gives the same result:
// a box and the log entry that recorded it stay equal.
import { otherDateSpans } from "./date-other";
import { partialDateSpans } from "./date-partial";
import { MONTH_WORD, WEEKDAYS, type DateShifter } from "./date-shift";
import { placeAndAgeSpans } from "./free-names";
import { freeTextSpans } from "./free-text";
import { EMPTY_LEXICON, type Lexicon } from "./lexicon";
import { numberedNotAge, patternSpans, PRIORITY, thingNotAge } from "./patterns";
import { nameKey, parseName, PARTICLES, type OrgCode, type PeopleRegistry } from "./people";
import { LEFT, RIGHT, applySpans, escapeRegex, matchAll, resolveSpans, type Counts, type Span } from "./spans";
import { lineEndClass } from "../text/line-breaks";

/** Initials that are also common abbreviations: never replaced as a person's initials in free text. */
const NOT_PERSONAL_INITIALS = new Set([
  "GI",
  "MDO",
  "OB",
  "JA",
  "NEE",
  "GGZ",
  "GGD",
  "CJG",
  "WMO",
  "JGZ",
  "VT",
  "RVDK",
  "IB",
  "LVB",
  "AMK",
  "BSO",
  "KDV",
  "SO",
  "VO",
  "PO",
  "MBO",
  "HBO",
  "WO",
  "OK",
  "NB",
  "EN",
  "OF",
]);

/** A name's diminutive, as a chat calls a child: "Brammetje", "Sannetje", "Keesje" (group 3 of the name regex). */
const DIMINUTIVE = String.raw`(\p{Ll}etje|tje|je|pje|kje)?`;

/** A string as a regex that tolerates other spacing, apostrophes and spaces around a hyphen. */
function flexible(text: string): string {
  return text
    .split(/\s+/)
    .map((w) =>
      escapeRegex(w)
        .replace(/['’‘`]/g, "['’‘`]")
        .replace(/\\-/g, String.raw`\s*-\s*`),
    )
    .join(String.raw`\s+`);
}

/** A name that is also a word ("Roos", "de Jong"), matched only as written with capitals: "een roos" stays. */
function capitalised(key: string): string {
  return key
    .split(/\s+/)
    .map((w, _, all) => {
      const e = escapeRegex(w.slice(1))
        .replace(/['’‘`]/g, "['’‘`]")
        .replace(/\\-/g, String.raw`\s*-\s*`);
      const first = escapeRegex(w.charAt(0));
      // police style writes a surname in capitals: "DE VRIES, J."
      const caps = escapeRegex(w.toLocaleUpperCase("nl"));
      // a particle is small inside a name ("van Dijk"); a name that is only a particle ("Ben") is capitalised
      return PARTICLES.has(w) && all.length > 1
        ? `(?:[${first}${first.toLocaleUpperCase("nl")}]${e}|${caps})`
        : `(?:${first.toLocaleUpperCase("nl")}${e}|${caps})`;
    })
    .join(String.raw`\s+`);
}

/**
 * One alternation of many names, grouped by first letter behind a lookahead: a regex engine tries
 * every alternative at every position, so 1,500 names over 100 KB of text cost names × text; behind
 * "(?=[cC])" only the names starting with that letter are tried. Names start with different letters
 * across groups, so no group can take another's match and the longest-first order holds within one.
 */
function byFirstLetter(keys: readonly string[], fragment: (key: string) => string): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const key of keys) {
    const first = key.charAt(0);
    const lower = first.toLocaleLowerCase("nl");
    const upper = first.toLocaleUpperCase("nl");
    // only a plain letter with one-letter case forms is safe to look ahead for
    if (!/^\p{L}$/u.test(first) || lower.length !== 1 || upper.length !== 1) {
      rest.push(fragment(key));
      continue;
    }
    const group = groups.get(lower) ?? [];
    group.push(fragment(key));
    groups.set(lower, group);
  }
  const grouped = [...groups].map(([c, fs]) => {
    const cls = escapeRegex(c) + escapeRegex(c.toLocaleUpperCase("nl"));
    return `(?=[${cls}])(?:${fs.join("|")})`;
  });
  return [...grouped, ...rest].join("|");
}

interface Matchers {
  names: RegExp | null;
  /** Names that are also Dutch words, case-sensitive. */
  wordNames: RegExp | null;
  /** name key → replacement label ("[naam]" when two people share it) */
  nameLabels: Map<string, string>;
  initials: RegExp | null;
  initialsLabels: Map<string, string>;
  /** A transcript's one-letter speakers ("H: …"): replaced only as a label at a line's start, never as a letter. */
  speakers: RegExp | null;
  clientDot: RegExp | null;
  orgs: RegExp | null;
  orgLabels: Map<string, OrgCode>;
  /** Never a place or an unknown institution: the municipality, the registered organisations' names and words. */
  keep: Set<string>;
}

export const AMBIGUOUS_NAME = "[naam]";
/**
 * One capital and a dot after a name (also after a comma: "Kamphuis, M.", "Ploeger, J. – praktijk"), not the start of
 * more initials or of a sentence's capitalised word; or a bare capital closing the clause ("slaapdienst Wendy B").
 */
const SURNAME_INITIAL = new RegExp(
  // "Dijk, T. van (jongerenwerk)": the particles after the initial are the surname's
  String.raw`^,[ \t](?:\p{Lu}\.){1,3}[ \t](?:van der|van den|van de|van|de|der|den|ter|ten)(?=[ \t]*[(,;:)\n\r]|$)|` +
    String.raw`^,?[ \t]\p{Lu}(?=\.(?![ \t]?\p{Lu}\.)(?:[ \t]*[(,;:<|/\n\r]|[ \t]+(?:\p{Ll}|[-–—])|$))` +
    String.raw`|^[ \t]\p{Lu}(?=[ \t]*(?:[,;:)|\n\r]|$))`,
  "u",
);

/** A particle joined to a surname by a hyphen, right before it: "al-" of "al-Hakimi". */
const HYPHEN_PARTICLE = /(?<![\p{L}])(?:al|el|ul|ad|as|ar|an|ben|bin|abu|ibn|di|da|la|le)-$/iu;
/** A capitalised word just before a surname found in the text: "Mark" of "v (Mark Ruiter)" after "Wendy Ruiter". */
const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{1,15}) $/u;
const MONTH_OR_DAY = new RegExp(String.raw`^(?:${MONTH_WORD}|${WEEKDAYS.join("|")})$`, "iu");
/** Initials and an opening bracket right before a given name: "M.H. (" of "M.H. (Maaike) Stoffers". */
const BRACKETED_INITIALS = /(?<![\p{L}])(?:\p{Lu}\.[ \t]?){1,4}[ \t]?\($/u;

/** A stamp head ("PH 20200902, Ambiq") at a line start or after a colon; Word's line break ends it too. */
const STAMP_HEAD = new RegExp(
  String.raw`(^[ \t]*|:[ \t]+)(\p{L}{1,5})[ \t]+(\d{8})[ \t]*,[ \t]*(${lineEndClass(":", true)}+?)[ \t]*(?=:|$)`,
  "gmu",
);

const isParticleOnly = (v: string): boolean =>
  parseName(v).given.length === 0 && parseName(v).surnameVariants.length === 0;

export class Scrubber {
  private matchers: Matchers | null = null;
  private builtAt = -1;

  constructor(
    readonly people: PeopleRegistry,
    readonly dates: DateShifter,
    readonly counts: Counts,
    readonly lexicon: Lexicon = EMPTY_LEXICON,
    /** Lower-case names of municipalities and organisations: not a place below municipality level. */
    readonly notPlaces: ReadonlySet<string> = new Set(),
    /** Lower-case words of the form's municipality: kept for research, never replaced as a place. */
    readonly keepPlaces: ReadonlySet<string> = new Set(),
  ) {}

  private build(): Matchers {
    if (this.matchers && this.builtAt === this.people.version) return this.matchers;
    const owners = new Map<string, Set<string>>();
    // a name the text writes in small letters ("oma roos", "kees (22:41): …") is looked for in any case, also if it is
    // a word too: the document itself writes the name that way
    const anyCase = new Set<string>(this.people.writtenSmall);
    const surnameOnly = new Set<string>();
    const put = (variant: string, label: string, surname = false): void => {
      const key = nameKey(variant);
      if (Array.from(key.replace(/[^\p{L}]/gu, "")).length < 2) return;
      const set = owners.get(key) ?? new Set<string>();
      set.add(label);
      owners.set(key, set);
      if (surname) surnameOnly.add(key);
    };
    for (const p of this.people.people) {
      for (const raw of p.names) {
        const parts = parseName(raw);
        if (!/\p{Lu}/u.test(raw)) for (const w of raw.split(/\s+/u)) anyCase.add(nameKey(w));
        if (parts.given.length === 0 && parts.surnameVariants.length === 0) continue;
        if (!isParticleOnly(raw)) put(raw, p.code.label);
        for (const g of parts.given) put(g, p.code.label);
        if (parts.given.length > 1) put(parts.given.join(" "), p.code.label);
        for (const s of parts.surnameVariants) {
          // "Ter Haar" is looked for whole: "Haar" alone is also "her"
          const bare = nameKey(s);
          if (
            parts.surnameVariants.length > 1 &&
            !bare.includes(" ") &&
            this.lexicon.common.has(bare) &&
            !this.lexicon.nameWords.has(bare)
          )
            continue;
          put(s, p.code.label, true);
          for (const g of parts.given) put(`${g} ${s}`, p.code.label);
        }
      }
    }
    // A surname shared by the child and a parent ("Sanne de Jong", "Els de Jong") is the parent's
    // when written alone: the child is called by first name. Otherwise a shared variant is "[naam]".
    const nameLabels = new Map<string, string>();
    for (const [key, set] of owners) {
      let labels = [...set];
      if (labels.length > 1 && surnameOnly.has(key)) labels = labels.filter((l) => !l.startsWith("Jeugdige"));
      nameLabels.set(key, labels.length === 1 ? (labels[0] ?? AMBIGUOUS_NAME) : AMBIGUOUS_NAME);
    }
    // a listed name the dictionary does not have as a word ("lisa", "kevin": frequent in the ranked word list only as a
    // name) is matched in any case, so a chat's "lisa" is the "Lisa" found elsewhere in the document; so is one whose
    // word is rare ("bram", "fleur", "mees": no frequent word, so a chat's "bram" is the Bram found), while a frequent
    // word stays a word ("een roos", "de bas")
    const lex = this.lexicon;
    const listed = (w: string): boolean => lex.firstNames.has(w) || lex.surnames.has(w);
    // "ter beek" written small: every word of it is looked for in any case, so the whole is too
    const isWord = (key: string): boolean =>
      !anyCase.has(key) &&
      // ("Ben" alone, a first name that is also a particle, is a word: "ik ben" stays)
      !(
        key.split(/\s+/).some((w) => !PARTICLES.has(w)) &&
        key.split(/\s+/).every((w) => anyCase.has(w) || PARTICLES.has(w))
      ) &&
      key.split(/\s+/).every((w) => PARTICLES.has(w) || (lex.common.has(w) && (lex.nameWords.has(w) || !listed(w))));
    const variants = [...nameLabels.keys()].sort((a, b) => b.length - a.length);
    const plain = variants.filter((v) => !isWord(v));
    const wordy = variants.filter((v) => isWord(v));
    // "C.J. Mulder", "K Bakker" (under the regex's i flag a lone letter in front is taken with the name too)
    // not the last letter of a link, file or handle ("…/change_R Mohammed"): that letter is no initial, and taking it
    // made the name overlap the link and be dropped
    const initialsPrefix = String.raw`(?:(?<![_/.\\])(?:\p{Lu}\.\s?){1,4}\s?|(?<![_/.\\])\p{Lu}[ \t])?`;
    const names = plain.length
      ? new RegExp(
          String.raw`${LEFT}(${initialsPrefix})(${byFirstLetter(plain, flexible)})${DIMINUTIVE}(['’]s|['’]|s)?${RIGHT}`,
          "giu",
        )
      : null;
    const wordNames = wordy.length
      ? new RegExp(
          String.raw`${LEFT}(${initialsPrefix})(${byFirstLetter(wordy, capitalised)})${DIMINUTIVE}(['’]s|['’]|s)?${RIGHT}`,
          "gu",
        )
      : null;

    const initialsLabels = new Map<string, string>();
    const speakerLetters: string[] = [];
    for (const p of this.people.people) {
      for (const i of p.initials) {
        if (/^\p{Lu}$/u.test(i)) {
          speakerLetters.push(i);
          initialsLabels.set(i, p.code.label);
        }
        if (NOT_PERSONAL_INITIALS.has(i.toLocaleUpperCase("nl")) || Array.from(i).length < 2) continue;
        initialsLabels.set(i, p.code.label);
        initialsLabels.set([...i].map((c) => `${c}.`).join(""), p.code.label);
      }
    }
    const speakers = speakerLetters.length
      ? new RegExp(String.raw`(?<=(?:^|[\n\r\v])[ \t]*)(${speakerLetters.map(escapeRegex).join("|")})(?=[ \t]*:)`, "gu")
      : null;
    const initialKeys = [...initialsLabels.keys()]
      .filter((k) => Array.from(k).length >= 2)
      .sort((a, b) => b.length - a.length);
    const initials = initialKeys.length
      ? new RegExp(String.raw`${LEFT}(${initialKeys.map(escapeRegex).join("|")})(?![\p{L}\p{N}])`, "gu")
      : null;

    // The client's first initial with a dot ("E. gaat naar school"), not followed by another initial.
    const client = this.people.people.find((p) => p.code.role === "jeugdige");
    const letters = [
      ...new Set([...(client?.initials ?? [])].map((i) => i.charAt(0)).filter((c) => /\p{Lu}/u.test(c))),
    ];
    const clientDot = letters.length
      ? new RegExp(String.raw`${LEFT}(?:${letters.map(escapeRegex).join("|")})\.(?!\s?\p{Lu}\.)(?![\p{L}\p{N}])`, "gu")
      : null;

    const orgLabels = new Map<string, OrgCode>();
    for (const [key, code] of this.people.organisations()) {
      if (code.type === "Algemeen" || code.type === "Gezin" || Array.from(key).length < 2) continue;
      orgLabels.set(key, code);
    }
    const orgKeys = [...orgLabels.keys()].sort((a, b) => b.length - a.length);
    const orgs = orgKeys.length
      ? new RegExp(String.raw`${LEFT}(${orgKeys.map(flexible).join("|")})${RIGHT}`, "giu")
      : null;

    const keep = new Set(this.keepPlaces);
    for (const key of this.people.organisations().keys()) {
      keep.add(key);
      for (const w of key.split(/[^\p{L}'’-]+/u)) if (w !== "") keep.add(w);
    }
    this.matchers = {
      names,
      wordNames,
      nameLabels,
      initials,
      initialsLabels,
      speakers,
      clientDot,
      orgs,
      orgLabels,
      keep,
    };
    this.builtAt = this.people.version;
    return this.matchers;
  }

  /** Stamp heads at the start of a line or after a colon ("Aanvulling: PH 20200902, Ambiq: …"); the text after the
   * colon is free text. */
  private stampSpans(text: string): Span[] {
    const out: Span[] = [];
    for (const m of matchAll(STAMP_HEAD, text)) {
      const [whole, lead = "", initials = "", day = "", org = ""] = m;
      const shifted = this.dates.shiftDay(day);
      if (!shifted) continue;
      const signer = this.people.signer(initials, org);
      const orgCode = this.people.organisation(org);
      out.push({
        start: m.index + lead.length,
        end: m.index + whole.length,
        replacement: `${signer.code.initials} ${shifted}, ${orgCode.label}`,
        kinds: ["initials", "dates", "organisations"],
        priority: PRIORITY.stamp,
      });
    }
    return out;
  }

  /** Every replacement in the text, overlaps resolved, in order. */
  spans(text: string): Span[] {
    if (text === "") return [];
    const candidates: Span[] = [
      ...this.stampSpans(text),
      ...patternSpans(text),
      ...this.dates.spans(text, PRIORITY.date),
      ...partialDateSpans(text, this.dates, PRIORITY.date),
      ...otherDateSpans(text, this.dates, PRIORITY.date),
      ...placeAndAgeSpans(text, this.notPlaces, { place: PRIORITY.place, age: PRIORITY.age }, this.lexicon),
    ];
    const m = this.build();
    candidates.push(
      ...freeTextSpans(text, {
        lexicon: this.lexicon,
        notPlaces: m.keep,
        priority: PRIORITY,
        knownName: (w) => m.nameLabels.has(nameKey(w)),
      }),
    );
    for (const re of [m.names, m.wordNames]) {
      if (!re) continue;
      for (const hit of matchAll(re, text)) {
        const [whole, , variant = "", , possessive = ""] = hit;
        const label = m.nameLabels.get(nameKey(variant));
        if (!label) continue;
        const suffix = possessive === "" ? "" : possessive.startsWith("s") ? "'s" : `${possessive.charAt(0)}s`;
        // a first name and a surname's initial: "Kevin S." (the dot stays, it may end the sentence)
        const initial =
          possessive === "" && !variant.includes(" ")
            ? SURNAME_INITIAL.exec(text.slice(hit.index + whole.length))
            : null;
        // initials with the given name in brackets: "M.H. (Maaike) Stoffers-Leferink" (the surname is its own match)
        const end = hit.index + whole.length;
        const lead =
          text.charAt(end) === ")" ? BRACKETED_INITIALS.exec(text.slice(Math.max(0, hit.index - 16), hit.index)) : null;
        // a particle joined by a hyphen in front: "al-Hakimi", "el-Amrani"
        const joined = lead ? null : HYPHEN_PARTICLE.exec(text.slice(Math.max(0, hit.index - 6), hit.index));
        // a first name the lists know before a found surname is that person's ("Mark Ruiter"), also when it is a word
        const given =
          lead || joined || variant.includes(" ") || this.lexicon.firstNames.has(variant.toLowerCase())
            ? null
            : WORD_BEFORE.exec(text.slice(Math.max(0, hit.index - 17), hit.index));
        const first =
          given && this.lexicon.firstNames.has((given[1] ?? "").toLowerCase()) && !MONTH_OR_DAY.test(given[1] ?? "")
            ? given[0].length
            : 0;
        candidates.push({
          start: hit.index - (lead?.[0].length ?? joined?.[0].length ?? first),
          end: end + (lead ? 1 : 0) + (initial?.[0].length ?? 0),
          replacement: label + suffix,
          kinds: ["names"],
          priority: PRIORITY.name,
        });
      }
    }
    if (m.orgs) {
      for (const hit of matchAll(m.orgs, text)) {
        const code = m.orgLabels.get(nameKey(hit[0]));
        if (!code) continue;
        candidates.push({
          start: hit.index,
          end: hit.index + hit[0].length,
          replacement: code.label,
          kinds: ["organisations"],
          priority: PRIORITY.name,
        });
      }
    }
    // initials anywhere, a transcript's one-letter speakers only as labels
    for (const re of [m.initials, m.speakers])
      for (const hit of re ? matchAll(re, text) : []) {
        const label = m.initialsLabels.get(hit[0]);
        if (label)
          candidates.push({
            start: hit.index,
            end: hit.index + hit[0].length,
            replacement: label,
            kinds: ["initials"],
            priority: PRIORITY.initials,
          });
      }
    if (m.clientDot) {
      for (const hit of matchAll(m.clientDot, text)) {
        candidates.push({
          start: hit.index,
          end: hit.index + hit[0].length,
          replacement: "Jeugdige",
          kinds: ["initials"],
          priority: PRIORITY.initials,
        });
      }
    }
    // the age patterns see "is 19" or "5 wordt"; a numbering word or a test's name in front makes it a count or a score
    const kept = candidates.filter(
      (s) => !(s.kinds[0] === "ages" && (numberedNotAge(text, s.start, s.end) || thingNotAge(text, s.start))),
    );
    return resolveSpans(kept, text).filter((s) => s.replacement !== text.slice(s.start, s.end));
  }

  /** Counts the spans' kinds into this scrubber's counts. */
  count(spans: readonly Span[]): void {
    for (const s of spans) for (const k of s.kinds) this.counts[k]++;
  }

  /** The text with every identifying detail replaced; counted. */
  scrub(text: string): string {
    const spans = this.spans(text);
    this.count(spans);
    return applySpans(text, spans);
  }
}

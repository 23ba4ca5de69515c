// Context that says a capitalised word is a person (issue 23, after the blind set), as published Dutch
// de-identification does with lookup lists plus context: a kinship or profession word in front ("zoon Kacper",
// "tolk Bassam", "Schuldhulpverlener Tom van Leussen", "stiefvader (Ronald)"), a role, age, birth date, phone number or
// e-mail address in brackets after ("Jorieke (gedragswetenschapper)", "Hodan (geb. 2017-01-19)", "Dominika Pawlak
// (+48 …)", "Tesfalem Andemariam <t.a@…>"), and a police-style "SURNAME, First name" ("KOWALCZYK, Ryszard",
// "DE VRIES, J."). Pure.
import { INSTITUTION_TYPE_BEFORE } from "./institution-shapes";

/** Words in front of a person that give no role of their own (the registry calls them "Persoon"). */
const PERSON_WORDS = new Set(
  "zoon dochter kind kinderen stiefzoon stiefdochter pleegzoon pleegdochter pleegkind kleinzoon kleindochter zoontje dochtertje vriend vriendin vriendje vriendinnetje partner ex leerling leerlinge cliënt client jongere jongen meisje baby collega collega's fam familie getuige".split(
    " ",
  ),
);
/** Professions in front of a person: "tolk Bassam", "wijkagent Hans", "gezinsvoogd Rik ter Beek". */
const PROFESSION_WORDS = new Set(
  "tolk brigadier agent voorzitter directeur directrice leerkracht docent docente verpleegkundige ib'er zorgcoördinator pastor dominee imam priester pater predikant rabbijn trainer trainster mediator advocaat advocate notaris rechter voorganger notulist".split(
    " ",
  ),
);
const PROFESSION_END =
  /(?:verlener|begeleider|begeleidster|behandelaar|voogd|consulent|agent|arts|coach|werker|werkster|therapeut|loog|pedagoog|kundige|wetenschapper|coördinator|medewerker|medewerkster|adviseur|regisseur|professional)$/u;

// toLowerCase equals toLocaleLowerCase("nl") (Dutch has no special casing) and costs a fifth: hot per word
const lower = (w: string): string => w.toLowerCase().replace(/\.$/u, "");

/** A word that says a person follows, without a family or professional role: "zoon", "leerling", "collega's". */
export const isPersonWord = (w: string): boolean => PERSON_WORDS.has(lower(w));

/** A profession that says a professional follows: "tolk", "schuldhulpverlener", "gedragswetenschapper". */
export const isProfessionWord = (w: string): boolean => {
  const k = lower(w);
  return PROFESSION_WORDS.has(k) || (Array.from(k).length >= 4 && /^\p{Ll}+$/u.test(k) && PROFESSION_END.test(k));
};

/** An age written as a word, as hurried notes give it in brackets: "Zaïra (negen)". */
const AGE_WORD = String.raw`(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)`;
/** An age, birth date, phone number, full name with age or e-mail address right after: "(15)", "(geb. …)", "(+48 …)",
 * "(Mohammed, 10)", ", p.wolters@…", "<t.a@…>". */
const DETAILS_IN_BRACKETS = String.raw`\([ \t]*(?:\+?\d|°|geb\.|geboren|roepnaam|\p{Lu}\p{Ll}+,[ \t]*\d|${AGE_WORD}[ \t]*(?:jaar[ \t]*)?\))`;
const EMAIL_AFTER = String.raw`,?[ \t]*<?[^\s<>@,()]+@[^\s<>@]+\.`;
const DETAILS_AFTER = new RegExp(String.raw`^["'’”]?[ \t]*(?:${DETAILS_IN_BRACKETS}|${EMAIL_AFTER})`, "u");
/**
 * An age right after, without a bracket, in a note's shorthand: "Koen 17 j.", "Nina, 16,". Weaker than a bracket
 * ("Sinds 3 j." is a duration, "Vanaf 12 jaar" a bound), so it counts only for a word a name list has.
 */
export const AGE_AFTER = /^,?[ \t]+\d{1,2}[ \t]?j\.|^,[ \t]*\d{1,2},/u;
/** A role in brackets right after: "(buurvrouw, steunfiguur)", "(nieuwe vriend van moeder)", "(orthopedagoog)". */
// also a table written as lines: "Wim Hek | oom (mz) | 06 …"
const ROLE_IN_BRACKETS = /^["'’”]?[ \t]*(?:\(|\|[ \t]*)(?:(?:\p{Ll}+|oud-)[ \t]){0,2}(\p{Ll}[\p{Ll}'’-]+)(?![\p{L}])/u;

/** Details or a role right after the name say a person is meant. `kin` tells family words. */
export function personAfter(after: string, kin: (w: string) => boolean): boolean {
  if (DETAILS_AFTER.test(after)) return true;
  const word = ROLE_IN_BRACKETS.exec(after)?.[1];
  return word !== undefined && (kin(word) || isPersonWord(word) || isProfessionWord(word));
}

/** All-capital words that are abbreviations, not a police-style surname. */
const NOT_SURNAMES = new Set(
  "MDO GGZ GGD CJG WMO JGZ PGB BSO KDV SBO VSO VMBO HAVO VWO MBO HBO ROC ADHD ASS PTSS LVB BSN IBAN MST ZGT UMC AMC NB OTS UHP POH SEH NAAM ADRES DATUM TEL LET OP".split(
    " ",
  ),
);
const CAPS_PARTICLES = String.raw`(?:(?:VAN DER|VAN DEN|VAN DE|VAN 'T|VAN|DE|DEN|DER|TER|TEN|EL|AL)[ \t])`;
/** "KOWALCZYK, Ryszard", "DE VRIES, J.", "OUDE LUTTIKHUIS, Anna Maria", "LINDEN VAN DER, Petra". */
export const POLICE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${CAPS_PARTICLES}?\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?(?:[ \t](?:VAN|DER|DEN|DE|TER|TEN|'T)){0,2}),[ \t]{1,3}((?:\p{Lu}\.){1,4}|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])`,
  "gu",
);

/**
 * A surname before its initials, as lists, letterheads and e-mail headers write it: "Kamphuis, M.", "Arts, H.", "Dijk,
 * T. van". Group 1 the surname, 2 the initials, 3 particles after them.
 */
export const INVERTED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?),[ \t]{1,2}((?:\p{Lu}\.){1,4})((?:[ \t](?:van der|van den|van de|van|de|der|den|ter|ten))?)(?![\p{L}\p{N}])`,
  "gu",
);

const TRAILING_PARTICLES = new Set(["VAN", "DER", "DEN", "DE", "TER", "TEN", "'T"]);
/** The police-style name as a name in the usual order and case ("Ryszard Kowalczyk", "J. de Vries"), or null. */
export function policeName(surname: string, given: string): string | null {
  // "LINDEN VAN DER, Petra": the particles written after the surname go in front of it
  let words = surname.split(/[ \t]+/u);
  let tail = words.length;
  while (tail > 1 && TRAILING_PARTICLES.has(words[tail - 1] ?? "")) tail--;
  if (tail < words.length) words = [...words.slice(tail), ...words.slice(0, tail)];
  const last = words[words.length - 1] ?? "";
  if (NOT_SURNAMES.has(last.replace(/-.*/u, "")) || Array.from(last).length < 3) return null;
  const cased = words
    .map((w, i) =>
      i < words.length - 1
        ? w.toLocaleLowerCase("nl")
        : w
            .split("-")
            .map((p) => p.charAt(0) + p.slice(1).toLocaleLowerCase("nl"))
            .join("-"),
    )
    .join(" ");
  return `${given} ${cased}`;
}

/** Greetings and closings in letters, mails and chats: a name follows ("Beste Sharon", "groetjes sandra"). */
const GREETINGS = new Set(
  "beste lieve geachte hoi hallo hey hee hi groetjes groeten gr liefs doei dank bedankt".split(" "),
);
export const isGreeting = (w: string): boolean => GREETINGS.has(lower(w));

/** Words after which a name in small letters is still a name in a chat: family and title words and greetings. */
// parents and children too ("zijn moeder kelly", "zoon daan"): in a chat a name after them is written small as well
const LOWER_CUES = new Set(
  "oma opa ome opoe tante oom neef nicht broer zus zusje broertje meneer mevrouw mevr mw dhr juf juffrouw meester buurvrouw buurman moeder vader mama papa stiefvader stiefmoeder zoon dochter zoontje dochtertje vriend vriendin heet heette genaamd".split(
    " ",
  ),
);
/** A cue word (small or capitalised) then up to four words in small letters: "oma riek", "mevr olde hanhof". Only the
 * cue is taken (the words are looked at ahead), so "moeder oma riek" still finds "oma riek". */
const LOWER_AFTER_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${[...LOWER_CUES, ...GREETINGS]
    .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
    .join("|")})(?=\.?,?[ \t]{1,3}(\p{Ll}[\p{Ll}\p{M}'’-]*(?:[ \t]{1,3}\p{Ll}[\p{Ll}\p{M}'’-]*){0,3}))`,
  "gu",
);
/** Family words: a small word after them that the spelling dictionary has is that word, not a name. */
const KIN_CUES = new Set(
  "oma opa ome opoe tante oom neef nicht broer zus zusje broertje moeder vader mama papa stiefvader stiefmoeder zoon dochter zoontje dochtertje".split(
    " ",
  ),
);
/** Forms of address and naming verbs: a small word after them that a surname list has is a surname ("mevrouw bos"). */
const TITLE_CUES = new Set("meneer mevrouw mevr mw dhr heet heette genaamd".split(" "));
/** After a parent or child word a particle is a preposition: "moeder van jayden" is no "van Jayden". */
const OF_CUES = new Set("moeder vader mama papa stiefvader stiefmoeder zoon dochter zoontje dochtertje".split(" "));
/** Who answers the phone says their name after "met": "hallo met wilma", "goedemiddag, u spreekt met …". */
const PHONE_INTRO =
  /(?:hallo|hoi|hee|goedemorgen|goedemiddag|goedenavond|dag|ja|spreekt|hier)[ \t]*,?[ \t]{1,3}met[ \t]{1,3}$/iu;
const LOWER_AFTER_MET =
  /(?<![\p{L}\p{N}])met[ \t]{1,3}(\p{Ll}[\p{Ll}\p{M}'’-]*(?:[ \t]{1,3}\p{Ll}[\p{Ll}\p{M}'’-]*){0,3})/gu;
/** The text before a run ends in a phone greeting and "met": the caller's name follows. */
export const afterPhoneIntro = (before: string): boolean => PHONE_INTRO.test(before);
/** A particle only a surname has, written small, with the surname small too: "ik app ter beek", "bel van der velde". */
const LOWER_PARTICLE_NAME =
  /(?<![\p{L}\p{N}])(ter|ten|van der|van den|vd|v\.d\.|v\/d)[ \t]{1,2}(\p{Ll}[\p{Ll}\p{M}'’-]{2,})(?![\p{L}\p{N}@._/-])/gu;

/**
 * A chat line's speaker: "14-03-25 08:12 - Ramesh: …", "[21-3 07:15] Joyce (ambulant): …", "kees (20 mrt 22:41): …",
 * "Ineke v. Dalen: …". With a time in front or in brackets, or in a dialogue (below): "Aanwezig:" or "Afspraak:" at a
 * line start name no one, and are plain words anyway.
 */
const CHAT_SPEAKER =
  /^[ \t]*(?:\[?([\d][\d\-/. ,:]{3,28}\d)\]?[ \t]*[-–:]?[ \t]*)?(\p{L}[\p{L}\p{M}'’-]*(?:[ \t](?:v\.d\.|v\.|vd\.|['’]t|\p{L}[\p{L}\p{M}'’-]*)){0,3})[ \t]*(\([^()\n]{0,40}\))?[ \t]*:(?=[ \t])/gmu;
const TIME = /\d{1,2}[:.]\d{2}/u;
/** A word for a kind of organisation ("Cafetaria", "Bakkerij"): after a chat label's name, whom the name writes for. */
const TYPE_WORD = new RegExp(`^${INSTITUTION_TYPE_BEFORE}$`, "u");

export interface LowerNameContext {
  /** True for a word that is only a plain word, never this document's name ("zegt", "school", "ik"). */
  plain: (w: string) => boolean;
  /** True for a particle ("van", "olde"). */
  particle: (w: string) => boolean;
  /**
   * True for a word of the spelling dictionary that no name list has: after a family word it is that word ("vader
   * verschoven", "oma van moederskant"), and after a title and a particle ("meneer van de woningcorporatie"); a
   * surname list's word is still a surname there ("mevrouw de graaf"), and after a title alone any word may be one
   * ("meneer dijkhuis").
   */
  dictionary?: (w: string) => boolean;
  /** True for a word a surname list has (also one that is a word: "beek", "meer"). */
  surname?: (w: string) => boolean;
}

/** A name has a vowel: "ff", "tnx", "zsm" and "nr" after a cue are chat shorthand. */
const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûüāēīōū]/iu;

/**
 * Takes name words from the start of `words` (particles inside a name), stopping at the first plain word; a surname
 * list's word that is also a word is a surname after a particle ("richard de haan") or, with `titled`, first when a
 * name word follows ("mevrouw bos jolanda").
 */
function nameWords(words: readonly string[], ctx: LowerNameContext, titled = false): string {
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    if (ctx.particle(w)) {
      out.push(w);
      continue;
    }
    // after a name word and its particle ("richard de haan"), or after a title and a particle ("mevrouw de graaf"), not
    // after a particle alone ("ben er") nor a title's role ("Mevrouw de rechter")
    const afterParticle =
      out.length > 0 &&
      ctx.particle(out[out.length - 1] ?? "") &&
      (out.some((x) => !ctx.particle(x)) || (titled && !isProfessionWord(w) && !isPersonWord(w)));
    // first after a title only with a name word after it: "mevrouw bos jolanda", not "meneer wilde niet"
    const next = words[i + 1] ?? "";
    const nameNext = next !== "" && !ctx.plain(next) && !ctx.particle(next) && VOWEL.test(next);
    const surnameWord = (afterParticle || (titled && out.length === 0 && nameNext)) && (ctx.surname?.(w) ?? false);
    // a name word is short: a long run of letters is no name (and as one would make the matcher huge)
    if (
      (ctx.plain(w) && !surnameWord) ||
      Array.from(w).length < 2 ||
      Array.from(w).length > 30 ||
      w.split("-").length > 3 ||
      !VOWEL.test(w)
    )
      break;
    out.push(w);
    if (out.filter((x) => !ctx.particle(x)).length === 2) break;
  }
  while (out.length > 0 && ctx.particle(out[out.length - 1] ?? "")) out.pop();
  return out.join(" ");
}

/**
 * Names written small after a family or title word, a greeting or a phone greeting's "met": "oma riek", "groetjes
 * sandra bolink", "hallo met wilma kremers"; and a surname after a particle only surnames have: "ik app ter beek".
 */
export function lowerNamesAfterCue(text: string, ctx: LowerNameContext): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LOWER_AFTER_CUE)) {
    const words = (m[2] ?? "").split(/[ \t]+/u);
    // "moeder van jayden": after a parent or child word "van" says whose, not a surname
    if (OF_CUES.has((m[1] ?? "").toLowerCase()) && ctx.particle(words[0] ?? "")) continue;
    const cue = (m[1] ?? "").toLowerCase();
    // after a family word, or a title and a particle, a dictionary word is that word: "vader verschoven", "meneer van
    // de woningcorporatie" (a surname list's word still is a surname: "mevrouw de graaf"; "meneer dijkhuis" is a name)
    const worded = KIN_CUES.has(cue) || (TITLE_CUES.has(cue) && ctx.particle(words[0] ?? ""));
    const dictionary = ctx.dictionary;
    const name = nameWords(
      words,
      worded && dictionary ? { ...ctx, plain: (w) => ctx.plain(w) || dictionary(w) } : ctx,
      TITLE_CUES.has(cue),
    );
    if (name !== "") out.push(name);
  }
  for (const m of text.matchAll(LOWER_AFTER_MET)) {
    const at = m.index + m[0].length - (m[1] ?? "").length;
    if (!PHONE_INTRO.test(text.slice(Math.max(0, at - 30), at))) continue;
    const name = nameWords((m[1] ?? "").split(/[ \t]+/u), ctx);
    if (name !== "") out.push(name);
  }
  if (ctx.surname)
    for (const m of text.matchAll(LOWER_PARTICLE_NAME)) {
      const w = m[2] ?? "";
      // "ten minste", "ter plaatse", "van der week": a plain word after the particle; a surname list word or a word no
      // list has after "ter"/"ten", only a surname list word after "van der"
      const surname = ctx.surname(w);
      if (ctx.plain(w) && !surname) continue;
      if (!surname && !(/^te[rn]$/u.test(m[1] ?? "") && !ctx.plain(w) && VOWEL.test(w))) continue;
      out.push(`${m[1] ?? ""} ${w}`);
    }
  return out;
}

/**
 * The speakers of chat lines, in any case: "Ramesh", "kees", "Joyce". A line with a time is a chat line; without
 * times, a text is a dialogue (a chat copied without times, a group app, a transcript) when one label starts two lines
 * or more ("wout: … / Marijke: … / wout: …"): then every label of it that is no plain word is a speaker. A form's
 * labels ("Moeder:", "Adres:", "Reden:") are plain words, and a form repeats none of them.
 */
export function chatSpeakers(text: string, ctx: LowerNameContext): string[] {
  const out: string[] = [];
  const labels: { words: string[]; timed: boolean }[] = [];
  const seen = new Map<string, number>();
  for (const m of text.matchAll(CHAT_SPEAKER)) {
    const words = (m[2] ?? "").split(/[ \t]+/u);
    labels.push({ words, timed: TIME.test(m[1] ?? "") || TIME.test(m[3] ?? "") });
    const key = (m[2] ?? "").toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const dialogue = [...seen.values()].some((n) => n >= 2);
  for (const { words, timed } of labels) {
    if (!timed && !dialogue) continue;
    const name = nameWords(words, ctx);
    // the whole label must be the name: "moeder", "ik", "Notitie consulent" are no one; or the name and the
    // organisation it writes for: "Ruud Cafetaria 't Hoekje"
    const length = name === "" ? 0 : name.split(" ").length;
    if (length > 0 && (length === words.length || TYPE_WORD.test(words[length] ?? ""))) out.push(name);
  }
  return out;
}

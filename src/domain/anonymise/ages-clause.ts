// Ages told by a clause rather than by "jaar" (issue 23, blind set 2a): "Amir is pas zeven", "hij was vijf toen …",
// "Als ik twaalf ben", "Leeftijd: 15", "Leeftijden kinderen: 4, 7 en 11", "sinds zijn tiende", "groep 5, acht jaar".
// A bare number is an age only with a person as the subject ("hij", "Amir"; never "het", "je" or a plural): "Het is
// pas zeven uur", "als je 18 bent" (a generic limit) and "De score is nu 7" stay. Bounded regexes: linear scans.
import { RIGHT, matchAll, type Span } from "./spans";

const UNITS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen";
/** The tens as words, "twintig" to "negentig": ages, ordinals and decades of life are built from them. */
export const TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig";
/**
 * Ages as words, "twee" to "negenennegentig", and halves ("anderhalf", "tweeënhalf", "zeveneneenhalf"); "een" is left
 * out ("ze is een van de vijf"). Longest first, so that a rule without a boundary after it takes the whole word.
 */
export const WORDS = String.raw`(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)[eë]n(?:een)?half|(?:(?:${UNITS})[eë]n)?(?:${TENS})|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|anderhalf)`;
const NUM = String.raw`(?:\d{1,2}(?:½|(?![.,]\d))|${WORDS})`;
const YEARS = String.raw`(?:jaar|jr\.?|maanden|mnd\.?|weken|dagen)`;
/** A person as the subject: a pronoun for one person or a capitalised word (checked against NOT_SUBJECT below). */
/** A child by their relation, after which a name may be written small ("broertje kerem"). */
const KIN = String.raw`(?:broertje|zusje|broer|zus|zoon|dochter|zoontje|dochtertje|neefje|nichtje)`;
const SUBJECT = String.raw`(?:hij|zij|ze|ik|ich|jij|die|\p{Lu}\p{Ll}{1,30}|(?<=${KIN}[ \t]{1,3})\p{Ll}{2,20}|(?<=[Dd]ie[ \t]{1,3}van[ \t]{1,3})\p{Ll}{3,12}|oudste|jongste|kleinste|middelste|zoon|dochter|broer|zus|broertje|zusje|kind|vader|moeder|oma|opa|baby|jongen|meisje|jongere|tiener|puber|peuter|kleuter|pleegkind|jeugdige|cliënt|nichtje|neefje|kleinzoon|kleindochter|gast|gozer|meid|vriend|vriendin|buurman|buurvrouw)`;
/** Who may follow the verb: "is hij", "wordt opa", "was Roos" (a capitalised word is checked against NOT_SUBJECT). */
/** A subject of the list at `at` (its lookbehinds read the text before); a word in small letters outside it needs
 * `unknownWord`. */
const LISTED_SUBJECT = new RegExp(String.raw`(?:${SUBJECT})(?![\p{L}])`, "uy");
const listedAt = (text: string, at: number): boolean => {
  LISTED_SUBJECT.lastIndex = at;
  return LISTED_SUBJECT.test(text);
};
const AFTER_VERB = String.raw`(?:hij|zij|ze|ik|jij|opa|oma|vader|moeder|papa|mama|\p{Lu}\p{Ll}{1,30})`;
const NOT_SUBJECT = new Set(
  "het dat dit er wat die deze hier daar nu toen dan zo ook maar en of want de een u je men".split(" "),
);
const VERB = String.raw`(?:[Ii]s|[Ww]as|[Ww]ordt|[Ww]erd|[Bb]en|[Bb]ent|[Ww]ord|bin)`;
const DEGREE = String.raw`(?:pas|nog|maar|net|al|toen|nu|inmiddels|intussen|dan|ook|zelf|straks|bijna|ongeveer|ruim|vandaag|gisteren|eindelijk|toch|nou|echt|gewoon|gwn|like|zeker|eigenlijk|geen|thans|volgende[ \t]+(?:week|maand)|rond[ \t]+de|zo'n|circa|ca\.)`;
/**
 * What may follow an age told by "is": the clause ends, a joining word ("… zeven en snapt het niet"), a tag that
 * asks or softens ("is negen toch?", "is zes hoor") or, in speech written down without stops, the next clause's
 * "ik" or "mijn".
 */
const CLAUSE_END = String.raw`(?=[ \t]{0,3}(?:[.,;:!?)"”'’\n\r]|$|\p{Extended_Pictographic})|[ \t]+(?:geworden|toen|en|maar|dus|want|als|of|ofzo|nu|toch|hoor|geloof|denk|ik|mijn|m'n|we|wij|hij|zij|jij|doe|meer|bro|joh|man|hè|he|volgens|misschien|ongeveer|lol|lmao|haha|hahaha|xd|op(?=[ \t]+\d))${RIGHT})`;

// "Amir is pas zeven,", "hij was vijf toen", "Nu is ze bijna 12 jaar.", "die van rechts is pas 13", "Toen ik wegging
// was je 9" (the past: no generic "je"), "Lynn wordt 11 op 2/4": subject and verb in either order
const IS_AGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${SUBJECT}|\p{Ll}{3,20}),?[ \t]+${VERB}|${VERB}[ \t]+(${AFTER_VERB})|(?:[Ww]as|[Ww]erd)[ \t]+je|(?<=(?<![\p{L}])(?:[Nn]u|[Ii]nmiddels|[Ii]ntussen|[Vv]andaag)[ \t]+)(?:ben|was|werd)[ \t]+je)[ \t]+(?:${DEGREE}[ \t]+){0,3}(${NUM}(?:[ \t]+(?:of|à|tot)[ \t]+${NUM})?(?:[ \t]+${YEARS}(?:[ \t]+oud)?)?)${CLAUSE_END}`,
  "gu",
);
/** "En Jasmijn dan, die is pas 3", "baby Amira. Die is acht maanden.": "die" stands for the name just before it. */
const NAME_THEN_DIE = /\p{Lu}\p{Ll}+(?:[ \t]+dan)?[,.][ \t]{0,2}$/u;
// "Als ik twaalf ben", "toen ze vier was", "zodra hij 16 wordt", "dat haar zusje noor pas 5 is", "dat je nu al 12
// bent": one person; "je" only after a word that tells a fact, so no generic "als je 18 bent"
const WHEN_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Aa]ls|[Tt]oen|[Zz]odra|[Ww]anneer|[Vv]oordat|[Nn]adat|[Ss]inds|[Oo]mdat|[Tt]otdat|[Dd]at)[ \t]+(?:ik|jij|hij|zij|ze|gij|\p{Lu}\p{Ll}{1,30}|(?:(?:haar|zijn|mijn|m'n|z'n|d'r|ons|onze)[ \t]+)?${KIN}(?:[ \t]+\p{L}{2,20})?)|(?:[Tt]oen|[Ss]inds|[Oo]mdat|[Nn]adat|[Dd]at)[ \t]+je)[ \t]+(?:(?:pas|nog|net|al|nu|inmiddels|ongeveer|bijna)[ \t]+){0,2}(${NUM}(?:[ \t]+${YEARS}(?:[ \t]+oud)?)?)([ \t]+(?:ben|bent|is|was|werd|word|wordt|waart))${RIGHT}`,
  "gu",
);
// "Leeftijd: 15", "lft. 9 jaar", "Leeftijden kinderen: 4, 7 en 11": each number after the label; never a range or a
// bound ("leeftijd 12 tot 18 jaar", "leeftijd: 12+")
const LABEL = String.raw`(?<![\p{L}])(?:\p{L}{0,20}[Ll]eeftijd(?:en)?|[Ll]ft\.?)(?:(?:[ \t]+(?:kind|kinderen|jeugdige|cli[eë]nt|moeder|vader))?(?:[ \t]{0,3}:[ \t]{0,3}|[ \t]{1,3})|(?:[ \t]+\p{Ll}{2,12}){1,5}[ \t]{0,3}:[ \t]{0,3})(?:(?:circa|ca\.?|ongeveer|rond|±)[ \t]+)?`;
const LABEL_AGE = new RegExp(
  String.raw`(?<=${LABEL}(?:${NUM}(?:[ \t]+${YEARS})?(?:,|[ \t]en|[ \t]?/)[ \t]{0,3}){0,6})${NUM}(?:[ \t]+${YEARS})?${RIGHT}(?![ \t]{0,3}(?:tot|t\/m|[-–+]|en[ \t]+ouder|of[ \t]+ouder|en[ \t]+jonger))`,
  "gu",
);
/** Ordinals as words from "tweede" to "negenennegentigste" ("eerste" is rarely an age). */
export const ORDINAL_WORDS = String.raw`(?:tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|(?:(?:${UNITS})[eë]n)?(?:${TENS})ste)`;
// "sinds zijn tiende", "sinds je tiende" (not the generic "vanaf je 16e"), "vanaf haar twaalfde blowt ze", "van haar
// dertiende tot haar vijftiende", "tot ongeveer haar tiende", "op haar negentigste overleden": an ordinal after a
// possessive is an age unless a noun follows; so is a number of months or years after one ("tot zijn 9 maanden
// behandeld", not "na zijn 2 jaar in de jeugdzorg")
const ORDINAL_NOUN = String.raw`(?:vrouw|man|echtgenote|echtgenoot|ex|auto|telefoon|keer|poging|kind|kindje|huis|school|klas|jaar|week|dag|maand|plaats|ronde|helft|periode|opname|plaatsing|gezin|vriend|vriendin|relatie|partner|dochter|zoon|baan|stage|huwelijk|les|studie|afspraak|gesprek|melding|behandeling|therapie|traject|zitting|bezoek|verhuizing|zwangerschap|bevalling|wedstrijd|toets|rapport|schooljaar|leerjaar|groep|uur|kans|gezinshuis|pleeggezin)`;
const ORDINAL_AGE = new RegExp(
  String.raw`(?<=(?<![\p{L}])[Ss]inds[ \t]{1,3}je[ \t]{1,3})(?:${ORDINAL_WORDS}|\d{1,2}(?:e|ste|de))(?![\p{L}\p{N}])(?![ \t]+${ORDINAL_NOUN}${RIGHT})|(?<=(?<![\p{L}])(?:[Ss]inds|[Vv]anaf|[Vv]an|[Oo]p|[Rr]ond|[Vv]oor|[Vv]óór|[Nn]a|[Tt]ot|[Tt]egen|[Bb]ij|[Mm]et)[ \t]+(?:(?:ongeveer|ca\.?|circa|pas|al|precies|rond)[ \t]+)?(?:zijn|haar|mijn|jouw|hun|z'n|d'r|m'n)[ \t]+)(?:${ORDINAL_WORDS}|\d{1,2}(?:e|ste|de))(?![\p{L}\p{N}])(?![ \t]+${ORDINAL_NOUN}${RIGHT})|(?<=(?<![\p{L}])(?:[Tt]ot|[Vv]anaf|[Ss]inds|[Rr]ond|[Tt]egen)[ \t]+(?:zijn|haar|mijn|jouw|hun|z'n|d'r|m'n)[ \t]+)\d{1,2}[ \t]+(?:maanden|mnd\.?|weken|jaar|jr\.?)(?![\p{L}\p{N}])(?![ \t]+(?:in|bij|op|als|van|aan|met|ervaring)${RIGHT})`,
  "gu",
);
// "Vishal is 14, zusje Asha pas zes.": the verb left out after the first, a name and a word of degree say it
const ELLIPTIC_AGE = new RegExp(
  String.raw`(?<=(?<![\p{L}])\p{Lu}\p{Ll}{1,30}[ \t]+(?:pas|bijna|nog[ \t]maar|net|ruim)[ \t]+)(?:${WORDS}|\d{1,2})(?=[ \t]{0,3}(?:[.,;!?)\n\r]|$))`,
  "gu",
);
// "Milan is vijf, Noor drie.", "De jongste is 4 en de oudste 12", "Wessel was negen, Thijmen zeven en …", "Zij is 17,
// hij 24:": a second subject after an age told by "is" takes the verb along
const NEXT_AGE = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])(?:${SUBJECT}|oudste|jongste|middelste)[ \t]+${VERB}[ \t]+(?:${DEGREE}[ \t]+){0,2}${NUM}(?:[ \t]+${YEARS})?(?:,|[ \t]en)[ \t]{1,2}(?:de[ \t]+)?(?:\p{Lu}\p{Ll}{1,30}|oudste|jongste|middelste|zoon|dochter|broer|zus|broertje|zusje|vader|moeder|oma|opa|hij|zij|ze)[ \t]+(?:${DEGREE}[ \t]+){0,2})${NUM}(?:[ \t]+${YEARS})?(?=[ \t]{0,3}(?:[.,;:!?)\n\r]|$)|[ \t]+en${RIGHT})`,
  "gu",
);
// "twee kinderen van 3 en 5", "broers van 12, 14 en 17": each number after children in the plural and "van"
const CHILDREN = String.raw`(?:kinderen|kids|jongens|meisjes|zonen|dochters|broers|zussen|broertjes|zusjes|tweeling|drieling)`;
const CHILDREN_AGES = new RegExp(
  String.raw`(?<=(?<![\p{L}])${CHILDREN}[ \t]+van[ \t]+(?:${NUM}(?:,|[ \t]en)[ \t]{1,2}){0,4})${NUM}(?=(?:(?:,|[ \t]en)[ \t]{1,2}${NUM}){0,4}(?:[ \t]+${YEARS})?(?![\p{L}\p{N}]|[.,/-]\d|[ \t]+(?:en|keer|x|uur|euro|procent|minuten|weken|dagen|kilo|punten|meter)(?![\p{L}])))`,
  "gu",
);
// "Ze wordt volgende maand 10", "hij werd vorige week twaalf"
const BECOMES_AFTER_TIME = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:wordt|werd|word|worden)[ \t]+(?:(?:volgende|deze|komende|vorige|afgelopen|na[ \t]+de|in[ \t]+de)[ \t]+(?:week|maand|zomer|winter|herfst|lente|vakantie|kerstvakantie|zomervakantie|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|morgen|overmorgen|vandaag|gisteren|eergisteren|straks|binnenkort|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag)[ \t]+)${NUM}(?:[ \t]+${YEARS})?(?=[ \t]{0,3}(?:[.,;:!?)\n\r]|$|[ \t]+(?:en|maar|dus)(?![\p{L}])))`,
  "gu",
);
// "(zus, 13)", "(broertje; 4 jaar)", "(9, halfzus)": a bracket with a relative and a number is that relative's age
const RELATIVE = String.raw`(?:half|stief|pleeg|tweeling)?(?:zus|zusje|broer|broertje|zoon|zoontje|dochter|dochtertje|neef|neefje|nicht|nichtje|kind|kleinzoon|kleindochter)`;
const RELATIVE_AGE = new RegExp(
  String.raw`(?<=\(${RELATIVE}[ \t]{0,2}[,;][ \t]{0,2})${NUM}(?:[ \t]+${YEARS})?(?=[ \t]*\))|(?<=\()${NUM}(?:[ \t]+${YEARS})?(?=[ \t]{0,2}[,;][ \t]{0,2}${RELATIVE}[ \t]*\))`,
  "giu",
);
// "Het meisje, nu 14, woont bij haar tante", "Sem, inmiddels 9, …": an age set off by commas after a child or a name,
// with a word of time or degree before it ("Het bedrag, nu 14, …" is no one's)
const ASIDE_NOW = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:\p{Lu}\p{Ll}{1,30}|meisje|jongen|kind|kindje|zoon|dochter|broer|broertje|zus|zusje|baby|jongere|tiener|puber),[ \t]{1,2}(?:nu|inmiddels|thans|toen|pas|bijna|ruim|intussen)[ \t]{1,2})${NUM}(?:[ \t]+${YEARS})?(?=[ \t]{0,2},)`,
  "gu",
);
// "Leerling: Noor, groep 6, acht jaar": a number word of years between commas or closing the line
const COMMA_AGE = new RegExp(
  String.raw`(?<=,[ \t]{1,3})(?:${WORDS})[ \t]{1,3}(?:jaar|jr\.?|maanden)(?=[ \t]{0,3}(?:[.;,]|$))`,
  "gmu",
);

export function clauseAgeSpans(
  text: string,
  priority: number,
  unknownWord: (w: string) => boolean = () => false,
): Span[] {
  const out: Span[] = [];
  const add = (start: number, end: number): void => {
    out.push({ start, end, replacement: "[leeftijd]", kinds: ["ages"], priority });
  };
  // a literal search first: a text without the words a rule needs is not scanned position by position
  const may = (re: RegExp): boolean => re.test(text);
  for (const m of may(/is|was|wor|ben|bin/iu) ? matchAll(IS_AGE, text) : []) {
    const subject = m[1] ?? m[2];
    const lowered = subject?.toLocaleLowerCase("nl");
    const named = lowered === "die" && NAME_THEN_DIE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (lowered !== undefined && NOT_SUBJECT.has(lowered) && !named) continue;
    // a word in small letters that no list has is a name written small ("shayla is 15 en …"); another is no subject
    if (m[1] !== undefined && !listedAt(text, m.index) && !unknownWord(m[1])) continue;
    const age = m[3] ?? "";
    const start = m.index + m[0].length - age.length;
    add(start, start + age.length);
  }
  for (const m of may(/als|toen|zodra|wanneer|voordat|nadat|sinds|omdat|dat/iu) ? matchAll(WHEN_AGE, text) : []) {
    const age = m[1] ?? "";
    const start = m.index + m[0].length - (m[2] ?? "").length - age.length;
    add(start, start + age.length);
  }
  const rules: [RegExp, boolean][] = [
    [LABEL_AGE, may(/leeftijd|lft/iu)],
    [ORDINAL_AGE, may(/zijn|haar|mijn|jouw|hun|z'n|d'r|m'n|sinds je/iu)],
    [COMMA_AGE, text.includes(",")],
    [ASIDE_NOW, text.includes(",") && may(/nu|inmiddels|thans|toen|pas|bijna|ruim|intussen/u)],
    [ELLIPTIC_AGE, may(/pas|bijna|nog maar|net|ruim/u)],
    [NEXT_AGE, may(/is|was|wor|ben/iu) && /,| en /u.test(text)],
    [CHILDREN_AGES, may(/kinderen|kids|jongens|meisjes|zonen|dochters|broer|zus|ling/iu) && text.includes("van")],
    [BECOMES_AFTER_TIME, may(/word|werd/iu)],
    [RELATIVE_AGE, text.includes("(") && may(/zus|broer|zoon|dochter|neef|nicht|kind/iu)],
  ];
  for (const [re, ok] of rules) for (const m of ok ? matchAll(re, text) : []) add(m.index, m.index + m[0].length);
  return out;
}

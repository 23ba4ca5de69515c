// An anonymised copy of a filled handreiking for research (Kennispunt Twente): the same
// structure (every box key, every row), the same steps filled and the same sequence of changes,
// with people replaced by codes, organisations by their type, dates moved by one offset and
// contact details, numbers and addresses removed. Pure: no Office, no DOM; deterministic for a
// given `random`.
import type { ChangeEntry } from "../log/change-log";
import { MAX_DESCRIPTION, MAX_LOGGED_VALUE, truncateText } from "../log/change-log";
import type { DataPart } from "../data-part/data-part-model";
import { newDocumentId, newVersionId } from "../data-part/data-part-model";
import { boxDefOf, formatDateText, formatPersonText, parseBoxText, parsePersonText } from "../form/box-text";
import { parseDutchDate } from "../dates/dates";
import { randomBase36 } from "../log/hash";
import { findStamps } from "../log/stamp";
import { charCount } from "../form/text-rules";
import { splitBoxKey } from "../form/boxes";
import type { TemplateDef } from "../template";
import { unhandledKind } from "../template/field-kinds";
import { TEMPLATE, allFields, columnWithRole, fieldWithRole, findField, type ColumnRole, type FieldDef, type FieldRole } from "../template";
import { DateShifter, randomOffsetDays } from "./date-shift";
import { findFreeNames } from "./free-names";
import { EMPTY_LEXICON, type Lexicon } from "./lexicon";
import { reviewWords } from "./review";
import { PeopleRegistry, derivedInitials, nameKey, orgTypeOf, parseName, roleOf, type OrgType, type Person } from "./people";
import { Scrubber } from "./scrubber";
import { emptyCounts, type Counts } from "./spans";

export interface AnonymiseInput {
  data: DataPart;
  /** Box key → text as it stands in the document. */
  boxTexts: Record<string, string>;
  /** The research code for the file name, e.g. "J01" (letters, digits, hyphen). Default "J01". */
  code?: string;
  /** Random source for the date offset and the new ids; pass a seeded one in tests. */
  random?: () => number;
  /** Fixes the date offset (days); normally drawn at random and never shown. */
  offsetDays?: number;
  template?: TemplateDef;
  /** Dutch names and words (lexicon-nl.ts, loaded with the Kopieën tab); without it only listed people are found. */
  lexicon?: Lexicon;
  /** Words the user marked in the review: replaced everywhere by "Gemarkeerd A", "Gemarkeerd B"… */
  marked?: readonly string[];
}

export interface AnonymiseReport {
  /** How many replacements of each kind — never the values. */
  counts: Counts;
  /** Dutch lines the person handing in the case must read. */
  warnings: string[];
  /** Words the copy kept that could still be a name or a place, for the user to check. */
  review: string[];
}

export interface StepFill {
  boxes: number;
  filled: number;
  /** Characters as filled in (before anonymisation). */
  characters: number;
}

export interface ResearchChange {
  /** Shifted "YYYYMMDD". */
  day: string;
  kind: ChangeEntry["kind"];
  stepId?: string;
  /** The signer's organisation type ("Zorgaanbieder", "Gemeente", …). */
  orgType: OrgType;
  /** The signer's organisation code ("Zorgaanbieder A", "Gemeente", …). */
  org: string;
}

export interface ResearchSummary {
  code: string;
  municipality: string;
  indications: string[];
  stepsFilled: Record<string, StepFill>;
  /** Rows per table field. */
  rows: Record<string, number>;
  /** Step 2 as codes: who (role) from which type of organisation. */
  betrokkenen: { code: string; orgType: OrgType | null; rol: string }[];
  changes: ResearchChange[];
  counts: Counts;
}

export interface AnonymisedForm {
  code: string;
  /** "Onderzoek Handreiking Regie J01.docx" */
  fileName: string;
  /** The anonymised data part, with a new document id and the whole log (no archive parts). */
  data: DataPart;
  boxTexts: Record<string, string>;
  report: AnonymiseReport;
  summary: ResearchSummary;
  /**
   * The same free-text anonymiser, for text outside the boxes (the .docx layer). Holds the date
   * offset: keep it in memory only, never write it anywhere.
   */
  scrubber: Scrubber;
}

export const NAMES_WARNING = "Vrije tekst kan nog namen bevatten die niet in het document als betrokkene staan.";

const CODE = /^[A-Za-z0-9-]{1,20}$/;
export const RESEARCH_CODE_MESSAGE = "De onderzoekscode mag alleen letters, cijfers en een streepje bevatten, hoogstens 20 tekens (bijvoorbeeld J01).";

/** A Dutch message when the research code cannot go into a file name, else null. */
export function researchCodeProblem(code: string): string | null {
  return CODE.test(code) ? null : RESEARCH_CODE_MESSAGE;
}

export function researchFileName(code: string): string {
  return `Onderzoek Handreiking Regie ${code}.docx`;
}

const fieldOf = (key: string): string => splitBoxKey(key).fieldId;
const columnOf = (key: string): string | undefined => splitBoxKey(key).columnId;

/** Is the box key a cell of a column with the role "organisation"? */
function isOrganisationCell(template: TemplateDef, key: string): boolean {
  const field = findField(fieldOf(key), template)?.field;
  const columnId = columnOf(key);
  return columnId !== undefined && field?.columns?.find((c) => c.id === columnId)?.role === "organisation";
}

/** "K. Jansen, Gemeente Hengelo" or "K. Jansen (Gemeente Hengelo)" → name and organisation. */
function splitNameOrg(text: string): { name: string; organisation: string } {
  const t = text.trim();
  if (/\)\s*$/.test(t)) return parsePersonText(t);
  const comma = t.indexOf(",");
  return comma < 0 ? { name: t, organisation: "" } : { name: t.slice(0, comma).trim(), organisation: t.slice(comma + 1).trim() };
}

const FAMILY_OR_ROLE = /\b(ouders?|moeder|vader|gezin|jeugdige|kind|oma|opa|iedereen|allen|alle betrokkenen|samen|regisseur|netwerk)\b/iu;

/** The box key of the field with the role ("" when the template has none: no box has that key). */
function roleKey(template: TemplateDef, role: FieldRole): string {
  return fieldWithRole(template, role)?.id ?? "";
}

/** The box key of a cell of the people field (Betrokkenen) in the column with the role. */
function peopleCellKey(template: TemplateDef, rowKey: string, role: ColumnRole): string {
  const field = fieldWithRole(template, "people");
  const column = columnWithRole(field, role);
  return field && column ? `${field.id}.${rowKey}.${column.id}` : "";
}

function referenceYear(data: DataPart, boxTexts: Record<string, string>, template: TemplateDef): number {
  const key = roleKey(template, "mdoDate");
  const mdo = parseDutchDate(boxTexts[key] ?? data.lastAttributed[key] ?? "");
  if (mdo) return Number(mdo.slice(0, 4));
  const day = data.agreed?.day ?? data.changeLog[0]?.day;
  return day ? Number(day.slice(0, 4)) : 2020;
}

/** Every value a box has had: now, last attributed, and before/after in the log. */
function history(data: DataPart, boxTexts: Record<string, string>, key: string): string[] {
  const out = new Set<string>();
  const add = (v: string | undefined): void => {
    if (v !== undefined && v.trim() !== "") out.add(v);
  };
  add(boxTexts[key]);
  add(data.lastAttributed[key]);
  for (const e of data.changeLog) {
    if (e.boxKey !== key) continue;
    add(e.before);
    add(e.after);
  }
  return [...out];
}

function allKeys(data: DataPart, boxTexts: Record<string, string>): string[] {
  const keys = new Set<string>([...Object.keys(boxTexts), ...Object.keys(data.lastAttributed)]);
  for (const e of data.changeLog) if (e.boxKey) keys.add(e.boxKey);
  return [...keys];
}

/** Registers everyone and every organisation the document names, in a stable order. */
/**
 * The person fields (kind person) in a stable order: the regisseur, the beheerder, then any
 * other, in document order.
 */
function personFields(template: TemplateDef): FieldDef[] {
  const first = [fieldWithRole(template, "coordinator"), fieldWithRole(template, "documentOwner")].filter((f): f is FieldDef => f?.kind === "person");
  const rest = allFields(template).map((l) => l.field).filter((f) => f.kind === "person" && !first.includes(f));
  return [...first, ...rest];
}

function registerPeople(data: DataPart, boxTexts: Record<string, string>, template: TemplateDef): PeopleRegistry {
  const people = new PeopleRegistry();
  const clientInitials = history(data, boxTexts, roleKey(template, "clientInitials"));
  people.client(clientInitials[0] ?? "");
  for (const i of clientInitials.slice(1)) people.client(i);
  const keys = allKeys(data, boxTexts);

  // The people field (step 2), in the rows' document order, then rows only the log still knows.
  const peopleId = roleKey(template, "people");
  const rowKeys = [...(data.rowOrder[peopleId] ?? [])];
  for (const k of keys) {
    const { fieldId: f, rowKey: r } = splitBoxKey(k);
    if (peopleId !== "" && f === peopleId && r && !rowKeys.includes(r)) rowKeys.push(r);
  }
  for (const r of rowKeys) {
    const cell = (c: ColumnRole): string => {
      const key = peopleCellKey(template, r, c);
      return boxTexts[key] ?? data.lastAttributed[key] ?? "";
    };
    const names = history(data, boxTexts, peopleCellKey(template, r, "personName"));
    const row = { name: names[0] ?? "", organisation: cell("organisation"), function: cell("function"), roleInTrajectory: cell("roleInTrajectory") };
    if (names.length === 0 && row.organisation.trim() !== "") people.organisation(row.organisation);
    const role = roleOf(row);
    let person: Person | null = null;
    for (const n of names) person = people.person(n, person ? "" : row.organisation, role) ?? person;
    for (const org of history(data, boxTexts, peopleCellKey(template, r, "organisation"))) people.organisation(org);
  }
  for (const field of personFields(template)) {
    for (const text of history(data, boxTexts, field.id)) {
      const p = parsePersonText(text);
      people.person(p.name, p.organisation, "professional");
      if (p.organisation) people.organisation(p.organisation);
    }
  }
  // The substitute as typed text ("Naam, organisatie"); as a person field it is one of the above.
  const substitute = fieldWithRole(template, "coordinatorDeputy");
  for (const text of substitute?.kind === "text" ? history(data, boxTexts, substitute.id) : []) {
    const p = splitNameOrg(text);
    people.person(p.name, p.organisation, "professional");
  }
  if (data.agreed) people.signer(data.agreed.initials, data.agreed.organisation);
  for (const e of data.changeLog) people.signer(e.initials, e.organisation, e.name);
  const texts = [...Object.values(boxTexts), ...Object.values(data.lastAttributed), ...data.changeLog.flatMap((e) => [e.description, e.before ?? "", e.after ?? ""])];
  for (const t of texts) for (const s of findStamps(t)) people.signer(s.initials, s.organisation);
  // Organisation columns outside the people field ("Wie (organisatie)" in step 5): organisations,
  // unless a part names the family or a known person.
  for (const k of keys.filter((k) => fieldOf(k) !== peopleId && isOrganisationCell(template, k))) {
    for (const text of history(data, boxTexts, k)) {
      for (const part of text.split(/[,;/&\n]|\ben\b/u).map((p) => p.trim())) {
        if (part === "" || FAMILY_OR_ROLE.test(part) || people.findByName(part)) continue;
        people.organisation(part);
      }
    }
  }
  return people;
}

/** Every free text of the document: boxes, last attributed texts, log values and descriptions. */
function freeTexts(data: DataPart, boxTexts: Record<string, string>): string[] {
  return [...new Set([...Object.values(boxTexts), ...Object.values(data.lastAttributed), ...data.changeLog.flatMap((e) => [e.before ?? "", e.after ?? "", e.description])])];
}

/**
 * People named only in free text join the registry, so the same matcher replaces them in every
 * box, log line and data part with one code. A full name whose initials are the client's is the
 * client ("Sanne de Jong" for SJ), also when a parent has the same surname; a first name alone
 * whose initial is the client's first initial, while the client has no name yet, too.
 */
function registerFreeNames(people: PeopleRegistry, texts: readonly string[], ctx: Parameters<typeof findFreeNames>[1]): void {
  const client = people.client("");
  const clientInitials = [...client.initials].map((i) => i.replace(/[^\p{Lu}]/gu, ""));
  const known = (name: string): boolean => {
    if (people.findByName(name)) return true;
    const key = nameKey(name);
    return people.people.some((p) => [...p.names].some((n) => {
      const parts = parseName(n);
      return parts.given.some((g) => nameKey(g) === key) || parts.surnameVariants.some((s) => nameKey(s) === key) || nameKey(`${parts.given[0] ?? ""} ${parts.surname ?? ""}`) === key;
    }));
  };
  for (const text of texts) {
    for (const found of findFreeNames(text, ctx)) {
      if (known(found.name)) continue;
      const parts = parseName(found.name);
      const initials = derivedInitials(found.name);
      const first = found.name.charAt(0);
      const isClient =
        found.role === null &&
        ((initials.length > 0 && initials.some((i) => clientInitials.includes(i))) ||
          (parts.surname === undefined && client.names.size === 0 && clientInitials.some((i) => i.startsWith(first))));
      if (isClient) people.clientName(found.name);
      else people.person(found.name, "", found.role ?? "persoon");
    }
  }
}

export function anonymiseForm(input: AnonymiseInput): AnonymisedForm {
  const template = input.template ?? TEMPLATE;
  const random = input.random ?? Math.random;
  const code = input.code ?? "J01";
  const codeProblem = researchCodeProblem(code);
  if (codeProblem) throw new Error(codeProblem);
  const { data, boxTexts } = input;

  const counts = emptyCounts();
  const lexicon = input.lexicon ?? EMPTY_LEXICON;
  const people = registerPeople(data, boxTexts, template);
  const notNames = new Set<string>();
  const addWords = (s: string): void => {
    for (const w of s.split(/[^\p{L}'’-]+/u)) if (w) notNames.add(w.toLocaleLowerCase("nl"));
  };
  for (const [key] of people.organisations()) addWords(key);
  addWords(JSON.stringify(template.steps.map((s) => [s.title, s.fields.map((f) => [f.label, f.hint ?? "", ...(f.kind === "singleChoice" || f.kind === "multiChoice" ? (f.choices ?? []) : [])])])));
  registerFreeNames(people, freeTexts(data, boxTexts), { lexicon, notNames });
  for (const w of input.marked ?? []) if (w.trim() !== "") people.person(w.trim(), "", "gemarkeerd");
  const dates = new DateShifter(input.offsetDays ?? randomOffsetDays(random), referenceYear(data, boxTexts, template));
  const scrubber = new Scrubber(people, dates, counts, lexicon, notNames);
  const client = people.people.find((p) => p.code.role === "jeugdige");

  // One result per distinct input, counted once: a box, its last attributed text and the log
  // entry that wrote it get the same text, and the counts say how many details were replaced.
  const memo = new Map<string, string>();
  const memoise = (tag: string, text: string, make: () => string): string => {
    const k = `${tag}\u0000${text}`;
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    const v = make();
    memo.set(k, v);
    return v;
  };
  const scrub = (text: string): string => memoise("", text, () => scrubber.scrub(text));

  const personText = (text: string): string => {
    const p = parsePersonText(text);
    const known = p.name.trim() === "" ? undefined : people.findByName(p.name);
    if (known) counts.names++;
    const name = known ? known.code.label : scrub(p.name);
    let organisation = "";
    if (p.organisation.trim() !== "") {
      organisation = people.organisation(p.organisation).label;
      if (organisation !== p.organisation.trim()) counts.organisations++;
    }
    return formatPersonText({ name, organisation });
  };

  const orgText = (text: string): string => {
    const t = text.trim();
    if (t === "") return text;
    const known = people.organisations().get(nameKey(t));
    if (known) {
      if (known.label !== t) counts.organisations++;
      return known.label;
    }
    return scrub(text);
  };

  /** The anonymised text of one box (used for the box, its last attributed text and its log values). */
  const boxText = (key: string, text: string): string =>
    memoise(`box:${key}`, text, () => {
      if (text.trim() === "") return text;
      const fieldId = fieldOf(key);
      const columnId = columnOf(key);
      const field = findField(fieldId, template)?.field;
      if (!field) return scrub(text);
      const column = columnId ? field.columns?.find((c) => c.id === columnId) : undefined;
      if (field.kind === "rows" && !column) return scrub(text);
      const def = boxDefOf(field, column);
      if (field.usedInFileName) {
        counts.initials++;
        return client?.code.initials ?? "J";
      }
      switch (def.kind) {
        case "date": {
          const iso = parseDutchDate(text);
          const shifted = iso ? dates.shiftIso(iso) : null;
          if (shifted) {
            counts.dates++;
            return formatDateText(shifted);
          }
          return scrub(text);
        }
        case "yesNo":
        case "singleChoice":
        case "multiChoice":
          return parseBoxText(def, text).ok ? text : scrub(text);
        case "person":
          return personText(text);
        case "text":
        case "longText":
          break;
        default:
          return unhandledKind(def.kind);
      }
      if (field.roles?.includes("people") && column?.role === "personName") {
        const known = people.findByName(text);
        if (known) {
          counts.names++;
          return known.code.label;
        }
      }
      if (column?.role === "organisation") return orgText(text);
      return scrub(text);
    });

  const clamp = (text: string, max: number): string => (text.length > max ? truncateText(text, max) : text);

  // --- the data part -------------------------------------------------------------------
  const versionIds = new Map<string, string>();
  const versionId = (old: string): string => {
    let v = versionIds.get(old);
    if (!v) {
      v = newVersionId(random);
      versionIds.set(old, v);
    }
    return v;
  };
  const usedIds = new Set<string>();
  const changeLog: ChangeEntry[] = data.changeLog.map((e) => {
    const day = dates.shiftDay(e.day) ?? e.day;
    const timestamp = dates.shiftTimestamp(e.timestamp, day);
    let id = `${Date.parse(timestamp).toString(36)}-${randomBase36(6, random)}`;
    // a poor random source (or bad luck) must not loop: number the clash instead
    for (let n = 2; usedIds.has(id); n++) id = `${Date.parse(timestamp).toString(36)}-${randomBase36(6, random)}.${n}`;
    usedIds.add(id);
    const signer = people.signer(e.initials, e.organisation, e.name);
    const out: ChangeEntry = {
      id,
      timestamp,
      day,
      initials: signer.code.initials,
      organisation: people.organisation(e.organisation).label,
      kind: e.kind,
      description: clamp(scrub(e.description), MAX_DESCRIPTION),
    };
    if (e.name !== undefined) out.name = signer.code.label;
    if (e.stepId !== undefined) out.stepId = e.stepId;
    if (e.boxKey !== undefined) out.boxKey = e.boxKey;
    const value = (v: string): string => clamp(e.boxKey ? boxText(e.boxKey, v) : scrub(v), MAX_LOGGED_VALUE);
    if (e.before !== undefined) out.before = value(e.before);
    if (e.after !== undefined) out.after = value(e.after);
    if (e.recovered !== undefined) out.recovered = e.recovered;
    if (e.mergeConflict !== undefined) out.mergeConflict = e.mergeConflict;
    return out;
  });

  const anonymisedBoxes = Object.fromEntries(Object.entries(boxTexts).map(([k, t]) => [k, boxText(k, t)]));
  const lastAttributed = Object.fromEntries(Object.entries(data.lastAttributed).map(([k, t]) => [k, boxText(k, t)]));
  const agreed = data.agreed
    ? {
        day: dates.shiftDay(data.agreed.day) ?? data.agreed.day,
        initials: people.signer(data.agreed.initials, data.agreed.organisation).code.initials,
        organisation: people.organisation(data.agreed.organisation).label,
      }
    : null;
  const anonymised: DataPart = {
    templateId: data.templateId,
    templateVersion: data.templateVersion,
    documentId: newDocumentId(random),
    formVersion: data.formVersion,
    versionId: versionId(data.versionId),
    previousVersion: data.previousVersion ? { formVersion: data.previousVersion.formVersion, versionId: versionId(data.previousVersion.versionId) } : null,
    agreed,
    lastAttributed,
    rowOrder: Object.fromEntries(Object.entries(data.rowOrder).map(([f, keys]) => [f, [...keys]])),
    changeLog,
  };

  // --- report and summary --------------------------------------------------------------
  const warnings = [NAMES_WARNING];
  const unknownCaps = countUnrecognisedCapitals(Object.values(anonymisedBoxes), people, template);
  if (unknownCaps > 0) {
    warnings.push(
      `${unknownCaps} ${unknownCaps === 1 ? "woord" : "woorden"} met een hoofdletter midden in een zin ${unknownCaps === 1 ? "is" : "zijn"} niet als naam of organisatie herkend. Controleer of het namen zijn voordat u de kopie deelt.`,
    );
  }
  if (people.unlinkedSigners > 0) {
    warnings.push(people.unlinkedSigners === 1
        ? "1 persoon met initialen in het logboek stond niet als betrokkene in het document en kreeg een eigen code."
        : `${people.unlinkedSigners} personen met initialen in het logboek stonden niet als betrokkene in het document en kregen een eigen code.`);
  }
  if (people.people.some((p) => p.code.role !== "jeugdige" && [...p.names].some((n) => /^(\p{Lu}\.\s?)+\s*\p{Lu}/u.test(n)))) {
    warnings.push("Van sommige betrokkenen staan alleen voorletters en achternaam in het document: een voornaam die alleen in de vrije tekst staat, wordt niet herkend.");
  }
  warnings.push(
    "Postcodes, telefoonnummers, e-mailadressen, BSN's en adressen met huisnummer worden herkend. Een straat zonder huisnummer alleen aan de naam (-straat, -weg, -laan…), een dorp of wijk alleen na woorden als ‘woont in’ of ‘wijk’; de gemeente blijft staan.",
  );

  const summary: ResearchSummary = {
    code,
    municipality: boxTexts[roleKey(template, "municipality")]?.trim() ?? "",
    indications: (() => {
      const field = fieldWithRole(template, "indication");
      if (!field || field.kind === "rows") return [];
      const r = parseBoxText(boxDefOf(field), boxTexts[field.id] ?? "");
      return r.ok && Array.isArray(r.value) ? (r.value as string[]) : [];
    })(),
    stepsFilled: stepsFilled(boxTexts, template),
    rows: Object.fromEntries(Object.entries(data.rowOrder).map(([f, keys]) => [f, keys.length])),
    betrokkenen: (data.rowOrder[roleKey(template, "people")] ?? []).map((r) => {
      const org = boxTexts[peopleCellKey(template, r, "organisation")] ?? "";
      const name = boxTexts[peopleCellKey(template, r, "personName")] ?? "";
      const person = name.trim() ? people.findByName(name) : undefined;
      return {
        code: person?.code.label ?? "",
        orgType: org.trim() ? orgTypeOf(org) : null,
        rol: anonymisedBoxes[peopleCellKey(template, r, "roleInTrajectory")] ?? "",
      };
    }),
    changes: changeLog.map((e, i) => {
      const original = data.changeLog[i];
      const change: ResearchChange = { day: e.day, kind: e.kind, orgType: orgTypeOf(original?.organisation ?? ""), org: e.organisation };
      if (e.stepId !== undefined) change.stepId = e.stepId;
      return change;
    }),
    counts,
  };

  const review = reviewWords([...Object.values(anonymisedBoxes), ...changeLog.flatMap((e) => [e.before ?? "", e.after ?? "", e.description])], lexicon, notNames);
  return { code, fileName: researchFileName(code), data: anonymised, boxTexts: anonymisedBoxes, report: { counts, warnings, review }, summary, scrubber };
}

function stepsFilled(boxTexts: Record<string, string>, template: TemplateDef): Record<string, StepFill> {
  const out: Record<string, StepFill> = Object.fromEntries(template.steps.map((s) => [s.id, { boxes: 0, filled: 0, characters: 0 }]));
  for (const [key, text] of Object.entries(boxTexts)) {
    const step = findField(fieldOf(key), template)?.step;
    const fill = step ? out[step.id] : undefined;
    if (!fill) continue;
    fill.boxes++;
    if (text.trim() !== "") {
      fill.filled++;
      fill.characters += charCount(text.trim());
    }
  }
  return out;
}

/** Capitalised words after a lower-case word or a comma: possible names the document does not list. */
function countUnrecognisedCapitals(texts: readonly string[], people: PeopleRegistry, template: TemplateDef): number {
  const known = new Set<string>();
  const addWords = (s: string): void => {
    for (const w of s.split(/[^\p{L}]+/u)) if (w) known.add(w.toLocaleLowerCase("nl"));
  };
  for (const p of people.people) addWords(p.code.label);
  for (const [, c] of people.organisations()) addWords(c.label);
  addWords(JSON.stringify(template));
  addWords(
    "Jeugdige Ouder Gezinslid Professional Zorgaanbieder Gemeente Gecertificeerde Instelling Onderwijs Gezin MDO Zorgmail Zivver Nederland Nederlands Twente Twents januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag Kerst Pasen God Islam Arabisch Turks Engels Duits Pools",
  );
  let n = 0;
  for (const t of texts) {
    for (const m of t.matchAll(/(?<=[\p{Ll}\p{N},;]\s+)(\p{Lu}\p{Ll}+)/gu)) {
      if (!known.has((m[1] ?? "").toLocaleLowerCase("nl"))) n++;
    }
  }
  return n;
}

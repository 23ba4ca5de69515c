// Who and which organisations a filled form names, registered in a stable order so that the
// codes ("Ouder A", "Zorgaanbieder B", …) do not depend on chance: the client, the people field's
// rows, the person fields, the substitute, the log's signers and stamps, organisation cells
// elsewhere, then names found only in free text and the words the user marked.
import { parsePersonText } from "../form/box-text";
import { findStamps } from "../log/stamp";
import { allFields, fieldWithRole, type ColumnRole, type FieldDef, type TemplateDef } from "../template";
import {
  allKeys,
  currentText,
  fieldOf,
  history,
  isOrganisationCell,
  lowerWords,
  peopleCellKey,
  roleKey,
  rowOf,
  type FilledForm,
} from "./filled-form";
import { findFreeNames, type FreeName } from "./free-names";
import { initialsPeople, speakerInitials } from "./initials-people";
import type { Lexicon } from "./lexicon";
import { PeopleRegistry, derivedInitials, isRoleWord, nameKey, parseName, roleOf, type Person } from "./people";

/** "K. Jansen, Gemeente Hengelo" or "K. Jansen (Gemeente Hengelo)" → name and organisation. */
function splitNameOrg(text: string): { name: string; organisation: string } {
  const t = text.trim();
  if (/\)\s*$/.test(t)) return parsePersonText(t);
  const comma = t.indexOf(",");
  return comma < 0
    ? { name: t, organisation: "" }
    : { name: t.slice(0, comma).trim(), organisation: t.slice(comma + 1).trim() };
}

const FAMILY_OR_ROLE =
  /\b(ouders?|moeder|vader|gezin|jeugdige|kind|oma|opa|iedereen|allen|alle betrokkenen|samen|regisseur|netwerk)\b/iu;

/**
 * The person fields (kind person) in a stable order: the regisseur, the beheerder, then any
 * other, in document order.
 */
function personFields(template: TemplateDef): FieldDef[] {
  const first = [fieldWithRole(template, "coordinator"), fieldWithRole(template, "documentOwner")].filter(
    (f): f is FieldDef => f?.kind === "person",
  );
  const rest = allFields(template)
    .map((l) => l.field)
    .filter((f) => f.kind === "person" && !first.includes(f));
  return [...first, ...rest];
}

/** The client's initials, the first one they had first. */
function registerClient(people: PeopleRegistry, form: FilledForm): void {
  const clientInitials = history(form, roleKey(form.template, "clientInitials"));
  people.client(clientInitials[0] ?? "");
  for (const i of clientInitials.slice(1)) people.client(i);
}

/** The people field (step 2), in the rows' document order, then rows only the log still knows. */
function registerPeopleRows(people: PeopleRegistry, form: FilledForm, keys: readonly string[]): void {
  const { template } = form;
  const peopleId = roleKey(template, "people");
  const rowKeys = [...(form.data.rowOrder[peopleId] ?? [])];
  for (const k of keys) {
    const r = rowOf(k);
    if (peopleId !== "" && fieldOf(k) === peopleId && r && !rowKeys.includes(r)) rowKeys.push(r);
  }
  for (const r of rowKeys) {
    const cell = (c: ColumnRole): string => currentText(form, peopleCellKey(template, r, c));
    const names = history(form, peopleCellKey(template, r, "personName"));
    const row = {
      name: names[0] ?? "",
      organisation: cell("organisation"),
      function: cell("function"),
      roleInTrajectory: cell("roleInTrajectory"),
    };
    if (names.length === 0 && row.organisation.trim() !== "") people.organisation(row.organisation);
    const role = roleOf(row);
    let person: Person | null = null;
    for (const n of names) person = people.person(n, person ? "" : row.organisation, role) ?? person;
    for (const org of history(form, peopleCellKey(template, r, "organisation"))) people.organisation(org);
  }
}

/** The person fields' people (professionals) and their organisations. */
function registerPersonFields(people: PeopleRegistry, form: FilledForm): void {
  for (const field of personFields(form.template)) {
    for (const text of history(form, field.id)) {
      const p = parsePersonText(text);
      people.person(p.name, p.organisation, "professional");
      if (p.organisation) people.organisation(p.organisation);
    }
  }
}

/** The substitute as typed text ("Naam, organisatie"); as a person field it is one of the above. */
function registerSubstitute(people: PeopleRegistry, form: FilledForm): void {
  const substitute = fieldWithRole(form.template, "coordinatorDeputy");
  for (const text of substitute?.kind === "text" ? history(form, substitute.id) : []) {
    const p = splitNameOrg(text);
    people.person(p.name, p.organisation, "professional");
  }
}

/** Who agreed, who signed the log, and every stamp in a text. */
function registerSigners(people: PeopleRegistry, form: FilledForm): void {
  const { data, boxTexts } = form;
  if (data.agreed) people.signer(data.agreed.initials, data.agreed.organisation);
  for (const e of data.changeLog) people.signer(e.initials, e.organisation, e.name);
  const texts = [
    ...Object.values(boxTexts),
    ...Object.values(data.lastAttributed),
    ...data.changeLog.flatMap((e) => [e.description, e.before ?? "", e.after ?? ""]),
  ];
  for (const t of texts) for (const s of findStamps(t)) people.signer(s.initials, s.organisation);
}

/**
 * Organisation columns outside the people field ("Wie (organisatie)" in step 5): organisations,
 * unless a part names the family or a known person.
 */
function registerOrganisationCells(people: PeopleRegistry, form: FilledForm, keys: readonly string[]): void {
  const peopleId = roleKey(form.template, "people");
  for (const k of keys.filter((k) => fieldOf(k) !== peopleId && isOrganisationCell(form.template, k))) {
    for (const text of history(form, k)) {
      for (const part of text.split(/[,;/&\n]|\ben\b/u).map((p) => p.trim())) {
        if (part === "" || FAMILY_OR_ROLE.test(part) || people.findByName(part)) continue;
        people.organisation(part);
      }
    }
  }
}

/** Registers everyone and every organisation the document's boxes and log name, in a stable order. */
export function registerPeople(form: FilledForm): PeopleRegistry {
  const people = new PeopleRegistry();
  registerClient(people, form);
  const keys = allKeys(form);
  registerPeopleRows(people, form, keys);
  registerPersonFields(people, form);
  registerSubstitute(people, form);
  registerSigners(people, form);
  registerOrganisationCells(people, form, keys);
  return people;
}

/** Every free text of the document: boxes, last attributed texts, log values and descriptions. */
function freeTexts(form: FilledForm): string[] {
  const { data, boxTexts } = form;
  return [
    ...new Set([
      ...Object.values(boxTexts),
      ...Object.values(data.lastAttributed),
      ...data.changeLog.flatMap((e) => [e.before ?? "", e.after ?? "", e.description]),
    ]),
  ];
}

/** Lower-case words that are not names: the organisations' words and the template's own texts. */
function notNameWords(people: PeopleRegistry, template: TemplateDef): Set<string> {
  const words = (s: string): string[] => lowerWords(s, /[^\p{L}'’-]+/u);
  const templateTexts = template.steps.map((s) => [
    s.title,
    s.fields.map((f) => [
      f.label,
      f.hint ?? "",
      ...(f.kind === "singleChoice" || f.kind === "multiChoice" ? (f.choices ?? []) : []),
    ]),
  ]);
  return new Set([
    ...[...people.organisations()].flatMap(([key]) => words(key)),
    ...words(JSON.stringify(templateTexts)),
  ]);
}

/**
 * People named only in free text join the registry, so the same matcher replaces them in every
 * box, log line and data part with one code. A full name whose initials are the client's is the
 * client ("Sanne de Jong" for SJ), also when a parent has the same surname; a first name alone
 * whose initial is the client's first initial, while the client has no name yet, too.
 */
function registerFreeNames(
  people: PeopleRegistry,
  texts: readonly string[],
  ctx: Parameters<typeof findFreeNames>[1],
): void {
  const client = people.client("");
  const clientInitials = [...client.initials].map((i) => i.replace(/[^\p{Lu}]/gu, ""));
  // "Sanne van der Berg" for "Emma Sanne van der Berg": a shorter form of a known name is that person (the matcher
  // already looks for each given name with the surname), not a second person sharing "Sanne"
  // (only the form's own people: comparing with every name found so far would make a box of names quadratic)
  const words = (n: string): string[] => nameKey(n).split(/\s+/u);
  const formNames = people.people.flatMap((p) => [...p.names].map((n) => new Set(words(n))));
  const shorterForm = (name: string): boolean => {
    const w = words(name);
    return w.length > 1 && formNames.some((n) => w.every((x) => n.has(x)));
  };
  // "Health Mohammed el Amrani" (a heading word before a form person's full name): that person, with a word in front
  // that is no name; as a new person its longer variant lost to an overlapping institution and left "el Amrani"
  const longerForm = (name: string): boolean => {
    const w = new Set(words(name));
    return formNames.some((n) => n.size > 1 && [...n].every((x) => w.has(x)));
  };
  for (const text of texts) {
    // "Aanwezig: PJ en IK", "GR (moeder)": initials stated as a person's are that person's everywhere
    for (const i of [...initialsPeople(text, isRoleWord), ...speakerInitials(text)]) {
      if (people.people.some((p) => p.initials.has(i))) continue;
      const known = people.people.filter((p) => p.code.role !== "jeugdige" && p.derivedInitials.has(i));
      const person = known.length === 1 ? known[0] : people.person("", "", "persoon");
      if (person) people.addInitials(person, i);
    }
    for (const found of findFreeNames(text, ctx)) {
      statedInitials(people, found);
      // found written small ("kees (22:41): …", "oma roos"): the matcher looks for it in any case
      if (!/\p{Lu}/u.test(found.name)) people.smallLetters(found.name);
      if (people.knowsName(found.name) || shorterForm(found.name) || longerForm(found.name)) continue;
      const parts = parseName(found.name);
      const initials = derivedInitials(found.name);
      const first = found.name.charAt(0);
      const isClient =
        found.role === null &&
        ((initials.length > 0 && initials.some((i) => clientInitials.includes(i))) ||
          (parts.surname === undefined && client.names.size === 0 && clientInitials.some((i) => i.startsWith(first))));
      if (isClient) people.clientName(found.name);
      else people.person(found.name, "", found.role ?? "persoon");
      statedInitials(people, found);
    }
  }
}

/** "Hanneke Bouwmeester (HB, wijkcoach)": initials in brackets right after a full name, when they are its initials. */
function statedInitials(people: PeopleRegistry, found: FreeName): void {
  const person = found.initials ? people.findByName(found.name) : undefined;
  if (person && found.initials && derivedInitials(found.name).includes(found.initials))
    people.addInitials(person, found.initials);
}

/**
 * Everyone the copy must replace: the people the form and its log name, then names found only in
 * free text, then the words the user marked. `notNames` are the words free text must not take
 * for a name (organisations, the template's texts).
 */
export function collectPeople(
  form: FilledForm,
  lexicon: Lexicon,
  marked: readonly string[],
  otherTexts: readonly string[] = [],
): { people: PeopleRegistry; notNames: Set<string> } {
  const people = registerPeople(form);
  const notNames = notNameWords(people, form.template);
  // the form's own texts first (their order fixes the codes), then the rest of the file
  const own = freeTexts(form);
  const seen = new Set(own);
  registerFreeNames(people, [...own, ...otherTexts.filter((t) => !seen.has(t))], { lexicon, notNames });
  for (const w of marked) if (w.trim() !== "") people.person(w.trim(), "", "gemarkeerd");
  return { people, notNames };
}

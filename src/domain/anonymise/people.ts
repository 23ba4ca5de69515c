// Who appears in the document, and the code each one gets: "Jeugdige", "Ouder 1", "Gezinslid 1",
// "Professional A"… Organisations keep only their type: "Gezin", "Gemeente",
// "Gecertificeerde instelling", "Onderwijs", "Zorgaanbieder A"…
// Every code also has initials (1–5 letters, as a stamp and the log require): Jeugdige "J",
// Ouder 1 "OA", Gezinslid 1 "GA", Professional A "PA".

/** "persoon": named only in free text, role unknown; "gemarkeerd": marked by the user in the review. */
export type Role = "jeugdige" | "ouder" | "gezinslid" | "professional" | "persoon" | "gemarkeerd";

export interface PersonCode {
  role: Role;
  /** "Professional A" */
  label: string;
  /** "PA" */
  initials: string;
}

export type OrgType =
  | "Gezin"
  | "Gemeente"
  | "Gecertificeerde instelling"
  | "Raad voor de Kinderbescherming"
  | "Onderwijs"
  | "Zorgaanbieder"
  | "Algemeen";

export interface OrgCode {
  type: OrgType;
  /** "Zorgaanbieder A", "Gemeente", or for a general word ("School", "Huisarts") the word itself. */
  label: string;
}

export interface Person {
  code: PersonCode;
  /** Names as written in the document (full strings). */
  names: Set<string>;
  /** Initials this person signed with, or the client's initials. */
  initials: Set<string>;
  /** Initials derived from the names ("Sanne van der Berg" → SB, SVDB), for linking signers. */
  derivedInitials: Set<string>;
  organisations: Set<string>;
}

/** Tussenvoegsels and name particles (lower case); "oude" and "olde" as in Twente's "Oude Luttikhuis". */
export const PARTICLES = new Set([
  "van",
  "de",
  "der",
  "den",
  "het",
  "'t",
  "’t",
  "te",
  "ten",
  "ter",
  "in",
  "op",
  "aan",
  "bij",
  "uit",
  "el",
  "al",
  "la",
  "le",
  "da",
  "di",
  "du",
  "dos",
  "das",
  "del",
  "von",
  "vd",
  "v.d.",
  "v/d",
  // written in haste: "Ineke v. Dalen", "Roel vd. Sande"
  "v.",
  "v",
  "vd.",
  "v.d",
  "ben",
  "bin",
  "ibn",
  "abu",
  "'s",
  "’s",
  "oude",
  "olde",
]);

/** Words that describe a role or relation, never a name. */
const ROLE_WORDS = new Set(
  [
    "moeder",
    "vader",
    "ouder",
    "ouders",
    "mama",
    "papa",
    "mam",
    "pap",
    "oma",
    "opa",
    "broer",
    "broertje",
    "zus",
    "zusje",
    "zuster",
    "tante",
    "oom",
    "neef",
    "nicht",
    "stiefmoeder",
    "stiefvader",
    "pleegmoeder",
    "pleegvader",
    "pleegouder",
    "pleegouders",
    "grootmoeder",
    "grootvader",
    "grootouder",
    "grootouders",
    "jeugdige",
    "kind",
    "kinderen",
    "zoon",
    "dochter",
    "cliënt",
    "client",
    "gezin",
    "familie",
    "fam",
    "mevrouw",
    "meneer",
    "mevr",
    "mw",
    "dhr",
    "heer",
    "hr",
    "juf",
    "meester",
    "dokter",
    "dr",
    "drs",
    "mr",
    "ing",
    "buurvrouw",
    "buurman",
    "regisseur",
    "wijkcoach",
    "consulent",
    "voogd",
    "mentor",
    "en",
    "of",
    "en/of",
    "met",
    "vriend",
    "vriendin",
    "partner",
    "nieuwe",
    "biologische",
    "stief",
    "pleeg",
    "onbekend",
    "nvt",
    "n.v.t.",
  ].map((w) => w.normalize("NFC")),
);
/** A word of a role or relation: "moeder", "oma", "zoon". */
export const isRoleWord = (w: string): boolean => ROLE_WORDS.has(w.toLowerCase());

const FAMILY_NOT_PARENT =
  /\b(oma|opa|grootouders?|grootmoeder|grootvader|broer(tje)?|zus(je|ter)?|tante|oom|neef|nicht|buurvrouw|buurman|netwerk)\b/iu;
const PARENT = /\b(ouders?|moeder|vader|mama|papa|stief\p{L}*|pleeg\p{L}*|gezaghebbende)\b/iu;
const CHILD = /\b(jeugdige|cli[eë]nt|kind|zoon|dochter)\b/iu;

const norm = (s: string): string =>
  s
    .normalize("NFC")
    .replace(/[\p{Zs}]+/gu, " ")
    .trim();
export const nameKey = (s: string): string =>
  norm(s)
    // equals toLocaleLowerCase("nl") (Dutch has no special casing) at a fifth of the cost: called per name found
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s*-\s*/g, "-");

const isInitialToken = (t: string): boolean => /^(\p{Lu}\.?){1,4}$/u.test(t) && (t.includes(".") || t.length <= 1);
const isInitialsWord = (t: string): boolean => /^\p{Lu}{1,5}$/u.test(t);
// toLowerCase equals toLocaleLowerCase("nl") (Dutch has no special casing) and costs a fifth: hot per word
const lower = (t: string): string => t.toLowerCase();

export interface NameParts {
  /** Given names written out (not initials). */
  given: string[];
  /** Letters of given names or initials. */
  initialLetters: string[];
  /** "van der Berg" */
  surname?: string;
  /** Surname variants to look for: "van der Berg", "Berg", "de Vries", "Vries", "Jansen". */
  surnameVariants: string[];
}

/** Particles that are first names too: alone and capitalised a given name ("Opa Ben"); "Mohammed Ben Ali" keeps it. */
const GIVEN_PARTICLES = new Set(["ben"]);

/** Splits a written name into given names and surname variants; role words and initials-only words are ignored. */
export function parseName(raw: string): NameParts {
  const tokens = norm(raw)
    .replace(/[(),;:/]/g, " ")
    .split(" ")
    .filter((t) => t !== "")
    // role words ("Moeder") and initials written as a word ("ES") are not names
    .filter((t) => PARTICLES.has(lower(t)) || !ROLE_WORDS.has(lower(t).replace(/\.$/, "")))
    .filter((t) => !(isInitialsWord(t) && Array.from(t).length >= 2));
  const alone =
    tokens.length === 1 && GIVEN_PARTICLES.has(lower(tokens[0] ?? "")) && /^\p{Lu}\p{Ll}/u.test(tokens[0] ?? "");
  const particle = (t: string): boolean => PARTICLES.has(lower(t)) && !alone;
  while (tokens.length > 0 && particle(tokens[tokens.length - 1] ?? "")) tokens.pop();
  const parts: NameParts = { given: [], initialLetters: [], surnameVariants: [] };
  if (tokens.every((t) => particle(t))) return parts;
  let p: number;
  if (particle(tokens[0] ?? "")) p = 0;
  else {
    p = tokens.findIndex((t, i) => i > 0 && particle(t));
    if (p < 0) p = tokens.length > 1 ? tokens.length - 1 : tokens.length;
  }
  for (const t of tokens.slice(0, p)) {
    if (isInitialToken(t)) parts.initialLetters.push(...t.replace(/\./g, "").split(""));
    else {
      parts.given.push(t);
      parts.initialLetters.push(t.charAt(0).toLocaleUpperCase("nl"));
    }
  }
  const surnameTokens = tokens.slice(p);
  if (surnameTokens.length > 0) {
    const surname = surnameTokens.join(" ");
    parts.surname = surname;
    const variants = new Set<string>([surname]);
    const core = surnameTokens.filter((t) => !particle(t)).join(" ");
    if (core) variants.add(core);
    // double surnames: "de Vries-Jansen", "Jansen-de Boer"
    for (const piece of surname.split(/\s*-\s*/)) {
      const words = piece.split(" ").filter(Boolean);
      variants.add(words.join(" "));
      const bare = words.filter((w) => !particle(w)).join(" ");
      if (bare) variants.add(bare);
    }
    parts.surnameVariants = [...variants].filter(
      (v) => Array.from(v.replace(/[^\p{L}]/gu, "")).length >= 2 && !PARTICLES.has(lower(v)) && !isInitialToken(v),
    );
  }
  return parts;
}

/** Initials a person with this name would sign with: SB and SVDB for "Sanne van der Berg". */
export function derivedInitials(raw: string): string[] {
  const parts = parseName(raw);
  if (!parts.surname || parts.initialLetters.length === 0) return [];
  const words = parts.surname.split(/[\s-]+/).filter(Boolean);
  const coreLetters = words.filter((w) => !PARTICLES.has(lower(w))).map((w) => w.charAt(0));
  const allLetters = words.map((w) => w.charAt(0));
  const first = parts.initialLetters.join("");
  const out = new Set<string>();
  // a capitalised particle counts as written: "Adam Al-Masri" AA, "Thijs Oude Luttikhuis" TO
  const capitalLetters = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0));
  for (const letters of [
    coreLetters.slice(0, 1),
    coreLetters,
    allLetters,
    capitalLetters.slice(0, 1),
    capitalLetters,
  ]) {
    const s = (first + letters.join("")).toLocaleUpperCase("nl");
    if (/^\p{Lu}{1,5}$/u.test(s)) out.add(s);
    const s1 = (parts.initialLetters.slice(0, 1).join("") + letters.join("")).toLocaleUpperCase("nl");
    if (/^\p{Lu}{1,5}$/u.test(s1)) out.add(s1);
  }
  return [...out];
}

/** Decides Ouder / Jeugdige / Gezinslid / Professional from a step-2 row. */
export function roleOf(row: { name: string; organisation: string; function: string; roleInTrajectory: string }): Role {
  const words = `${row.name} ${row.roleInTrajectory} ${row.function}`;
  const org = row.organisation.trim().toLocaleLowerCase("nl");
  const family = org === "" || /^(gezin|familie|netwerk|thuis|ouders?)$/.test(org);
  if (CHILD.test(words) && family && !PARENT.test(row.roleInTrajectory)) return "jeugdige";
  if (FAMILY_NOT_PARENT.test(words) && family) return "gezinslid";
  if (PARENT.test(words) && family) return "ouder";
  if (org === "gezin" || org === "ouders") return "ouder";
  return "professional";
}

/** Organisation names that are a type already: they identify nobody and stay as written. */
const GENERAL_ORGS =
  /^(school|huisarts|politie|ggd|consultatiebureau|kinderopvang|peuterspeelzaal|jeugdarts|ziekenhuis|leerplicht|leerplichtambtenaar|netwerk|werkgever|thuis|onbekend|nvt|n\.v\.t\.|-)$/iu;

export function orgTypeOf(raw: string): OrgType {
  const t = norm(raw).toLocaleLowerCase("nl");
  if (/^(gezin|familie|ouders?|thuis)$/.test(t)) return "Gezin";
  if (GENERAL_ORGS.test(t)) return "Algemeen";
  if (
    /\b(gi|jeugdbescherming|veilig thuis|william schrikker|gecertificeerde instelling|voogdij|jeugdreclassering)\b/iu.test(
      t,
    )
  )
    return "Gecertificeerde instelling";
  if (/\braad voor de kinderbescherming\b/iu.test(t)) return "Raad voor de Kinderbescherming";
  if (/\b(gemeente|wijkteam|wijkcoach|sociaal team|toegang|cjg|centrum voor jeugd en gezin|jeugdteam)\b/iu.test(t))
    return "Gemeente";
  if (/(school|college|lyceum|onderwijs|kindcentrum|\bmbo\b|\broc\b)/iu.test(t)) return "Onderwijs";
  return "Zorgaanbieder";
}

/** A, B, …, Z, AA, AB, … */
export function letterCode(n: number): string {
  let s = "";
  let k = n;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

export class PeopleRegistry {
  readonly people: Person[] = [];
  private readonly orgs = new Map<string, OrgCode>();
  private readonly counters: Record<Role, number> = {
    jeugdige: 0,
    ouder: 0,
    gezinslid: 0,
    professional: 0,
    persoon: 0,
    gemarkeerd: 0,
  };
  private readonly typeCounters = new Map<OrgType, number>();
  /** Bumped on every change, so a cached matcher knows to rebuild. */
  version = 0;
  /** Signers that could not be linked to a named person. */
  unlinkedSigners = 0;
  /** nameKey of every full name → the first person with it (a scan over everyone made many names quadratic). */
  private readonly byName = new Map<string, Person>();
  /** nameKey of every given name, surname variant and "given surname" of a known person. */
  private readonly nameParts = new Set<string>();
  /** Name words the document writes in small letters ("kees (22:41): …"): matched in any case, also when a word. */
  readonly writtenSmall = new Set<string>();

  /** The document writes this known name in small letters: look for it in any case. */
  smallLetters(name: string): void {
    for (const w of name.split(/\s+/u)) {
      const key = nameKey(w);
      if (key === "" || this.writtenSmall.has(key)) continue;
      this.writtenSmall.add(key);
      this.version++;
    }
  }

  private newCode(role: Role): PersonCode {
    const n = this.counters[role]++;
    switch (role) {
      case "jeugdige":
        return {
          role,
          label: n === 0 ? "Jeugdige" : `Jeugdige ${n + 1}`,
          initials: n === 0 ? "J" : `J${letterCode(n)}`,
        };
      case "ouder":
        return { role, label: `Ouder ${n + 1}`, initials: `O${letterCode(n)}` };
      case "gezinslid":
        return { role, label: `Gezinslid ${n + 1}`, initials: `G${letterCode(n)}` };
      case "persoon":
        return { role, label: `Persoon ${letterCode(n)}`, initials: `N${letterCode(n)}` };
      case "gemarkeerd":
        return { role, label: `Gemarkeerd ${letterCode(n)}`, initials: `M${letterCode(n)}` };
      default:
        return { role, label: `Professional ${letterCode(n)}`, initials: `P${letterCode(n)}` };
    }
  }

  private create(role: Role): Person {
    const person: Person = {
      code: this.newCode(role),
      names: new Set(),
      initials: new Set(),
      derivedInitials: new Set(),
      organisations: new Set(),
    };
    this.people.push(person);
    this.version++;
    return person;
  }

  private addName(person: Person, name: string): void {
    const n = norm(name);
    if (n === "" || person.names.has(n)) return;
    person.names.add(n);
    const key = nameKey(n);
    if (!this.byName.has(key)) this.byName.set(key, person);
    const parts = parseName(n);
    for (const part of [...parts.given, ...parts.surnameVariants, `${parts.given[0] ?? ""} ${parts.surname ?? ""}`])
      this.nameParts.add(nameKey(part));
    for (const i of derivedInitials(n)) person.derivedInitials.add(i);
    this.version++;
  }

  private addOrg(person: Person, org: string): void {
    const o = norm(org);
    if (o === "") return;
    person.organisations.add(o);
    this.organisation(o);
  }

  /** Initials the text gives for a known person ("Hanneke Bouwmeester (HB, wijkcoach)"). */
  addInitials(person: Person, initials: string): void {
    const i = initials.trim();
    if (i === "" || person.initials.has(i)) return;
    person.initials.add(i);
    this.version++;
  }

  /** The client: known by initials only (the form never holds the client's full name). */
  client(initials: string): Person {
    const existing = this.people.find((p) => p.code.role === "jeugdige");
    const person = existing ?? this.create("jeugdige");
    const i = initials.trim();
    // "LvdB" is also written "LB": the capitals alone, without the particles' small letters
    const capitals = i.replace(/[^\p{Lu}]/gu, "");
    for (const form of capitals.length >= 2 && capitals !== i ? [i, capitals] : [i])
      if (form !== "" && !person.initials.has(form)) {
        person.initials.add(form);
        this.version++;
      }
    return person;
  }

  /** A name found in free text that is the client's ("Sanne de Jong" for client SJ). */
  clientName(name: string): Person {
    const person = this.client("");
    this.addName(person, name);
    return person;
  }

  findByName(name: string): Person | undefined {
    const key = nameKey(name);
    if (key === "") return undefined;
    return this.byName.get(key);
  }

  /** Is the name known, whole or as one person's given name, surname or first given name and surname? */
  knowsName(name: string): boolean {
    const key = nameKey(name);
    return key !== "" && (this.byName.has(key) || this.nameParts.has(key));
  }

  /** A person named in the form (step 2, regisseur, vervanger, beheerder). */
  person(name: string, organisation: string, role: Role): Person | null {
    const n = norm(name);
    if (n === "" && role === "professional") return null;
    const existing = n === "" ? undefined : this.findByName(n);
    let person = existing;
    if (!person && role === "jeugdige")
      person = this.people.find((p) => p.code.role === "jeugdige" && [...p.names].length === 0);
    if (!person && role === "professional") {
      // the same professional written shorter elsewhere: "P. Hendriks" and "Pieter Hendriks" at one organisation
      const parts = parseName(n);
      const key = parts.surname ? nameKey(parts.surname) : "";
      person = this.people.find(
        (p) =>
          p.code.role === "professional" &&
          key !== "" &&
          [...p.names].some((m) => {
            const other = parseName(m);
            return (
              other.surname !== undefined &&
              nameKey(other.surname) === key &&
              other.initialLetters[0] === parts.initialLetters[0]
            );
          }) &&
          (organisation.trim() === "" ||
            p.organisations.size === 0 ||
            [...p.organisations].some((o) => nameKey(o) === nameKey(organisation))),
      );
    }
    person ??= this.create(role);
    this.addName(person, n);
    this.addOrg(person, organisation);
    return person;
  }

  /** Someone who signed a log entry or a stamp: linked to a named person by initials and organisation when possible. */
  signer(initials: string, organisation: string, name?: string): Person {
    const i = initials.trim();
    const orgKey = nameKey(organisation);
    const sameOrg = (p: Person): boolean =>
      orgKey === "" || p.organisations.size === 0 || [...p.organisations].some((o) => nameKey(o) === orgKey);
    let person = name ? this.findByName(name) : undefined;
    person ??= this.people.find((p) => p.initials.has(i) && sameOrg(p));
    person ??= this.people.find((p) => p.code.role !== "jeugdige" && p.derivedInitials.has(i) && sameOrg(p));
    if (!person) {
      const candidates = this.people.filter((p) => p.code.role === "professional" && p.derivedInitials.has(i));
      if (candidates.length === 1) person = candidates[0];
    }
    if (!person) {
      person = this.create(orgTypeOf(organisation) === "Gezin" ? "ouder" : "professional");
      if (!name) this.unlinkedSigners++;
    }
    if (i !== "" && !person.initials.has(i)) {
      person.initials.add(i);
      this.version++;
    }
    if (name) this.addName(person, name);
    this.addOrg(person, organisation);
    return person;
  }

  /** The code of an organisation; the same name always gets the same code. */
  organisation(raw: string): OrgCode {
    const o = norm(raw);
    const key = nameKey(o);
    const known = this.orgs.get(key);
    if (known) return known;
    const type = orgTypeOf(o);
    let code: OrgCode;
    if (type === "Zorgaanbieder") {
      const n = this.typeCounters.get(type) ?? 0;
      this.typeCounters.set(type, n + 1);
      code = { type, label: `Zorgaanbieder ${letterCode(n)}` };
    } else if (type === "Algemeen") {
      code = { type, label: o };
    } else {
      code = { type, label: type };
    }
    if (key !== "") {
      this.orgs.set(key, code);
      this.version++;
    }
    return code;
  }

  /** Registered organisation names with their codes (names as keys, lower case). */
  organisations(): ReadonlyMap<string, OrgCode> {
    return this.orgs;
  }
}

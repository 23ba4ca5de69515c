// Who made an edit typed outside the pane (plain Word, no add-in)? The person who opens the
// pane is NOT the author: the edit carries a hand stamp (trusted only when it is sound), or the
// pane asks, offering the people of step 2 and "onbekend". The log entry then names the real
// author (or "onbekend") and keeps who recorded it.
import type { ChangeEntry, NewEntry, Signer } from "./change-log";
import { dayToDutch } from "../text/dates";
import { findHandStamps, describeHandStamp, unreadStampLines, type HandStamp } from "./hand-stamp";
import { sameOrganisation } from "./identity-text";
import type { FormValues } from "../form/form-values";
import { peopleRows } from "../form/role-values";
import { TEMPLATE, type TemplateDef } from "../template";
import type { DataPart } from "../data-part/data-part-model";
import { valuesFromBoxTexts } from "../form/form-from-boxes";

/** The author fields of an entry whose author nobody knows ("N.N.", as in Dutch records). */
export const UNKNOWN_AUTHOR = { initials: "NN", organisation: "onbekend" } as const;

export type OutsideAuthor =
  /** The trusted hand stamp in the edit's new text. */
  | { kind: "stamp" }
  /** Chosen in the pane by the person recording it. */
  | { kind: "person"; initials: string; organisation: string }
  | { kind: "unknown" };

export interface StampReading {
  /** Stamps in the text the edit added, as read. */
  stamps: HandStamp[];
  /** The stamp the edit is attributed to; null when there is none or it cannot be trusted. */
  trusted: HandStamp | null;
  /** Dutch: why the stamps found are not trusted (null when trusted or none found). */
  reason: string | null;
}

export interface StampCheck {
  /** "YYYYMMDD" today (Amsterdam): later dates are in the future. */
  today: string;
  /** "YYYYMMDD" of the last change already in the log: the edit was made after it. */
  notBefore?: string;
  knownOrganisations?: readonly string[];
  /**
   * The people of the form (step 2): a stamp is only taken as its author's when its initials and
   * organisation are one of them. Anyone can type any stamp; an empty list trusts no stamp.
   */
  people: ReadonlyArray<Pick<Person, "initials" | "organisation">>;
}

const sameText = (a: HandStamp, b: HandStamp): boolean =>
  a.initials === b.initials && a.organisation === b.organisation && a.dateText === b.dateText && a.text === b.text;

/** Reads the hand stamps an outside edit added and decides whether one can be trusted. */
export function readEditStamps(before: string, after: string, check: StampCheck): StampReading {
  const options = { today: check.today, knownOrganisations: check.knownOrganisations };
  const appended = after.startsWith(before);
  const old = findHandStamps(before, options);
  const stamps = appended
    ? findHandStamps(after.slice(before.length), options)
    : findHandStamps(after, options).filter((s) => !old.some((o) => sameText(o, s)));
  if (stamps.length === 0) return { stamps, trusted: null, reason: null };
  const untrusted = (reason: string): StampReading => ({ stamps, trusted: null, reason });
  const spoofed = stamps.find((s) => s.spoof !== null);
  if (spoofed?.spoof) return untrusted(spoofed.spoof);
  const impossible = stamps.find((s) => s.verdict === "impossible");
  if (impossible) return untrusted(`De datum ‘${impossible.dateText}’ in de stempel bestaat niet.`);
  const future = stamps.find((s) => s.verdict === "future");
  if (future) return untrusted(`De datum ‘${future.dateText}’ in de stempel ligt in de toekomst.`);
  const early = check.notBefore ? stamps.find((s) => s.day !== null && s.day < check.notBefore!) : undefined;
  if (early && check.notBefore)
    return untrusted(
      `De datum ‘${early.dateText}’ in de stempel ligt vóór de laatste vastgelegde wijziging (${dayToDutch(check.notBefore)}).`,
    );
  const first = stamps[0]!;
  if (
    stamps.some(
      (s) =>
        s.initials !== first.initials ||
        s.organisation.toLocaleLowerCase("nl") !== first.organisation.toLocaleLowerCase("nl"),
    )
  ) {
    return untrusted("Er staan stempels van meer dan één persoon in deze wijziging.");
  }
  if (!appended)
    return untrusted(
      "Ook de tekst die er al stond is gewijzigd; een stempel geldt alleen voor wat eronder is toegevoegd.",
    );
  const added = after.slice(before.length);
  const unread = unreadStampLines(added, options).filter((line) => !line.startsWith(first.initials));
  if (unread.length > 0)
    return untrusted(
      `De regel ‘${unread[0]}’ lijkt op een stempel van iemand anders, maar kon niet als stempel worden gelezen.`,
    );
  if (!check.people.some((p) => p.initials === first.initials && sameOrganisation(p.organisation, first.organisation)))
    return untrusted(
      `${first.initials} van ${first.organisation} staat niet bij de betrokkenen in stap 2. Een stempel kan iedereen typen; alleen een betrokkene uit het formulier wordt als auteur overgenomen.`,
    );
  // Several lines by the same person: the latest day counts.
  const latest = stamps.reduce((a, b) => ((b.day ?? "") > (a.day ?? "") ? b : a));
  return { stamps, trusted: latest, reason: null };
}

export interface Person {
  /** As written in step 2 (shown in the pane only; the log keeps initials). */
  name: string;
  initials: string;
  organisation: string;
}

const PARTICLES = new Set([
  "de",
  "den",
  "der",
  "het",
  "'t",
  "van",
  "ten",
  "ter",
  "te",
  "in",
  "op",
  "la",
  "le",
  "du",
  "d'",
]);

/** "Karin Hendriks" → "KH", "K. de Vries" → "KV", "Moeder" → "M"; null when no letters. At most 5. */
export function initialsOfName(name: string): string | null {
  const words = name
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s.]+/)
    .filter((w) => w !== "" && !PARTICLES.has(w.toLocaleLowerCase("nl")));
  const letters = words.map((w) => Array.from(w).find((c) => /\p{L}/u.test(c)) ?? "").join("");
  return letters === "" ? null : letters.toLocaleUpperCase("nl").slice(0, 5);
}

/** The people listed in step 2 (Betrokkenen), with derived initials; rows without a name are skipped. */
export function peopleOfForm(values: FormValues, template: TemplateDef = TEMPLATE): Person[] {
  return peopleRows(values, template).flatMap((r) => {
    const name = r.name.trim();
    const initials = initialsOfName(name);
    return initials ? [{ name, initials, organisation: r.organisation.trim() || UNKNOWN_AUTHOR.organisation }] : [];
  });
}

/**
 * How hand stamps are judged in this document: today, not before its last logged change, its
 * organisations. A repair is not a change of the form: it is logged on the day someone opened the
 * file (after LibreOffice, say), which may well be after the colleague typed and stamped.
 */
export function stampCheckOf(data: DataPart, texts: Readonly<Record<string, string>>, today: string): StampCheck {
  const last = data.changeLog.reduce<string | undefined>(
    (max, e) => (e.kind === "repair" || (max !== undefined && e.day <= max) ? max : e.day),
    undefined,
  );
  const people = peopleOfForm(valuesFromBoxTexts(texts, data.rowOrder).values);
  const knownOrganisations = [
    ...new Set([...data.changeLog.map((e) => e.organisation), ...people.map((p) => p.organisation)]),
  ];
  return {
    today,
    notBefore: last !== undefined && last <= today ? last : undefined,
    knownOrganisations,
    people: people.map(({ initials, organisation }) => ({ initials, organisation })),
  };
}

/** A box whose text differs from what was last attributed: typed, pasted or undone outside the pane. */
export interface OutsideEdit {
  key: string;
  before: string;
  after: string;
  /** Hand stamps the edit added, and whether one names its author (see hand-stamp.ts). */
  stamp: StampReading;
}

/** What the pane confirms: an outside edit and who made it. */
export interface AttributedOutsideEdit {
  key: string;
  before: string;
  after: string;
  /** Required: without it the edit is refused (never silently the current user). */
  author?: OutsideAuthor;
}

/** Boxes whose text differs from what was last attributed (typed, pasted, undone in Word). */
export function findOutsideEdits(
  data: DataPart,
  texts: Readonly<Record<string, string>>,
  today: string,
): OutsideEdit[] {
  const check = stampCheckOf(data, texts, today);
  return Object.entries(data.lastAttributed).flatMap(([key, before]) => {
    const after = texts[key];
    return after !== undefined && after !== before
      ? [{ key, before, after, stamp: readEditStamps(before, after, check) }]
      : [];
  });
}

export interface OutsideEditInput {
  key: string;
  before: string;
  after: string;
}

export type AttributedEntry = {
  input: NewEntry;
  author: Signer;
  day?: string;
  extra: Pick<ChangeEntry, "recorderInitials" | "recorderOrganisation" | "authorSource">;
};

/**
 * The log entry for one outside edit: author, day and description. Throws a Dutch message when
 * the author is missing or a stamp is claimed that the text does not hold.
 */
export function outsideEditEntry(
  edit: OutsideEditInput,
  author: OutsideAuthor | undefined,
  recorder: Signer,
  check: StampCheck,
  stepId?: string,
): AttributedEntry {
  const base = { kind: "externalEdit" as const, stepId, boxKey: edit.key, before: edit.before, after: edit.after };
  const extra = { recorderInitials: recorder.initials, recorderOrganisation: recorder.organisation };
  if (!author) throw new Error("Kies eerst wie deze wijziging heeft gemaakt (of ‘onbekend’).");
  if (author.kind === "stamp") {
    const { trusted, reason } = readEditStamps(edit.before, edit.after, check);
    if (!trusted || !trusted.day)
      throw new Error(reason ?? "Deze wijziging heeft geen stempel. Kies wie haar heeft gemaakt.");
    return {
      input: {
        ...base,
        description: `Gewijzigd buiten het venster: ${describeHandStamp(trusted)} (volgens stempel, vastgelegd door ${recorder.initials})`,
      },
      author: { initials: trusted.initials, organisation: trusted.organisation },
      day: trusted.day,
      extra: { ...extra, authorSource: "handStamp" },
    };
  }
  if (author.kind === "person") {
    const initials = author.initials.trim().toLocaleUpperCase("nl");
    const organisation = author.organisation.trim();
    if (!/^\p{L}{1,5}$/u.test(initials) || organisation === "")
      throw new Error("Kies een persoon met initialen en organisatie, of ‘onbekend’.");
    return {
      input: {
        ...base,
        description: `Gewijzigd buiten het venster door ${initials} volgens ${recorder.initials} (zonder stempel; datum is de dag van vastleggen)`,
      },
      author: { initials, organisation },
      extra: { ...extra, authorSource: "chosen" },
    };
  }
  return {
    input: {
      ...base,
      description: `Gewijzigd buiten het venster, auteur onbekend, vastgelegd door ${recorder.initials} (datum is de dag van vastleggen)`,
    },
    author: { ...UNKNOWN_AUTHOR },
    extra: { ...extra, authorSource: "unknown" },
  };
}

// The professional's profile: initials, organisation and (optionally) name. Initials and
// organisation go into every stamp ("PH 20200902, Ambiq: …"), so they must fit that format.
import * as z from "zod/mini";
import { charCount, collapseSpaces, hasControlChar } from "../form/text-rules";
import { hasLineBreak } from "../text/line-breaks";
import type { PrefillProfile } from "../form/form-values";
import type { Signer } from "./change-log";
import { hasInvisible, hasNonLatinLetter } from "./identity-text";

export interface Profile {
  /** 1–5 letters, upper case, e.g. "PH". */
  initials: string;
  organisation: string;
  /** May be "" (the name is optional). */
  name: string;
}

export const PROFILE_LIMITS = { initials: 5, organisation: 80, name: 100 } as const;

/** "p.h." → "PH", "é s" → "ÉS", fullwidth "ＰＨ" → "PH" (NFKC); null when it is not 1–5 Latin letters. */
export function normaliseInitials(raw: string): string | null {
  const s = raw.normalize("NFKC").replace(/[.\s]/g, "").toLocaleUpperCase("nl");
  return /^\p{L}{1,5}$/u.test(s) && !hasNonLatinLetter(s) ? s : null;
}

function initialsError(raw: string): string | null {
  const s = raw.normalize("NFKC").replace(/[.\s]/g, "");
  if (s === "") return "Vul uw initialen in (1 tot 5 letters, bijvoorbeeld PH).";
  if (!/^\p{L}+$/u.test(s)) return "Initialen mogen alleen letters bevatten (geen cijfers of tekens), bijvoorbeeld PH.";
  if (hasNonLatinLetter(s))
    return "Gebruik gewone (Latijnse) letters voor uw initialen; letters uit een ander schrift, zoals Cyrillisch of Grieks, kunnen op andere letters lijken.";
  if (normaliseInitials(raw) === null) return "Gebruik maximaal 5 letters voor uw initialen.";
  return null;
}

function organisationError(raw: string): string | null {
  const t = raw.trim();
  if (t === "") return "Vul uw organisatie in.";
  if (hasLineBreak(t)) return "De naam van uw organisatie past op één regel: haal de regelovergang weg.";
  if (hasControlChar(t) || hasInvisible(t))
    return "De naam van uw organisatie bevat een onzichtbaar stuurteken. Verwijder dat teken.";
  if (hasNonLatinLetter(t.normalize("NFKC")))
    return "Schrijf de naam van uw organisatie in gewone (Latijnse) letters; letters uit een ander schrift, zoals Cyrillisch of Grieks, kunnen op andere letters lijken.";
  if (t.includes(":"))
    return "De naam van uw organisatie mag geen dubbele punt (:) bevatten; die scheidt in een aanvulling de organisatie van de tekst.";
  if (charCount(collapseSpaces(t)) > PROFILE_LIMITS.organisation)
    return `De naam van uw organisatie is te lang (maximaal ${PROFILE_LIMITS.organisation} tekens).`;
  return null;
}

function nameError(raw: string): string | null {
  const t = raw.trim();
  if (hasLineBreak(t)) return "Uw naam past op één regel: haal de regelovergang weg.";
  if (hasControlChar(t)) return "Uw naam bevat een onzichtbaar stuurteken. Verwijder dat teken.";
  if (charCount(collapseSpaces(t)) > PROFILE_LIMITS.name)
    return `Uw naam is te lang (maximaal ${PROFILE_LIMITS.name} tekens).`;
  return null;
}

const checked = (check: (raw: string) => string | null, missing: string) =>
  z.string({ error: missing }).check(
    z.superRefine((v, ctx) => {
      const message = check(v);
      if (message) ctx.addIssue({ code: "custom", message });
    }),
  );

export const profileSchema = z.object({
  initials: z.pipe(
    checked(initialsError, "Vul uw initialen in (1 tot 5 letters, bijvoorbeeld PH)."),
    z.transform((v: string) => normaliseInitials(v) ?? v),
  ),
  organisation: z.pipe(
    checked(organisationError, "Vul uw organisatie in."),
    z.transform((v: string) => collapseSpaces(v.normalize("NFKC"))),
  ),
  name: z.pipe(
    z.optional(z.pipe(checked(nameError, "Uw naam moet tekst zijn."), z.transform(collapseSpaces))),
    z.transform((v: string | undefined) => v ?? ""),
  ),
});

export type ProfileErrors = Partial<Record<"initials" | "organisation" | "name" | "form", string>>;
export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: ProfileErrors };

export function parseProfile(input: unknown): ProfileResult {
  if (typeof input !== "object" || input === null)
    return { ok: false, errors: { form: "Er is geen profiel ingevuld." } };
  const r = profileSchema.safeParse(input);
  if (r.success) return { ok: true, profile: r.data };
  const errors: ProfileErrors = {};
  for (const issue of r.error.issues) {
    const key = issue.path[0];
    const slot = key === "initials" || key === "organisation" || key === "name" ? key : "form";
    errors[slot] ??= issue.message;
  }
  return { ok: false, errors };
}

/**
 * Who signs a change in the document: initials and organisation, as the stamps show. The
 * profile's name is never a signature: it only pre-fills the Beheerder box, where the form asks
 * for a name (see ownerOf); older
 * documents whose log entries carry a name are still read (ChangeEntry.name stays optional).
 */
export function signerOf(profile: Profile): Signer {
  return { initials: profile.initials, organisation: profile.organisation };
}

/** Name and organisation for the Beheerder box of a new form (the only place the name goes). */
export function ownerOf(profile: Profile): PrefillProfile {
  return { name: profile.name, organisation: profile.organisation };
}

/** Storage format version; bump when the stored shape changes. */
export const PROFILE_STORAGE_VERSION = 1;

export function serializeProfile(profile: Profile): string {
  return JSON.stringify({ version: PROFILE_STORAGE_VERSION, profile });
}

const DAMAGED: ProfileResult = {
  ok: false,
  errors: { form: "Het opgeslagen profiel is beschadigd. Vul uw gegevens opnieuw in." },
};

export function deserializeProfile(stored: string | null | undefined): ProfileResult {
  if (!stored) return { ok: false, errors: { form: "Er is nog geen profiel opgeslagen." } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return DAMAGED;
  }
  if (typeof parsed !== "object" || parsed === null) return DAMAGED;
  const { version, profile } = parsed as { version?: unknown; profile?: unknown };
  if (version !== PROFILE_STORAGE_VERSION) return DAMAGED;
  const r = parseProfile(profile);
  return r.ok ? r : DAMAGED;
}

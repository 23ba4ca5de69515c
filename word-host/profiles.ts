// Platform profiles: which requirement sets each simulated Word answers to.
// Sources: https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets
// (Office 2019 = WordApi 1.1–1.3; Word on the web / Microsoft 365 = WordApi 1.1–1.9),
// https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-desktop-requirement-sets,
// https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-hiddendocument-requirement-sets,
// https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets.
import { WORD_API_SETS } from "./api-sets.generated";

export type ProfileName = "web" | "desktop" | "office2019";

export interface Profile {
  name: ProfileName;
  /** set name -> highest supported minor version ("1.9") */
  sets: Record<string, string>;
  host: "Word";
  platform: "OfficeOnline" | "PC";
  version: string;
}

const COMMON: Record<string, string> = {
  BindingEvents: "1.1",
  CompressedFile: "1.1",
  CustomXmlParts: "1.1",
  DocumentEvents: "1.1",
  File: "1.1",
  ImageCoercion: "1.1",
  MatrixBindings: "1.1",
  MatrixCoercion: "1.1",
  OoxmlCoercion: "1.1",
  PdfFile: "1.1",
  Selection: "1.1",
  Settings: "1.1",
  TableBindings: "1.1",
  TableCoercion: "1.1",
  TextBindings: "1.1",
  TextCoercion: "1.1",
  TextFile: "1.1",
  AddinCommands: "1.1",
  DialogApi: "1.1",
};

export const PROFILES: Record<ProfileName, Profile> = {
  web: {
    name: "web",
    host: "Word",
    platform: "OfficeOnline",
    version: "16.0.19000.10000",
    sets: {
      ...COMMON,
      WordApi: "1.9",
      WordApiOnline: "1.1",
      DialogApi: "1.2",
      AddinCommands: "1.3",
      SharedRuntime: "1.1",
      RibbonApi: "1.1",
    },
  },
  desktop: {
    name: "desktop",
    host: "Word",
    platform: "PC",
    version: "16.0.19000.20000",
    sets: {
      ...COMMON,
      WordApi: "1.9",
      WordApiDesktop: "1.3",
      WordApiHiddenDocument: "1.5",
      DialogApi: "1.2",
      AddinCommands: "1.3",
      SharedRuntime: "1.1",
      RibbonApi: "1.1",
    },
  },
  office2019: {
    name: "office2019",
    host: "Word",
    platform: "PC",
    version: "16.0.10417.20000",
    sets: { ...COMMON, WordApi: "1.3", AddinCommands: "1.1" },
  },
};

/** Lowest versions per set: WordApiHiddenDocument starts at 1.3. */
const FIRST_VERSION: Record<string, string> = { WordApiHiddenDocument: "1.3" };

function cmp(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Office.context.requirements.isSetSupported semantics: version optional, compared numerically. */
export function isSetSupported(profile: Profile, name: string, version?: string | number): boolean {
  const max = Object.entries(profile.sets).find(([k]) => k.toLowerCase() === String(name).toLowerCase())?.[1];
  if (!max) return false;
  if (version === undefined || version === null || version === "") return true;
  const v = typeof version === "number" ? version.toFixed(1) : String(version);
  const first = FIRST_VERSION[name];
  if (first && cmp(v, first) < 0) return false;
  return cmp(v, max) <= 0;
}

/** Requirement set of a Word proxy member, from the generated table (null when unknown). */
export function requirementOf(className: string, member: string): string | null {
  return WORD_API_SETS[className]?.[member] ?? null;
}

/** null when supported, else the missing "Set x.y" string. */
export function missingSet(profile: Profile, className: string, member: string, overrideSet?: string): string | null {
  const req = overrideSet ?? requirementOf(className, member);
  if (!req) return null;
  const [name, version] = req.split(" ");
  return isSetSupported(profile, name, version) ? null : req;
}

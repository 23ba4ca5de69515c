// What the Word layer stores in the document's custom XML part, as data.
import * as z from "zod/mini";
import type { ChangeEntry } from "../log/change-log";
import { changeEntrySchema } from "../log/change-log";
import { isDay } from "../dates/dates";
import { randomBase36, secureRandom } from "../log/hash";
import { BOX_KEY_SHAPE, FIELD_ID_SHAPE as FIELD_ID, ROW_KEY } from "../form/boxes";
import { foreignSchema, type ForeignElement } from "./foreign-xml";
import { FORMAT_SHAPE } from "./format-version";

export interface AgreedState {
  day: string;
  initials: string;
  organisation: string;
}

/** Identifies one version of the form; two copies amended apart share a number but not an id. */
export interface VersionRef {
  formVersion: number;
  versionId: string;
}

export interface DataPart {
  templateId: string;
  templateVersion: string;
  documentId: string;
  /** Incremented on each agreed change. */
  formVersion: number;
  versionId: string;
  previousVersion: VersionRef | null;
  agreed: AgreedState | null;
  /** Per box key, the box text last attributed (stamped/logged); differences are unattributed edits. */
  lastAttributed: Record<string, string>;
  /** Per rows field, the row keys in document order. */
  rowOrder: Record<string, string[]>;
  /** How many of the oldest log entries live in archive parts (see log-archive.ts); 0 or absent: none. */
  archivedEntries?: number;
  /**
   * Id of the first entry this document sealed (log-chain.ts): from it on, every entry must be
   * sealed, so seals stripped from the file are a change, not an older version.
   */
  sealedFrom?: string;
  /** In the document's data part: the entries not archived. Read by the add-in: the whole log. */
  changeLog: ChangeEntry[];
  /**
   * Set when "Nieuwe handreiking" put the form after existing content: where the original ended, so
   * "Handreiking weer weghalen" can check it before removing exactly what was added (undo-appended.ts).
   */
  appendedAfter?: AppendedAfter;
  /** The data format ("major.minor") of the add-in that last wrote the part; absent: format 1 (format-version.ts). */
  formatVersion?: string;
  /** The version of the add-in that last wrote the part; absent: an add-in from before this was recorded. */
  addinVersion?: string;
  /** Elements of the part this add-in does not know (a newer add-in's), written back unchanged (foreign-xml.ts). */
  foreign?: ForeignElement[];
}

/** The original body before the append: counts, and a hash (not the text) of its paragraph texts. */
export interface AppendedAfter {
  paragraphs: number;
  tables: number;
  controls: number;
  fingerprint: string;
}

const ID = /^[0-9A-Za-z][0-9A-Za-z_.-]{0,99}$/;

const count = z.int().check(z.nonnegative());
const shaped = (re: RegExp, message?: string) => z.string().check(z.regex(re, message));

export const dataPartSchema = z.object({
  templateId: shaped(FIELD_ID, "Ongeldige sjabloon-id."),
  templateVersion: shaped(/^\d+\.\d+(\.\d+)?$/, "Ongeldige sjabloonversie."),
  documentId: shaped(ID, "Ongeldige document-id."),
  formVersion: count,
  versionId: shaped(ID, "Ongeldige versie-id."),
  previousVersion: z.nullable(z.object({ formVersion: count, versionId: shaped(ID) })),
  agreed: z.nullable(
    z.object({
      day: z.string().check(z.refine(isDay, "Ongeldige datum.")),
      initials: shaped(/^\p{L}{1,5}$/u),
      organisation: z.string().check(z.minLength(1)),
    }),
  ),
  lastAttributed: z.record(shaped(BOX_KEY_SHAPE, "Ongeldige vaksleutel."), z.string()),
  rowOrder: z.record(shaped(FIELD_ID, "Ongeldige veld-id."), z.array(shaped(ROW_KEY, "Ongeldige rijsleutel."))),
  archivedEntries: z.optional(count),
  sealedFrom: z.optional(z.string().check(z.maxLength(300))),
  changeLog: z.array(changeEntrySchema),
  appendedAfter: z.optional(
    z.object({
      paragraphs: count,
      tables: count,
      controls: count,
      fingerprint: shaped(/^[0-9a-z]{1,40}$/),
    }),
  ),
  formatVersion: z.optional(shaped(FORMAT_SHAPE, "Ongeldig gegevensformaat.")),
  addinVersion: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  foreign: z.optional(foreignSchema),
});

/** A random id in the shape of a UUID v4; pass `random` for tests. */
export function newDocumentId(random: () => number = secureRandom): string {
  const hex = (n: number): string =>
    Array.from({ length: n }, () => Math.max(0, Math.min(15, Math.floor(random() * 16) || 0)).toString(16)).join("");
  const variant = "89ab"[Math.max(0, Math.min(3, Math.floor(random() * 4) || 0))];
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

export function newVersionId(random: () => number = secureRandom): string {
  return `v${randomBase36(10, random)}`;
}

export interface NewDataPartInput {
  templateId: string;
  templateVersion: string;
  documentId?: string;
  versionId?: string;
  random?: () => number;
}

export function newDataPart(input: NewDataPartInput): DataPart {
  return {
    templateId: input.templateId,
    templateVersion: input.templateVersion,
    documentId: input.documentId ?? newDocumentId(input.random),
    formVersion: 1,
    versionId: input.versionId ?? newVersionId(input.random),
    previousVersion: null,
    agreed: null,
    lastAttributed: {},
    rowOrder: {},
    changeLog: [],
  };
}

/** The next agreed version: number + 1, remembering which version it came from. */
export function nextFormVersion(data: DataPart, versionId: string = newVersionId()): DataPart {
  return {
    ...data,
    formVersion: data.formVersion + 1,
    versionId,
    previousVersion: { formVersion: data.formVersion, versionId: data.versionId },
  };
}

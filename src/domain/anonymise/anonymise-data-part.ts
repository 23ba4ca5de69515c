// The anonymised data part: the same log entries with shifted days, new ids, signers as codes
// and anonymised values; new document and version ids; the same row order.
import type { ChangeEntry } from "../log/change-log";
import { MAX_DESCRIPTION, MAX_LOGGED_VALUE, truncateText } from "../log/change-log";
import type { DataPart } from "../data-part/data-part-model";
import { newDocumentId, newVersionId } from "../data-part/data-part-model";
import { randomBase36 } from "../log/hash";
import type { BoxAnonymiser } from "./box-anonymiser";
import type { DateShifter } from "./date-shift";
import type { PeopleRegistry } from "./people";

export interface DataPartAnonymisers {
  boxes: BoxAnonymiser;
  people: PeopleRegistry;
  dates: DateShifter;
  random: () => number;
}

const clamp = (text: string, max: number): string => (text.length > max ? truncateText(text, max) : text);

/** A new log entry id from the shifted timestamp; a clash (poor random source, bad luck) is numbered, never retried
 * forever. */
function newEntryId(timestamp: string, random: () => number, usedIds: Set<string>): string {
  let id = `${Date.parse(timestamp).toString(36)}-${randomBase36(6, random)}`;
  for (let n = 2; usedIds.has(id); n++) id = `${Date.parse(timestamp).toString(36)}-${randomBase36(6, random)}.${n}`;
  usedIds.add(id);
  return id;
}

function anonymiseEntry(e: ChangeEntry, a: DataPartAnonymisers, usedIds: Set<string>): ChangeEntry {
  const { boxes, people, dates } = a;
  const day = dates.shiftDay(e.day) ?? e.day;
  const timestamp = dates.shiftTimestamp(e.timestamp, day);
  const id = newEntryId(timestamp, a.random, usedIds);
  const signer = people.signer(e.initials, e.organisation, e.name);
  const out: ChangeEntry = {
    id,
    timestamp,
    day,
    initials: signer.code.initials,
    organisation: people.organisation(e.organisation).label,
    kind: e.kind,
    description: clamp(boxes.scrub(e.description), MAX_DESCRIPTION),
  };
  if (e.name !== undefined) out.name = signer.code.label;
  if (e.stepId !== undefined) out.stepId = e.stepId;
  if (e.boxKey !== undefined) out.boxKey = e.boxKey;
  const value = (v: string): string => clamp(e.boxKey ? boxes.boxText(e.boxKey, v) : boxes.scrub(v), MAX_LOGGED_VALUE);
  if (e.before !== undefined) out.before = value(e.before);
  if (e.after !== undefined) out.after = value(e.after);
  if (e.recovered !== undefined) out.recovered = e.recovered;
  if (e.mergeConflict !== undefined) out.mergeConflict = e.mergeConflict;
  return out;
}

/** Every log entry anonymised, in the same order. */
export function anonymiseChangeLog(entries: readonly ChangeEntry[], a: DataPartAnonymisers): ChangeEntry[] {
  const usedIds = new Set<string>();
  return entries.map((e) => anonymiseEntry(e, a, usedIds));
}

/** Box key → anonymised text, for the box texts and the last attributed texts. */
export function anonymiseTexts(texts: Record<string, string>, boxes: BoxAnonymiser): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, boxes.boxText(k, t)]));
}

/** The data part around an anonymised log (see anonymiseChangeLog, which runs first). */
export function anonymiseDataPart(data: DataPart, changeLog: ChangeEntry[], a: DataPartAnonymisers): DataPart {
  const { people, dates, random } = a;
  const lastAttributed = anonymiseTexts(data.lastAttributed, a.boxes);
  const agreed = data.agreed
    ? {
        day: dates.shiftDay(data.agreed.day) ?? data.agreed.day,
        initials: people.signer(data.agreed.initials, data.agreed.organisation).code.initials,
        organisation: people.organisation(data.agreed.organisation).label,
      }
    : null;
  const documentId = newDocumentId(random);
  // The same old version id gets the same new one.
  const versionIds = new Map<string, string>();
  const versionId = (old: string): string => {
    let v = versionIds.get(old);
    if (!v) {
      v = newVersionId(random);
      versionIds.set(old, v);
    }
    return v;
  };
  return {
    templateId: data.templateId,
    templateVersion: data.templateVersion,
    documentId,
    formVersion: data.formVersion,
    versionId: versionId(data.versionId),
    previousVersion: data.previousVersion
      ? { formVersion: data.previousVersion.formVersion, versionId: versionId(data.previousVersion.versionId) }
      : null,
    agreed,
    lastAttributed,
    rowOrder: Object.fromEntries(Object.entries(data.rowOrder).map(([f, keys]) => [f, [...keys]])),
    changeLog,
  };
}

// Repairing what hands did to the form, as a plan: given the document as read, which operations
// put it right and which repair entries record them. Nothing is dropped:
// - a box control removed: the answer cell is wrapped again, with the text that is there;
// - the data part missing or unreadable: rebuilt from the visible log and the boxes; the
//   unreadable text is kept in a quarantine part (or setting), never deleted silently;
// - several data parts: the first readable one stays, the others go to quarantine;
// - the visible log and the data part disagree: the user says which is right (never taken
//   silently); the other side is kept whole in the repair entry (evidence);
// - the chain found changes made outside the add-in that cannot be undone: the repair records
//   that they were seen (chainReset, the findings as evidence) and checking starts again;
// - a box copied by hand: the copy stops being a box (its text stays);
// - every control stripped by another program: rebuilt (restore-plan.ts).
import { parseDataPart } from "../data-part/data-xml-read";
import type { DataPart } from "../data-part/data-part-model";
import { quarantineXml } from "../data-part/hidden-data";
import { rebuildData } from "../data-part/rebuild";
import { acknowledgementsOf, checkChain } from "../log/log-chain";
import { createEntry, type ChangeEntry, type Signer } from "../log/change-log";
import type { DocumentMap } from "../template/document-map";
import { REPAIR_REFUSALS, repairNoteText, SECOND_DATA_PART, type RepairNote, type RepairRefusal } from "../text/repair";
import type { WrapBox } from "./cell-ops";
import { repairLog, type LogOp } from "./repair-log";
import { repairBoxes } from "./repair-boxes";
import { planRestore, type NoteEntry, type RestoreOp, type RestoreSnapshot } from "./restore-plan";

/** The form as the repair reads it. */
export interface RepairSnapshot {
  kind: "empty" | "plain" | "form" | "other";
  /** Written by a newer add-in: never repaired. */
  future: boolean;
  /** Every data part of ours (id null: the copy in the document settings). */
  parts: { id: string | null; xml: string }[];
  storageKind: "settings" | "customXml" | "commonXml";
  /** Box key → text, for the boxes that are there. */
  boxes: Record<string, string>;
  /** The second and later controls with the same box tag. */
  duplicateIds: number[];
  hasLogTable: boolean;
  logRows: string[][] | null;
  /** How many of the oldest log entries are archived. */
  archiveCount: number;
  documentMap: DocumentMap;
  /** Present when every control lost its tag (another program): what the restore reads. */
  stripped: RestoreSnapshot | null;
}

export interface RepairInput {
  logSide?: "visible" | "data";
  signer: Signer;
  now: Date;
  random?: () => number;
  /** The host lets add-ins set placeholder text. */
  placeholders: boolean;
}

export type RepairOp =
  | RestoreOp
  | WrapBox
  | LogOp
  /** A data part moved aside: into the settings' quarantine (`partId` null) or a quarantine part. */
  | { op: "setAside"; partId: string | null; raw: string; reason: string; xml: string }
  | { op: "unbox"; controlId: number };

export interface RepairOutcome {
  notes: RepairNote[];
  chainReset: boolean;
  counts: { partsSetAside: number; boxesRestored: number; copiesUnboxed: number };
}

export type RepairPlan =
  | { kind: "refused"; refusal: RepairRefusal; errorKind: "notFound" | "notSupported" | "invalid"; message: string }
  | {
      kind: "repair";
      /** In batch order. On Word 2019 (commonXml) a setAside of a part runs after the batch. */
      operations: RepairOp[];
      /** The data as repaired (before the repair entries). */
      data: DataPart;
      /** A readable data part was kept (else the data is written to fresh storage). */
      dataKept: boolean;
      /** The copy in the settings goes to quarantine once the data part is written. */
      settingsCopyToQuarantine: boolean;
      /** Null: nothing to repair, nothing written. */
      write: { next: DataPart; entries: ChangeEntry[] } | null;
      outcome: RepairOutcome;
    };

const REFUSAL_KIND: Record<RepairRefusal, "notFound" | "notSupported" | "invalid"> = {
  notForm: "notFound",
  future: "notSupported",
  chooseLogSide: "invalid",
  archivedDifference: "notSupported",
  upgradeFirst: "notSupported",
};

export function refusal(code: RepairRefusal): Extract<RepairPlan, { kind: "refused" }> {
  return { kind: "refused", refusal: code, errorKind: REFUSAL_KIND[code], message: REPAIR_REFUSALS[code] };
}

export async function planRepair(read: RepairSnapshot, input: RepairInput): Promise<RepairPlan> {
  if (read.kind !== "form") return refusal("notForm");
  if (read.future) return refusal("future");
  const parts = planDataParts(read, input.now);
  const notes: RepairNote[] = [...parts.notes];
  const entryNotes: NoteEntry[] = [];
  const operations: RepairOp[] = [...parts.operations];
  let data = parts.data;
  if (read.stripped) {
    const restored = planRestore(read.documentMap, read.stripped, data, { ...input, rebuilt: !parts.kept });
    data = restored.data;
    operations.push(...restored.operations);
    entryNotes.push(...restored.notes);
  } else {
    const boxes = repairBoxes(read.documentMap, read.boxes, data, input.placeholders);
    operations.push(...boxes.operations);
    notes.push(...boxes.notes);
  }
  for (const controlId of read.duplicateIds) operations.push({ op: "unbox", controlId });
  if (read.duplicateIds.length > 0) notes.push({ code: "copiesUnboxed", count: read.duplicateIds.length });
  const log = await repairLog(read, data, parts.kept, input.logSide);
  if (log.kind === "refused") return refusal(log.refusal);
  operations.push(...log.operations);
  notes.push(...log.notes);
  const outcome: RepairOutcome = {
    notes: [...entryNotes.map((e) => e.note), ...notes],
    chainReset: log.chainReset,
    counts: {
      partsSetAside: parts.notes.filter((n) => n.code === "dataSetAside").length,
      boxesRestored: notes.filter((n) => n.code === "boxRestored").length,
      copiesUnboxed: read.duplicateIds.length,
    },
  };
  const base = {
    kind: "repair" as const,
    operations,
    dataKept: parts.kept,
    settingsCopyToQuarantine: parts.settingsCopy,
  };
  const entries = await repairEntries(log.data, entryNotes, notes, log, input);
  const write =
    entries.length === 0 ? null : { next: { ...log.data, changeLog: [...log.data.changeLog, ...entries] }, entries };
  return { ...base, data: log.data, write, outcome };
}

/** The first readable data part stays; the others are set aside; none readable: rebuilt. */
function planDataParts(
  read: RepairSnapshot,
  now: Date,
): { data: DataPart; kept: boolean; settingsCopy: boolean; operations: RepairOp[]; notes: RepairNote[] } {
  const readable = read.parts.map((part) => ({ part, parsed: parseDataPart(part.xml) }));
  const keep = readable.find((r) => r.parsed.ok);
  const operations: RepairOp[] = [];
  const notes: RepairNote[] = [];
  let settingsCopy = false;
  for (const { part, parsed } of readable.filter((r) => r !== keep)) {
    const reason = parsed.ok ? SECOND_DATA_PART : parsed.error;
    // the copy in the settings beside a part: moved aside after the part is written (storage.ts)
    if (read.storageKind !== "settings" && !part.id) settingsCopy = true;
    else {
      const partId = read.storageKind === "settings" ? null : part.id;
      operations.push({ op: "setAside", partId, raw: part.xml, reason, xml: quarantineXml(part.xml, reason, now) });
    }
    notes.push({ code: "dataSetAside", extra: parsed.ok });
  }
  if (keep?.parsed.ok) return { data: keep.parsed.data, kept: true, settingsCopy, operations, notes };
  const rebuilt = rebuildData(read.logRows, read.boxes);
  notes.push({ code: "dataRebuilt", notes: rebuilt.notes });
  return { data: rebuilt.data, kept: false, settingsCopy, operations, notes };
}

/** One entry per note, the evidence and the chain reset on the last; ids made unique. */
async function repairEntries(
  data: DataPart,
  entryNotes: NoteEntry[],
  notes: RepairNote[],
  log: { evidence?: string; chainReset: boolean },
  input: RepairInput,
): Promise<ChangeEntry[]> {
  if (notes.length === 0 && entryNotes.length === 0) return [];
  // The reset names each break it accepts, as found now: it accepts those and nothing else (issue 27).
  const acknowledges = log.chainReset
    ? acknowledgementsOf(data.changeLog, await checkChain(data.changeLog, false, data.sealedFrom))
    : [];
  const make = (description: string, extra: Omit<NoteEntry, "note"> = {}): ChangeEntry =>
    createEntry({ kind: "repair", description, ...extra }, input.signer, input.now, input.random);
  const entries = [
    ...entryNotes.map(({ note, ...extra }) => make(repairNoteText(note), extra)),
    ...notes.map((note, i) => {
      const entry = make(repairNoteText(note));
      if (i < notes.length - 1) return entry;
      // The other side, whole: never shortened like before/after.
      return {
        ...entry,
        ...(log.evidence !== undefined ? { evidence: log.evidence } : {}),
        ...(log.chainReset ? { chainReset: true, acknowledges } : {}),
      };
    }),
  ];
  const unique: ChangeEntry[] = [];
  for (const e of entries)
    unique.push(unique.some((u) => u.id === e.id) ? { ...e, id: `${e.id}-${unique.length}` } : e);
  return unique;
}

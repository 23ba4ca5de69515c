// Which stored copy of the form data is the document's truth, and what the next write tidies:
// the custom XML part, older parts of the same document, and a copy in the document settings
// (written there by older versions of the add-in on Word 2019). The copy the visible log agrees
// with wins (see chooseStoredCopy); the rest is never reported as a problem, only tidied.
import { chooseStoredCopy, DATA_PART_NAMESPACE, parseDataPart, type DataPart, type StoredCopy } from "../domain";
import type { DataState } from "./read-form";
import type { Leftovers, StorageRef, StoredPart, StoredXml } from "./storage";
import { logTableEdited } from "./view";

export interface SettledData {
  data: DataState;
  storage: StorageRef;
  /** The chosen copy first, then copies that are a real problem (another document's, unreadable). */
  parts: StoredPart[];
}

/** The visible log shows exactly this data's log (archived entries counted, not compared). */
export function agreesWithVisibleLog(logRows: readonly string[][] | null, data: DataPart): boolean {
  if (!logRows) return false;
  const own = data.changeLog.length;
  return logRows.length === (data.archivedEntries ?? 0) + own && !logTableEdited(logRows.slice(logRows.length - own), data);
}

function settingsOnly(stored: StoredXml): SettledData {
  const parsed = stored.parts.map((p) => parseDataPart(p.xml));
  const only = parsed[0];
  const data: DataState = !only ? { status: "missing" } : only.ok ? { status: "ok", data: only.data } : { status: "unreadable", error: only.error, raw: only.raw };
  return { data, storage: { kind: "settings" }, parts: stored.parts };
}

export function settleStoredData(stored: StoredXml, logRows: readonly string[][] | null): SettledData {
  if (stored.futureParts.length > 0) return { data: { status: "future" }, storage: { kind: "settings" }, parts: [...stored.parts, ...stored.futureParts] };
  if (stored.kind === "settings") return settingsOnly(stored);
  const kind = stored.kind;
  const settingsPart: StoredPart | null = stored.settingsXml === null ? null : { id: null, namespaceUri: DATA_PART_NAMESPACE, xml: stored.settingsXml };
  const parsed = stored.parts.map((part) => ({ part, result: parseDataPart(part.xml) }));
  const bad = parsed.filter((p) => !p.result.ok).map((p) => p.part);
  const settings = settingsPart ? parseDataPart(settingsPart.xml) : null;
  const copies: StoredCopy<StoredPart>[] = [
    ...parsed.flatMap((p) => (p.result.ok ? [{ data: p.result.data, source: p.part }] : [])),
    ...(settings?.ok && settingsPart ? [{ data: settings.data, source: settingsPart }] : []),
  ];
  const choice = chooseStoredCopy(copies, (d) => agreesWithVisibleLog(logRows, d));
  if (!choice) {
    const unreadable = bad.length > 0 ? bad : settingsPart ? [settingsPart] : [];
    const first = unreadable[0] ? parseDataPart(unreadable[0].xml) : null;
    const data: DataState =
      unreadable.length === 0 || !first ? { status: "missing" }
      : unreadable.length > 1 ? { status: "several", count: unreadable.length, data: null }
      : first.ok ? { status: "ok", data: first.data }
      : { status: "unreadable", error: first.error, raw: first.raw };
    // An unreadable settings copy beside unreadable parts goes to quarantine on the next write.
    const leftovers = settingsPart && bad.length > 0 ? { settingsCopy: "quarantine" as const, staleParts: [] } : undefined;
    return { data, storage: { kind, partId: null, ...(leftovers ? { leftovers } : {}) }, parts: unreadable };
  }
  const staleParts = choice.others.flatMap((o) => (o.source.id ? [o.source.id] : []));
  // The settings copy is replaced by a part: the chosen part, or one of the same document's.
  const partId = choice.chosen.source.id ?? staleParts.shift() ?? null;
  const settingsOther = choice.others.find((o) => o.source === settingsPart);
  const settingsCopy: Leftovers["settingsCopy"] = !settingsPart ? null : choice.chosen.source === settingsPart || settingsOther?.contained ? "remove" : "quarantine";
  const foreignParts = choice.foreign.flatMap((f) => (f.source === settingsPart ? [] : [f.source]));
  const problems = [...foreignParts, ...bad];
  const data: DataState = problems.length > 0 ? { status: "several", count: 1 + problems.length, data: choice.chosen.data } : { status: "ok", data: choice.chosen.data };
  const leftovers = settingsCopy || staleParts.length > 0 ? { leftovers: { settingsCopy, staleParts } } : {};
  return { data, storage: { kind, partId, ...leftovers }, parts: [choice.chosen.source, ...problems] };
}

// Which stored copy of the form data is the document's truth, and what the next write tidies:
// the custom XML part, older parts of the same document, and a copy in the document settings
// (written there by older versions of the add-in on Word 2019). The copy the visible log agrees
// with wins (see chooseStoredCopy); the rest is never reported as a problem, only tidied.
import {
  chooseStoredCopy,
  DATA_FORMAT_MAJOR,
  DATA_PART_NAMESPACE,
  logTableEdited,
  parseDataPart,
  type DataPart,
} from "../domain";
import type { DataState } from "../domain/plans/view-findings";
import type { Leftovers, StorageRef, StoredPart, StoredXml } from "./storage";

export interface SettledData {
  data: DataState;
  storage: StorageRef;
  /** The chosen copy first, then copies that are a real problem (another document's, unreadable). */
  parts: StoredPart[];
}

/**
 * The visible log shows exactly this data's log (archived entries counted, not compared).
 * `rowsStart`: visible rows before `logRows` that were not read (a tail read); when the rows
 * read do not cover the data's own entries, it cannot agree (the caller reads the rest).
 */
export function agreesWithVisibleLog(logRows: readonly string[][] | null, data: DataPart, rowsStart = 0): boolean {
  if (!logRows) return false;
  const own = data.changeLog.length;
  if (own > logRows.length) return false;
  return (
    rowsStart + logRows.length === (data.archivedEntries ?? 0) + own &&
    !logTableEdited(logRows.slice(logRows.length - own), data)
  );
}

function settingsOnly(stored: StoredXml): SettledData {
  const parsed = stored.parts.map((p) => parseDataPart(p.xml));
  const only = parsed[0];
  const data: DataState = !only
    ? { status: "missing" }
    : only.ok
      ? { status: "ok", data: only.data }
      : { status: "unreadable", error: only.error, raw: only.raw };
  return { data, storage: { kind: "settings" }, parts: stored.parts };
}

/** A part (or the settings copy) of a later data format than this add-in knows: the document is only read. */
function newerFormat(stored: StoredXml): DataState | null {
  const xmls = [...stored.parts.map((p) => p.xml), ...(stored.settingsXml === null ? [] : [stored.settingsXml])];
  for (const xml of xmls) {
    // a cheap look first: parsing is only needed for a format of a later major (the message names its writer)
    const major = /<(?:[\w.-]+:)?formatVersion(?:\s[^>]*)?>\s*(\d+)\./.exec(xml)?.[1];
    if (major === undefined || Number(major) <= DATA_FORMAT_MAJOR) continue;
    const parsed = parseDataPart(xml);
    if (!parsed.ok && parsed.newer) return { status: "future", message: parsed.error };
  }
  return null;
}

export function settleStoredData(stored: StoredXml, logRows: readonly string[][] | null, rowsStart = 0): SettledData {
  const newer = stored.futureParts.length > 0 ? { status: "future" as const } : newerFormat(stored);
  if (newer)
    return {
      data: newer,
      storage: { kind: "settings" },
      parts: [...stored.parts, ...stored.futureParts],
    };
  if (stored.kind === "settings") return settingsOnly(stored);
  const kind = stored.kind;
  const agrees = (d: DataPart) => agreesWithVisibleLog(logRows, d, rowsStart);
  const parsed = stored.parts.map((part) => ({ part, result: parseDataPart(part.xml) }));
  const bad = parsed.filter((p) => !p.result.ok).map((p) => p.part);
  const choice = chooseStoredCopy(
    parsed.flatMap((p) => (p.result.ok ? [{ data: p.result.data, source: p.part }] : [])),
    agrees,
  );
  const settingsPart: StoredPart | null =
    stored.settingsXml === null ? null : { id: null, namespaceUri: DATA_PART_NAMESPACE, xml: stored.settingsXml };
  const settings = settingsPart ? parseDataPart(settingsPart.xml) : null;
  const settingsCopy = settings?.ok && settingsPart ? { data: settings.data, source: settingsPart } : null;

  let chosen = choice?.chosen ?? settingsCopy;
  if (!chosen) {
    const unreadable = bad.length > 0 ? bad : settingsPart ? [settingsPart] : [];
    const first = unreadable[0] ? parseDataPart(unreadable[0].xml) : null;
    const data: DataState = !first
      ? { status: "missing" }
      : unreadable.length > 1
        ? { status: "several", count: unreadable.length, data: null }
        : first.ok
          ? { status: "ok", data: first.data }
          : { status: "unreadable", error: first.error, raw: first.raw };
    // An unreadable settings copy beside unreadable parts goes to quarantine on the next write.
    const leftovers =
      settingsPart && bad.length > 0
        ? { leftovers: { settingsCopy: "quarantine" as const, staleParts: [], setAside: [] } }
        : {};
    return { data, storage: { kind, partId: null, ...leftovers }, parts: unreadable };
  }

  const staleParts = choice ? choice.others.flatMap((o) => (o.source.id ? [o.source.id] : [])) : [];
  const problems = [...(choice?.foreign.map((f) => f.source) ?? []), ...bad];
  // A settings copy is this document's own history (written by an older add-in), whatever its
  // document id (an older repair gave it a new one): it competes with the chosen part only.
  const setAside: string[] = [];
  let settingsLeftover: Leftovers["settingsCopy"] = settingsPart ? "quarantine" : null;
  if (settingsCopy && choice) {
    const duel = chooseStoredCopy([choice.chosen, settingsCopy], agrees)!;
    const loser = [...duel.others, ...duel.foreign.map((f) => ({ ...f, contained: false }))][0]!;
    if (duel.chosen === settingsCopy) {
      if (!loser.contained) setAside.push(choice.chosen.source.xml); // the part is overwritten: its text is kept aside
      chosen = settingsCopy;
      settingsLeftover = "remove";
    } else settingsLeftover = loser.contained ? "remove" : "quarantine";
  } else if (settingsCopy) settingsLeftover = "remove";
  // When the settings copy wins, it replaces the part it won over (if any).
  const partId = chosen.source.id ?? choice?.chosen.source.id ?? null;
  const data: DataState =
    problems.length > 0
      ? { status: "several", count: 1 + problems.length, data: chosen.data }
      : { status: "ok", data: chosen.data };
  const leftovers =
    settingsLeftover || staleParts.length > 0 || setAside.length > 0
      ? { leftovers: { settingsCopy: settingsLeftover, staleParts, setAside } }
      : {};
  return { data, storage: { kind, partId, ...leftovers }, parts: [chosen.source, ...problems] };
}

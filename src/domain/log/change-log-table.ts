// The visible Wijzigingslogboek: one table row per entry (Datum, Initialen, Organisatie,
// Onderdeel, Wijziging). When the stored log is lost, the rows are read back into entries.
import type { TemplateDef } from "../template";
import { TEMPLATE, TEMPLATE_VERSIONS, partLabel } from "../template";
import type { ChangeEntry } from "./change-log";
import { MAX_DESCRIPTION, truncateText } from "./change-log";
import { isoToDay, parseDutchDate } from "../dates/dates";
import { dayToDutch } from "../text/dates";
import { parseBoxKey } from "../form/boxes";
import { shortHash } from "./hash";

export type TableRow = [datum: string, initialen: string, organisatie: string, onderdeel: string, wijziging: string];

/** "Stap 2 – Betrokkenen en rollen: Betrokkenen – Naam" for a cell, the field's part label otherwise. */
export function entryPartLabel(
  entry: Pick<ChangeEntry, "stepId" | "boxKey">,
  template: TemplateDef = TEMPLATE,
): string {
  const ref = entry.boxKey ? parseBoxKey(entry.boxKey, template) : null;
  if (entry.boxKey && !ref) {
    // Written in an earlier version of the handreiking, for a box this version renamed or removed:
    // named as the newest version that has the box named it (as the visible log row shows it).
    const key = entry.boxKey;
    const earlier = [...TEMPLATE_VERSIONS].reverse().find((t) => t !== template && parseBoxKey(key, t));
    if (earlier) return entryPartLabel(entry, earlier);
  }
  const base = partLabel(ref?.fieldId, entry.stepId, template);
  if (!ref?.columnId) return base;
  const column = template.steps
    .flatMap((s) => s.fields)
    .find((f) => f.id === ref.fieldId)
    ?.columns?.find((c) => c.id === ref.columnId);
  return column ? `${base} – ${column.label}` : base;
}

/** A removed row's cells ("Moeder | Ambiq | …", as the Word layer logs them) without the empty ones. */
export function removedRowText(cells: string): string {
  const filled = cells
    .split(" | ")
    .map((c) => c.trim())
    .filter((c) => c !== "");
  return filled.length === 0 ? "(lege rij)" : filled.join(" | ");
}

export function changeText(
  entry: Pick<ChangeEntry, "description" | "before" | "after"> & { kind?: ChangeEntry["kind"] },
): string {
  if (entry.kind === "rowRemoved" && entry.before !== undefined)
    return `${entry.description}\nVerwijderd: ${removedRowText(entry.before)}`;
  return legacyChangeText(entry);
}

/** How the log table showed every entry before removed rows were written as their cells. */
export function legacyChangeText(entry: Pick<ChangeEntry, "description" | "before" | "after">): string {
  const parts = [entry.description];
  if (entry.before !== undefined) parts.push(`Was: ${entry.before === "" ? "(leeg)" : entry.before}`);
  if (entry.after !== undefined) parts.push(`Nu: ${entry.after === "" ? "(leeg)" : entry.after}`);
  return parts.join("\n");
}

export function toTableRow(entry: ChangeEntry, template: TemplateDef = TEMPLATE): TableRow {
  return [
    dayToDutch(entry.day),
    entry.initials,
    entry.organisation,
    entryPartLabel(entry, template),
    changeText(entry),
  ];
}

/** Finds the step (and field) that a part label names, for recovered entries. */
function locatePart(label: string, template: TemplateDef): { stepId?: string; boxKey?: string } {
  for (const step of template.steps) {
    for (const field of step.fields) {
      if (partLabel(field.id, step.id, template) === label && field.kind !== "rows")
        return { stepId: step.id, boxKey: field.id };
    }
    const stepLabel = partLabel(undefined, step.id, template);
    if (label === stepLabel || label.startsWith(`${stepLabel}:`)) return { stepId: step.id };
  }
  return {};
}

/** Visible rows read back as entries (null: unreadable); identical rows are kept, each with its own id. */
export function recoverRows(
  rows: readonly string[][],
  taken: ReadonlySet<string> = new Set(),
): Array<ChangeEntry | null> {
  const ids = new Set(taken);
  return rows.map((row) => {
    const parsed = fromTableRow(row);
    if (!parsed.ok) return null;
    let id = parsed.entry.id;
    for (let n = 2; ids.has(id); n++) id = `${parsed.entry.id}.${n}`;
    ids.add(id);
    return { ...parsed.entry, id };
  });
}

export type TableRowResult = { ok: true; entry: ChangeEntry } | { ok: false; error: string };

/**
 * Reads a visible log row back into an entry (kind "repair", recovered). The id comes from
 * the row's content, so reading the same table twice gives the same entries.
 */
export function fromTableRow(cells: readonly string[], template: TemplateDef = TEMPLATE): TableRowResult {
  if (cells.length !== 5)
    return { ok: false, error: `Deze regel van het wijzigingslogboek heeft ${cells.length} kolommen in plaats van 5.` };
  const [datum = "", initialen = "", organisatie = "", onderdeel = "", wijziging = ""] = cells.map((c) => c.trim());
  const iso = parseDutchDate(datum);
  if (!iso)
    return { ok: false, error: `De datum ‘${datum}’ in het wijzigingslogboek is ongeldig (verwacht dd-mm-jjjj).` };
  if (!/^\p{L}{1,5}$/u.test(initialen))
    return {
      ok: false,
      error: `De initialen ‘${initialen}’ in het wijzigingslogboek zijn ongeldig (1 tot 5 letters).`,
    };
  if (organisatie === "")
    return { ok: false, error: "In een regel van het wijzigingslogboek ontbreekt de organisatie." };
  const entry: ChangeEntry = {
    id: `rec-${shortHash(JSON.stringify(cells.map((c) => c.trim())))}`,
    // Noon UTC is the same calendar day in Amsterdam, summer and winter.
    timestamp: `${iso}T12:00:00.000Z`,
    day: isoToDay(iso),
    initials: initialen,
    organisation: organisatie,
    kind: "repair",
    description: truncateText(wijziging, MAX_DESCRIPTION),
    recovered: true,
    ...locatePart(onderdeel, template),
  };
  return { ok: true, entry };
}

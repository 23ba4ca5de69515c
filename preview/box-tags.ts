// The boxes the emulated document has now (content controls tagged "hr:<key>"), with a Dutch
// label for the "Typ in het document" helper.
import { findField, parseBoxTag } from "../src/domain";

export interface BoxTag {
  tag: string;
  label: string;
}

const TAG = /<w:tag\s+w:val="([^"]*)"/g;

export function boxTagsIn(documentXml: string): BoxTag[] {
  const rowNumbers = new Map<string, number>();
  const seen = new Set<string>();
  const out: BoxTag[] = [];
  for (const match of documentXml.matchAll(TAG)) {
    const tag = match[1] ?? "";
    if (seen.has(tag)) continue;
    seen.add(tag);
    const ref = parseBoxTag(tag);
    if (!ref) continue;
    const location = findField(ref.fieldId);
    if (!location) continue;
    const step = location.step.shortTitle;
    let label = `${step}: ${location.field.label}`;
    if (ref.rowKey !== undefined && ref.columnId !== undefined) {
      const rowId = `${ref.fieldId}.${ref.rowKey}`;
      if (!rowNumbers.has(rowId))
        rowNumbers.set(rowId, [...rowNumbers.keys()].filter((k) => k.startsWith(`${ref.fieldId}.`)).length + 1);
      const column = location.field.columns?.find((c) => c.id === ref.columnId)?.label ?? ref.columnId;
      label = `${step}: ${location.field.label}, rij ${rowNumbers.get(rowId)}, ${column}`;
    }
    out.push({ tag, label });
  }
  return out;
}

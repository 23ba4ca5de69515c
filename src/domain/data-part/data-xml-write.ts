// The data part as XML for the document's custom XML part. Every user text is element content
// (never an attribute), escaped where XML 1.0 cannot carry it (see xml-text.ts).
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import type { DataPart } from "./data-part-model";
import { DATA_PART_NAMESPACE, DATA_PART_ROOT } from "./data-part-names";
import { addGroup, addText, writeEntry } from "./entry-xml";
import { writeForeign } from "./foreign-xml";

export function serializeDataPart(data: DataPart): string {
  const doc = new DOMImplementation().createDocument(DATA_PART_NAMESPACE, DATA_PART_ROOT, null);
  const root = doc.documentElement;
  if (!root) throw new Error("Kon het gegevensdeel niet maken.");
  for (const k of ["templateId", "templateVersion", "documentId"] as const) addText(doc, root, k, data[k]);
  addText(doc, root, "formVersion", String(data.formVersion));
  addText(doc, root, "versionId", data.versionId);
  if (data.previousVersion) {
    const prev = addGroup(doc, root, "previousVersion");
    addText(doc, prev, "formVersion", String(data.previousVersion.formVersion));
    addText(doc, prev, "versionId", data.previousVersion.versionId);
  }
  if (data.agreed) {
    const agreed = addGroup(doc, root, "agreed");
    for (const k of ["day", "initials", "organisation"] as const) addText(doc, agreed, k, data.agreed[k]);
  }
  const attributed = addGroup(doc, root, "lastAttributed");
  for (const [key, text] of Object.entries(data.lastAttributed)) {
    const box = addGroup(doc, attributed, "box");
    addText(doc, box, "key", key);
    addText(doc, box, "text", text);
  }
  const rowOrder = addGroup(doc, root, "rowOrder");
  for (const [fieldId, keys] of Object.entries(data.rowOrder)) {
    const field = addGroup(doc, rowOrder, "field");
    addText(doc, field, "id", fieldId);
    for (const k of keys) addText(doc, field, "row", k);
  }
  if (data.archivedEntries) addText(doc, root, "archivedEntries", String(data.archivedEntries));
  if (data.sealedFrom !== undefined) addText(doc, root, "sealedFrom", data.sealedFrom);
  if (data.appendedAfter) {
    const after = addGroup(doc, root, "appendedAfter");
    for (const k of ["paragraphs", "tables", "controls", "fingerprint"] as const)
      addText(doc, after, k, String(data.appendedAfter[k]));
  }
  const log = addGroup(doc, root, "changeLog");
  for (const e of data.changeLog) writeEntry(doc, log, e);
  if (data.formatVersion !== undefined) addText(doc, root, "formatVersion", data.formatVersion);
  if (data.addinVersion !== undefined) addText(doc, root, "addinVersion", data.addinVersion);
  for (const f of data.foreign ?? []) writeForeign(doc, root, f);
  return new XMLSerializer().serializeToString(doc);
}

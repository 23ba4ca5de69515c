// The data part's names: its namespaces, where it is kept without custom XML parts, the
// quarantine for unreadable data, and the root elements this add-in reads.
export const DATA_PART_MAJOR_VERSION = 1;
export const NAMESPACE_BASE = "urn:handreiking-regie:twente:form:";
export const DATA_PART_NAMESPACE = `${NAMESPACE_BASE}${DATA_PART_MAJOR_VERSION}`;
/** Where the add-in keeps the data part on a Word without custom XML parts (and older versions kept it on Word 2019):
 * the add-in's document settings. */
export const SETTINGS_DATA_KEY = "handreikingRegie.dataPart";
/** Unreadable or superseded form data is moved aside into parts (or a setting) of this namespace, never dropped. */
export const QUARANTINE_NAMESPACE = "urn:handreiking-regie:twente:quarantine:1";
export const QUARANTINE_SETTINGS_KEY = `${SETTINGS_DATA_KEY}.quarantine`;

/** "urn:…:form:7" → 7 for our namespaces, else null. */
export function namespaceMajor(namespaceUri: string): number | null {
  if (!namespaceUri.startsWith(NAMESPACE_BASE)) return null;
  const major = Number(namespaceUri.slice(NAMESPACE_BASE.length));
  return Number.isInteger(major) && major > 0 ? major : null;
}
/** The data part's root element. */
export const DATA_PART_ROOT = "form";

/** The data part's root elements this add-in reads; any other is kept as a foreign element. */
export const ROOT_KNOWN: ReadonlySet<string> = new Set<string>([
  "templateId",
  "templateVersion",
  "documentId",
  "formVersion",
  "versionId",
  "previousVersion",
  "agreed",
  "lastAttributed",
  "rowOrder",
  "archivedEntries",
  "sealedFrom",
  "appendedAfter",
  "changeLog",
  "formatVersion",
  "addinVersion",
]);

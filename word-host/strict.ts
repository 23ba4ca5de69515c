// ISO/IEC 29500 Strict packages (Word's "Strict Open XML Document") name the same elements and
// relationship types under http://purl.oclc.org/ooxml/… instead of the Transitional
// http://schemas.openxmlformats.org/…/2006/…. Word opens both and saves a Strict file as Strict.
// The emulator works on Transitional names: the parts it edits are mapped on load and mapped back
// on save, so a Strict file stays Strict. The map is one fixed table of namespace roots.

const STRICT = "http://purl.oclc.org/ooxml/";
const TRANSITIONAL = "http://schemas.openxmlformats.org/";
/** The namespace families whose Strict and Transitional URIs differ only in this root and the "/2006" step. */
const FAMILIES = "(wordprocessingml|drawingml|officeDocument|spreadsheetml|presentationml|schemaLibrary)";
const STRICT_URI = new RegExp(`${STRICT.replace(/[./]/g, "\\$&")}${FAMILIES}/`, "g");
const TRANSITIONAL_URI = new RegExp(`${TRANSITIONAL.replace(/[./]/g, "\\$&")}${FAMILIES}/2006/`, "g");

/** Whether a main document part is written in Strict namespaces. */
export function isStrictXml(xml: string): boolean {
  return xml.includes(`${STRICT}wordprocessingml/main`);
}

/** The same XML with every Strict namespace or relationship type in its Transitional form. */
export function strictToTransitional(xml: string): string {
  return xml.replace(STRICT_URI, (_m, family: string) => `${TRANSITIONAL}${family}/2006/`);
}

/** The reverse of strictToTransitional (for saving a package that was Strict when opened). */
export function transitionalToStrict(xml: string): string {
  return xml.replace(TRANSITIONAL_URI, (_m, family: string) => `${STRICT}${family}/`);
}

// Unreadable or superseded form data is moved aside, never dropped: a quarantine part (custom
// XML) or, where the data lived in the document settings, a quarantine setting.
export const SETTINGS_KEY = "handreikingRegie.dataPart";
export const QUARANTINE_NAMESPACE = "urn:handreiking-regie:twente:quarantine:1";
export const QUARANTINE_SETTINGS_KEY = `${SETTINGS_KEY}.quarantine`;

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold are written as \uXXXX so the raw text survives as text.
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

export function quarantineXml(raw: string, reason: string, when: Date): string {
  return `<quarantine xmlns="${QUARANTINE_NAMESPACE}" when="${when.toISOString()}" reason="${escapeXml(reason).replace(/"/g, "&quot;")}">${escapeXml(raw)}</quarantine>`;
}

/** Appends to the quarantine setting and removes the data setting (the caller persists the settings). */
export function quarantineSettingsCopy(raw: string, reason: string, when: Date): void {
  const settings = Office.context.document.settings;
  const previous = settings.get(QUARANTINE_SETTINGS_KEY);
  settings.set(QUARANTINE_SETTINGS_KEY, `${typeof previous === "string" ? previous : ""}${quarantineXml(raw, reason, when)}`);
  settings.remove(SETTINGS_KEY);
}

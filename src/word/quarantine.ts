// Unreadable or superseded form data is moved aside, never dropped: a quarantine part (custom
// XML) or, where the data lived in the document settings, a quarantine setting.
import {
  QUARANTINE_NAMESPACE,
  QUARANTINE_SETTINGS_KEY,
  quarantineXml,
  SETTINGS_DATA_KEY as SETTINGS_KEY,
} from "../domain";

export { SETTINGS_KEY, QUARANTINE_NAMESPACE, QUARANTINE_SETTINGS_KEY, quarantineXml };

/** Appends to the quarantine setting and removes the data setting (the caller persists the settings). */
export function quarantineSettingsCopy(raw: string, reason: string, when: Date): void {
  const settings = Office.context.document.settings;
  const previous = settings.get(QUARANTINE_SETTINGS_KEY);
  settings.set(
    QUARANTINE_SETTINGS_KEY,
    `${typeof previous === "string" ? previous : ""}${quarantineXml(raw, reason, when)}`,
  );
  settings.remove(SETTINGS_KEY);
}

// A document of an earlier data format is upgraded by the first write of this add-in: that write
// records this add-in's format and version (stampedByThisAddin) and one log entry saying so. The
// next write finds the current format and logs nothing more.
import { createEntry, type ChangeEntry } from "../log/change-log";
import type { DataPart } from "./data-part-model";
import { ADDIN_VERSION, DATA_FORMAT, DATA_FORMAT_MAJOR, FIRST_DATA_FORMAT, formatMajor } from "./format-version";

/** The data part is of an earlier data format than this add-in writes. */
export function formatUpgradeNeeded(data: Pick<DataPart, "formatVersion">): boolean {
  return formatMajor(data.formatVersion) < DATA_FORMAT_MAJOR;
}

/** The log entry of the upgrade, by whoever made the write that upgrades (`writer`: that write's first entry). */
export function formatUpgradeEntry(
  data: Pick<DataPart, "formatVersion" | "addinVersion">,
  writer: Pick<ChangeEntry, "initials" | "organisation" | "name">,
  now: Date,
  random?: () => number,
): ChangeEntry {
  const was = `gegevensformaat ${data.formatVersion ?? FIRST_DATA_FORMAT}${data.addinVersion ? `, invoegtoepassing versie ${data.addinVersion}` : ""}`;
  const description =
    `Gegevens bijgewerkt naar gegevensformaat ${DATA_FORMAT} door invoegtoepassing versie ${ADDIN_VERSION} (was ${was}). ` +
    "Het logboek wordt vanaf hier ook met SHA-256 aan elkaar gekoppeld.";
  return createEntry(
    { kind: "edit", description },
    { initials: writer.initials, organisation: writer.organisation, ...(writer.name ? { name: writer.name } : {}) },
    now,
    random,
  );
}

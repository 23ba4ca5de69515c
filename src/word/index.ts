// What the pane shows about its host: which Word, on which platform, with which requirement sets.
export interface HostInfo {
  host: string;
  platform: string;
  supportedSets: string[];
}

const CHECKED_SETS: ReadonlyArray<readonly [string, string]> = [
  ["WordApi", "1.3"],
  ["WordApi", "1.5"],
  ["WordApi", "1.9"],
  ["WordApiDesktop", "1.1"],
  ["WordApiHiddenDocument", "1.3"],
  ["CustomXmlParts", "1.0"],
];

/** Describes the host Office.js reports; safe to call outside Office. */
export function describeHost(info: { host: Office.HostType | null; platform: Office.PlatformType | null }): HostInfo {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  const supportedSets = requirements
    ? CHECKED_SETS.filter(([name, version]) => requirements.isSetSupported(name, version)).map(([n, v]) => `${n} ${v}`)
    : [];
  return {
    host: info.host ? String(info.host) : "geen",
    platform: info.platform ? String(info.platform) : "onbekend",
    supportedSets,
  };
}

// The add-in's version and the organisation's support contact, set by the build
// (webpack.config.js, DefinePlugin, from scripts/build-info.cjs; jest.config.js sets the same
// global). The one source of the version: the pane, the Zelftest report and every data part the
// add-in writes (src/domain/data-part/format-version.ts) read it here. Without the global
// (ts-run) the version is "ontwikkeling" and there is no contact.
// No imports: src/domain reads the version from here and must stay free of Office and React.

import type { TrustAnchor } from "./domain/log/key-list";

declare const HR_BUILD_INFO: BuildInfo | undefined;

export interface BuildInfo {
  /** package.json's version, e.g. "0.1.0". */
  version: string;
  /** One line the organisation set at release time (SUPPORT_CONTACT); "" when none. */
  supportContact: string;
  /** The organisations' public keys that may sign key lists (ORG_KEYS at release time); absent: none. */
  trustAnchors?: TrustAnchor[];
}

export const BUILD_INFO: BuildInfo =
  typeof HR_BUILD_INFO === "undefined" ? { version: "ontwikkeling", supportContact: "" } : HR_BUILD_INFO;

/** Who to ask, for the pane and the Zelftest report. */
export const supportText = (info: BuildInfo = BUILD_INFO): string =>
  info.supportContact || "de functioneel beheerder van uw organisatie";

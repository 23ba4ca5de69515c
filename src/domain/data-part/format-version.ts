// Which data format and which add-in wrote a data part, and whether this add-in may write to it.
// The format is "major.minor". A newer minor only adds fields: this add-in reads and writes such a
// document and keeps the fields it does not know (foreign-xml.ts). A newer major changes what
// known fields mean: this add-in only shows such a document and writes nothing to it.
// Format 1 is every data part without a format (add-ins before this record existed); format 2
// seals the log with SHA-256 beside the older chain (log-chain.ts).

import { BUILD_INFO } from "../../build-info";

export const DATA_FORMAT_MAJOR = 2;
export const DATA_FORMAT_MINOR = 0;
export const DATA_FORMAT = `${DATA_FORMAT_MAJOR}.${DATA_FORMAT_MINOR}`;
/** The format of a data part that records none (written before formats were recorded). */
export const FIRST_DATA_FORMAT = "1.0";

/** This add-in's version: the build's (src/build-info.ts, the one source; package.json's in a build and in jest). */
export const ADDIN_VERSION: string = BUILD_INFO.version;

export const FORMAT_SHAPE = /^\d{1,4}\.\d{1,4}$/;

export function formatMajor(format: string | undefined): number {
  return Number((format ?? FIRST_DATA_FORMAT).split(".")[0]);
}

/** The data part's format is of a later major than this add-in knows: only read it. */
export function isNewerFormat(format: string | undefined): boolean {
  return formatMajor(format) > DATA_FORMAT_MAJOR;
}

/** The Dutch message for a document this add-in must not write to. */
export function newerFormatMessage(format: string, addinVersion: string | undefined): string {
  const made = addinVersion
    ? `versie ${addinVersion} van de invoegtoepassing Handreiking Regie`
    : "een nieuwere versie van de invoegtoepassing Handreiking Regie";
  return (
    `Dit document is gemaakt met ${made} (gegevensformaat ${format}); u gebruikt versie ${ADDIN_VERSION}, ` +
    `die dat formaat niet kent. U kunt het document lezen, maar de invoegtoepassing wijzigt er niets in. ` +
    "Vraag uw IT-afdeling om de nieuwste versie van de invoegtoepassing."
  );
}

/** The data as this add-in writes it: with its data format and version as the last writer's (format-version.ts). */
export function stampedByThisAddin<T extends { formatVersion?: string; addinVersion?: string }>(data: T): T {
  return { ...data, formatVersion: DATA_FORMAT, addinVersion: ADDIN_VERSION };
}

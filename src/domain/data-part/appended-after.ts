// Where the original content ended when "Nieuwe handreiking" put the form after it. Only counts and
// a short hash go into the data part, never the text itself (the data part travels with the file).
import { shortHash } from "../log/hash";
import type { AppendedAfter } from "./data-part-model";

/** What the body held before the append: its paragraph texts in order, its top-level tables and its controls. */
export interface OriginalBody {
  paragraphTexts: readonly string[];
  tables: number;
  controls: number;
}

export function fingerprintOf(paragraphTexts: readonly string[]): string {
  // a separator no paragraph text holds, so ["ab"] and ["a", "b"] differ
  return shortHash(paragraphTexts.join("\u0000"));
}

export function appendedAfterOf(original: OriginalBody): AppendedAfter {
  return {
    paragraphs: original.paragraphTexts.length,
    tables: original.tables,
    controls: original.controls,
    fingerprint: fingerprintOf(original.paragraphTexts),
  };
}

/**
 * True when the body now starts with the original content as recorded: as many paragraphs, tables
 * and controls at least, and the first paragraphs hashing to the recorded fingerprint.
 */
export function originalStillThere(recorded: AppendedAfter, now: OriginalBody): boolean {
  return (
    now.paragraphTexts.length > recorded.paragraphs &&
    now.tables >= recorded.tables &&
    now.controls >= recorded.controls &&
    fingerprintOf(now.paragraphTexts.slice(0, recorded.paragraphs)) === recorded.fingerprint
  );
}

// One copy of a handreiking as the comparison and the merge read it (compare-copies.ts,
// copy-versions.ts, merge-record.ts): its own file, so those three do not import each other for it.
import type { DataPart } from "../data-part/data-part-model";

export interface CopyState {
  data: DataPart;
  /** Box key → text as it stands in that copy. */
  boxTexts: Record<string, string>;
}

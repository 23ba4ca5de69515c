// The research copy as one call that never throws, for the copy worker and for the pane's
// fallback without a worker: the copy's bytes, report and summary, or one Dutch sentence. The name
// lists come with the copy (in the browser fetched from the add-in's origin: name-lists.ts).
import { loadDutchLexicon } from "./name-lists";
import { ANONYMISE_ERRORS, anonymiseCopy, CopyError } from "./anonymise-docx";
import type { AnonymiseResult } from "./copy-worker-protocol";
import { transferableBytes } from "./copy-worker-protocol";

export async function makeCopy(
  bytes: ArrayBuffer | Uint8Array,
  code: string,
  marked: readonly string[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<AnonymiseResult> {
  try {
    const copy = await anonymiseCopy(bytes, { code, lexicon: await loadDutchLexicon(), marked, onProgress });
    return {
      ok: true,
      bytes: transferableBytes(copy.bytes),
      fileName: copy.fileName,
      counts: { ...copy.report.counts },
      warnings: copy.report.warnings,
      review: copy.report.review,
      removedLines: copy.removedLines,
      limits: copy.limits,
      summaryJson: JSON.stringify(copy.form.summary, null, 2),
    };
  } catch (error) {
    // only Dutch reaches the user: the copy's own sentences, never a library's or the engine's English
    return { ok: false, error: error instanceof CopyError ? error.message : ANONYMISE_ERRORS.failed };
  }
}

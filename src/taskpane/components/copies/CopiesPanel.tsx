// The "Kopieën" tab: an anonymised copy for research and comparing with another copy. Loaded
// only when the tab opens (its own chunk): the .docx reading and the anonymiser are not needed
// to fill in the form.
import { useMemo } from "react";
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { anonymiseInWorker } from "../../../document/anonymise-in-worker";
import { readCopyInWorker } from "../../../document/read-copy-in-worker";
import type { CopyState, MergeChoice } from "../../../domain";
import type { Counts } from "../../../domain/anonymise";
import type { FormView } from "../../../word/gateway";
import { downloadBytes } from "../../download";
import { MAX_COPY_BYTES, readFileBytes, summaryFileName, TOO_LARGE } from "../../copy-file";
import type { Outcome } from "../../hooks/useFormView";
import { CompareCopy } from "./CompareCopy";
import type { ReadResult } from "../../hooks/useOtherCopy";
import { ResearchCopy, type PreparedCopy } from "./ResearchCopy";
import { TitledSection } from "../TitledSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export interface CopiesPanelProps {
  view: FormView;
  busy: boolean;
  /** Open outside edits: nothing is copied or merged until they are signed. */
  blocked: boolean;
  /** The document as .docx bytes after a fresh read (null where Word cannot make a copy). */
  getCopy: () => Promise<Outcome<Uint8Array | null>>;
  onMerge: (there: CopyState, choices: Record<string, MergeChoice>, fileName: string) => Promise<boolean>;
}

/** Makes the research copy in the copy worker (anonymise-in-worker.ts): the pane stays usable and shows progress. */
async function prepareResearchCopy(
  getCopy: CopiesPanelProps["getCopy"],
  code: string,
  marked: readonly string[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<PreparedCopy | null> {
  const bytes = await getCopy();
  if (!bytes.ok) return null; // the pane already shows why
  if (bytes.value === null) return { status: "unsupported" };
  const copy = await anonymiseInWorker(bytes.value, { code, marked, onProgress, signal });
  // only Dutch reaches the user: the copy's own sentences (make-copy.ts)
  if (!copy.ok) return { status: "failed", message: copy.error, cancelled: copy.cancelled === true };
  const summaryName = summaryFileName(copy.fileName);
  const summary = new TextEncoder().encode(copy.summaryJson);
  const file = new Uint8Array(copy.bytes);
  return {
    status: "ready",
    fileName: copy.fileName,
    summaryName,
    counts: copy.counts as Counts,
    warnings: copy.warnings,
    review: copy.review,
    removed: copy.removedLines,
    limits: copy.limits,
    download: () => downloadBytes(file, copy.fileName),
    downloadSummary: () => downloadBytes(summary, summaryName, "application/json"),
  };
}

/** Reads the other copy in a Web Worker (read-copy-in-worker.ts): the pane stays usable, shows progress and can cancel.
 * */
async function readOther(
  file: File,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<ReadResult> {
  if (file.size > MAX_COPY_BYTES) return { ok: false, message: TOO_LARGE };
  try {
    const read = await readCopyInWorker(await readFileBytes(file), { onProgress, signal });
    if (read.ok) return { ok: true, there: { data: read.data, boxTexts: read.boxTexts }, fileName: file.name };
    return "cancelled" in read
      ? { ok: false, cancelled: true, message: read.error }
      : { ok: false, message: read.error };
  } catch {
    return {
      ok: false,
      message: "Dit bestand kon niet worden gelezen. Kies de kopie van de handreiking zelf (.docx).",
    };
  }
}

export default function CopiesPanel({ view, busy, blocked, getCopy, onMerge }: CopiesPanelProps) {
  const styles = useStyles();
  const here = useMemo(
    () => (view.data ? { data: view.data, boxTexts: view.boxTexts } : null),
    [view.data, view.boxTexts],
  );
  return (
    <TitledSection className={styles.root} titleId="copies-title" title="Kopieën">
      <ResearchCopy
        busy={busy}
        blocked={blocked}
        prepare={(code, marked, onProgress, signal) => prepareResearchCopy(getCopy, code, marked, onProgress, signal)}
      />
      <Divider />
      <CompareCopy here={here} busy={busy} blocked={blocked} readOther={readOther} onMerge={onMerge} />
    </TitledSection>
  );
}

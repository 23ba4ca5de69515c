// Signatures that do not verify belong with the problems shown on opening, not only in the Logboek.
// Checked here with the key ring the pane already holds, over the log the open already read: no
// extra round trip to Word.
import { useMemo } from "react";
import { signatureProblemsText, type ChangeEntry, type KeyRing } from "../../domain";
import type { DocumentProblem } from "../../word/gateway";
import { useSignatureStatuses } from "../components/SignatureSummary";

const NO_LOG: readonly ChangeEntry[] = [];

/** The signature problems of the log read, as one problem (none while checking, or without a key ring). */
export function useSignatureProblems(
  log: readonly ChangeEntry[] | undefined,
  ring: KeyRing | null | undefined,
): DocumentProblem[] {
  const entries = log ?? NO_LOG;
  const statuses = useSignatureStatuses(entries, ring);
  return useMemo(() => {
    if (!statuses) return [];
    const message = signatureProblemsText(entries, (e) => statuses.get(e.id));
    // the repair cannot make a signature fit: reported only
    return message ? [{ id: "signature", message, repairable: false }] : [];
  }, [entries, statuses]);
}

// In the log: what the signature check of the entries shown found, and what it could not check.
import { useEffect, useState } from "react";
import { Body1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import {
  byCount,
  checkSignatures,
  signatureProblem,
  type ChangeEntry,
  type KeyRing,
  type SignatureStatus,
} from "../../domain";

/** Each entry's signature status by entry id; null while the check runs (or without a key ring). */
export function useSignatureStatuses(
  log: readonly ChangeEntry[],
  ring: KeyRing | null | undefined,
): Map<string, SignatureStatus> | null {
  // the result remembers what it was computed for: a newer log or ring shows "wordt gecontroleerd" until done
  const [result, setResult] = useState<{
    log: readonly ChangeEntry[];
    ring: KeyRing;
    statuses: Map<string, SignatureStatus>;
  } | null>(null);
  useEffect(() => {
    if (!ring) return;
    let live = true;
    void checkSignatures(log, ring).then((check) => {
      if (live) setResult({ log, ring, statuses: new Map(log.map((e, i) => [e.id, check.statuses[i]!])) });
    });
    return () => {
      live = false;
    };
  }, [log, ring]);
  return result && result.log === log && result.ring === ring ? result.statuses : null;
}

export const NO_KEY_LIST =
  "Er is geen sleutellijst geladen: handtekeningen zijn niet gecontroleerd, en geen regel wordt als ondertekend getoond.";

export interface SignatureSummaryProps {
  ring: KeyRing | null;
  statuses: Map<string, SignatureStatus> | null;
  /** Oldest entries not read (their signatures are not checked either). */
  olderUnread: number;
}

export function SignatureSummary({ ring, statuses, olderUnread }: SignatureSummaryProps) {
  if (!ring || !statuses) return <Body1>Handtekeningen worden gecontroleerd…</Body1>;
  const problems = [...statuses.values()].filter(signatureProblem).length;
  return (
    <>
      {!ring.loaded && (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>
            {NO_KEY_LIST}
            {ring.refused.length > 0 ? ` ${ring.refused.join(" ")}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {ring.loaded && ring.refused.length > 0 && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{ring.refused.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {problems > 0 && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>
            {byCount(problems, "Bij 1 regel klopt", "Bij {n} regels klopt")} de ondertekening niet; zie ‘Ondertekening’
            bij de regel.
          </MessageBarBody>
        </MessageBar>
      )}
      {olderUnread > 0 && (
        <Body1>De handtekeningen van de oudere regels in het logarchief zijn niet gecontroleerd.</Body1>
      )}
    </>
  );
}

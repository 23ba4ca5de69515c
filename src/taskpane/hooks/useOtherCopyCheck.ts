// The other copy's log is checked (SHA-256, async) before anything can be taken over; a result
// counts only for the pair it was made for, so a stale check never shows beside a newer pair.
import { useEffect, useState } from "react";
import { checkOtherCopy, type CopyState, type OtherCopyCheck } from "../../domain";

/** The check of `other` against `here`, or null while it runs (or when either is missing). */
export function useOtherCopyCheck(here: CopyState | null, other: { there: CopyState } | null): OtherCopyCheck | null {
  const [checked, setChecked] = useState<{ here: unknown; other: unknown; check: OtherCopyCheck } | null>(null);
  useEffect(() => {
    let current = true;
    if (here && other)
      void checkOtherCopy(here, other.there).then((check) => current && setChecked({ here, other, check }));
    return () => {
      current = false;
    };
  }, [here, other]);
  return checked && checked.here === here && checked.other === other ? checked.check : null;
}

// Text typed in the pane that is not in the document yet: box drafts, additions after agreement,
// and which of them differ from the document. Closing the pane with such text asks first.
import { useEffect, useMemo, useState, type Dispatch, type SetStateAction } from "react";
import type { FormView } from "../../word/gateway";
import { unsavedBoxes, type DraftValue, type UnsavedBox } from "../box-model";

export interface DraftsState {
  drafts: Readonly<Record<string, DraftValue>>;
  amendDrafts: Readonly<Record<string, string>>;
  setDrafts: Dispatch<SetStateAction<Record<string, DraftValue>>>;
  setAmendDrafts: Dispatch<SetStateAction<Record<string, string>>>;
  unsaved: UnsavedBox[];
}

export const withoutKey = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const next = { ...record };
  delete next[key];
  return next;
};

export function useDrafts(view: FormView | null): DraftsState {
  const [drafts, setDrafts] = useState<Record<string, DraftValue>>({});
  const [amendDrafts, setAmendDrafts] = useState<Record<string, string>>({});
  const unsaved = useMemo(() => (view ? unsavedBoxes(view, drafts, amendDrafts) : []), [view, drafts, amendDrafts]);
  useLeaveWarning(unsaved.length > 0);
  return { drafts, amendDrafts, setDrafts, setAmendDrafts, unsaved };
}

/**
 * Closing the pane (or reloading it) with text not in the document: the browser asks first.
 * Word may close a task pane without this event; the text is then lost, so the pane saves on
 * leaving a box before agreement and names what is unsaved wherever it matters.
 */
function useLeaveWarning(hasUnsaved: boolean): void {
  useEffect(() => {
    if (!hasUnsaved) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [hasUnsaved]);
}

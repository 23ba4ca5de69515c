// Reading the document for the pane: opening (the log's tail or whole), the hidden-data check,
// selecting a box, and hearing of changes made outside the pane.
import { boxControl } from "../controls";
import type { FormGateway } from "../gateway";
import { readHiddenData } from "../hidden-data";
import { runWord } from "../run";
import type { GatewaySession } from "./session";

export type ReadingActions = Pick<
  FormGateway,
  "open" | "openWholeLog" | "hiddenData" | "selectBox" | "onDocumentChanged"
>;

export function readingActions(s: GatewaySession): ReadingActions {
  return {
    open: () => s.open(),
    openWholeLog: () => s.open("whole"),
    hiddenData: () => runWord((ctx) => readHiddenData(ctx, s.caps)),
    async selectBox(key) {
      await runWord(async (ctx) => {
        boxControl(ctx, key).select("Select");
        await ctx.sync();
      }).catch(() => undefined); // selecting is a convenience; never an error for the user
    },
    onDocumentChanged(callback) {
      const doc = Office.context.document;
      if (typeof doc.addHandlerAsync !== "function") return () => undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const handler = () => {
        clearTimeout(timer);
        timer = setTimeout(callback, 800);
      };
      doc.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => {
        clearTimeout(timer);
        doc.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
      };
    },
  };
}

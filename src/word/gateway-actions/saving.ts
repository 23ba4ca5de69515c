// Saving the document under a name (WordApi 1.5 Document.save), or saying how to do it by hand.
import type { FormGateway, SaveOutcome } from "../gateway";
import { runWord } from "../run";
import type { GatewaySession } from "./session";
import { SAVE_NOT_SUPPORTED } from "../../domain/text/capabilities";

export type SavingActions = Pick<FormGateway, "saveWithName">;

export function savingActions(s: GatewaySession): SavingActions {
  return {
    async saveWithName(name): Promise<SaveOutcome> {
      if (!s.caps.saveWithName)
        return {
          status: "notSupported",
          message: SAVE_NOT_SUPPORTED,
        };
      if (Office.context.document.url) return { status: "alreadyNamed" };
      await runWord(async (ctx) => {
        ctx.document.save("Save", name);
        await ctx.sync();
      });
      return { status: "saved", fileName: name };
    },
  };
}

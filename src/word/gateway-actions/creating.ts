// Making a form: a new handreiking from the bundled template, or converting a plain document.
import { ownerOf, signerOf, TEMPLATE, type Profile } from "../../domain";
import { convertDocument, newFromTemplate, type ConvertResult } from "../convert";
import type { FormGateway } from "../gateway";
import { appendTemplate } from "../append-template";
import { runWord } from "../run";
import { WordLayerError } from "../errors";
import { removeAppended } from "../undo-append";
import { upgradeForm } from "../upgrade";
import type { GatewaySession } from "./session";

export type CreatingActions = Pick<FormGateway, "newDocument" | "convert" | "removeAppended">;

export function creatingActions(s: GatewaySession): CreatingActions {
  const { caps, options } = s;
  const made = (profile: Profile) => ({ signer: signerOf(profile), owner: ownerOf(profile), now: options.now?.() });

  /** A plain document of an earlier version was converted as that version: upgrade it in the same run (two more round
   * trips). */
  async function upgradeConverted(ctx: Word.RequestContext, converted: ConvertResult, profile: Profile): Promise<void> {
    if (converted.data.templateVersion === TEMPLATE.version) return;
    await upgradeForm(
      ctx,
      caps,
      { data: converted.data, storage: converted.storage },
      { signer: signerOf(profile), now: options.now?.() },
    );
  }

  return {
    async newDocument(profile, placement = "empty") {
      const base64 = await options.loadTemplateBase64();
      const make = placement === "afterContent" ? appendTemplate : newFromTemplate;
      await runWord(async (ctx) => upgradeConverted(ctx, await make(ctx, caps, base64, made(profile)), profile));
      return s.open();
    },
    async removeAppended() {
      // read again now: the pane's view may be older than the document
      const view = await s.open();
      const handle = s.handle();
      const recorded = handle?.data.appendedAfter;
      if (view.kind !== "form" || !handle || !recorded)
        throw new WordLayerError("invalid", { code: "undoNotAppended" });
      const data = handle.data;
      const untouched =
        data.changeLog.length === 1 &&
        !data.archivedEntries &&
        view.outsideEdits.length === 0 &&
        view.problems.length === 0 &&
        Object.entries(view.boxTexts).every(([key, text]) => data.lastAttributed[key] === text);
      // deleting what a person typed would delete content the add-in did not make
      if (!untouched) throw new WordLayerError("invalid", { code: "undoTouched" });
      await runWord((ctx) => removeAppended(ctx, recorded, handle.storage));
      return s.open();
    },
    async convert(profile) {
      s.refuseFuture();
      await runWord(async (ctx) => upgradeConverted(ctx, await convertDocument(ctx, caps, made(profile)), profile));
      return s.open();
    },
  };
}

// Making a form: a new handreiking from the bundled template, or converting a plain document.
import { ownerOf, signerOf, TEMPLATE, type Profile } from "../../domain";
import { convertDocument, newFromTemplate, type ConvertResult } from "../convert";
import type { FormGateway } from "../gateway";
import { appendTemplate } from "../append-template";
import { runWord } from "../run";
import { upgradeForm } from "../upgrade";
import type { GatewaySession } from "./session";

export type CreatingActions = Pick<FormGateway, "newDocument" | "convert">;

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
    async convert(profile) {
      s.refuseFuture();
      await runWord(async (ctx) => upgradeConverted(ctx, await convertDocument(ctx, caps, made(profile)), profile));
      return s.open();
    },
  };
}

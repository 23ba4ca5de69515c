// Putting a form right: repairing a damaged form or log, and upgrading it to the current handreiking.
import { signerOf } from "../../domain";
import { WordLayerError } from "../errors";
import type { FormGateway } from "../gateway";
import { repairForm } from "../repair";
import { runWord } from "../run";
import { upgradeForm } from "../upgrade";
import type { GatewaySession } from "./session";

export type RepairingActions = Pick<FormGateway, "repair" | "upgradeTemplate">;

export function repairingActions(s: GatewaySession): RepairingActions {
  const { caps, options } = s;
  return {
    async repair(profile, logSide) {
      s.refuseFuture();
      if (s.view()?.templateUpgrade)
        throw new WordLayerError("notSupported", { code: "repair", refusal: "upgradeFirst" });
      await runWord((ctx) => repairForm(ctx, caps, s.who(profile), logSide));
      return s.open();
    },
    async upgradeTemplate(profile) {
      s.refuseFuture();
      const current = s.handle();
      const view = s.view();
      if (!current || !view?.templateUpgrade)
        throw new WordLayerError("notFound", { code: "upgrade", refusal: { code: "notNeeded" } });
      if (view.templateUpgrade.error)
        throw new WordLayerError("notSupported", { code: "worded", text: view.templateUpgrade.error });
      await runWord((ctx) => upgradeForm(ctx, caps, current, { signer: signerOf(profile), now: options.now?.() }));
      return s.open();
    },
  };
}

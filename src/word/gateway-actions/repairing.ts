// Putting a form right: repairing a damaged form or log, and upgrading it to the current handreiking.
import { signerOf } from "../../domain";
import { WordLayerError } from "../errors";
import type { FormGateway } from "../gateway";
import { repairForm } from "../repair";
import { runWord } from "../run";
import { upgradeForm } from "../upgrade";
import type { GatewaySession } from "./session";
import { REFUSED_TEXT } from "../../domain/text/errors";

export type RepairingActions = Pick<FormGateway, "repair" | "upgradeTemplate">;

export function repairingActions(s: GatewaySession): RepairingActions {
  const { caps, options } = s;
  return {
    async repair(profile, logSide) {
      s.refuseFuture();
      if (s.view()?.templateUpgrade) throw new WordLayerError("notSupported", REFUSED_TEXT.upgradeBeforeRepair);
      await runWord((ctx) => repairForm(ctx, caps, s.who(profile), logSide));
      return s.open();
    },
    async upgradeTemplate(profile) {
      s.refuseFuture();
      const current = s.handle();
      const view = s.view();
      if (!current || !view?.templateUpgrade) throw new WordLayerError("notFound", REFUSED_TEXT.noUpgradeNeeded);
      if (view.templateUpgrade.error) throw new WordLayerError("notSupported", view.templateUpgrade.error);
      await runWord((ctx) => upgradeForm(ctx, caps, current, { signer: signerOf(profile), now: options.now?.() }));
      return s.open();
    },
  };
}

// The sentences of converting the plain handreiking into the form (plans/convert-plan.ts decides).
import type { ConvertPlan } from "../plans/convert-plan";

export type ConvertRefusal = Extract<ConvertPlan, { ok: false }>["code"];

/** Why nothing was converted. */
export const CONVERT_REFUSED: Record<ConvertRefusal, string> = {
  notHandreiking: "Dit document is niet (meer) de Handreiking Regie; er is niets omgezet.",
};

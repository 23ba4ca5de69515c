// Edits to an open form, each one Word.run (see GatewaySession.edit): boxes, additions, agreement,
// rows, signing outside edits, and removing quarantined hidden data.
import { addRow, agreeForm, amendBox, attributeOutsideEdits, removeRow, writeBox } from "../edits";
import type { AttributedOutsideEdit, FormGateway } from "../gateway";
import { removeQuarantined } from "../hidden-data";
import type { GatewaySession } from "./session";

export type EditingActions = Pick<
  FormGateway,
  "writeBox" | "amend" | "agree" | "addRow" | "removeRow" | "attributeOutsideEdits" | "removeQuarantined"
>;

export function editingActions(s: GatewaySession): EditingActions {
  const { edit, who } = s;
  return {
    writeBox: (key, text, profile) => edit((ctx, h, texts) => writeBox(ctx, h, texts, key, text, who(profile))),
    amend: (key, addition, profile) => edit((ctx, h, texts) => amendBox(ctx, h, texts, key, addition, who(profile))),
    agree: (day, profile, note) => edit((ctx, h) => agreeForm(ctx, h, day, who(profile), note)),
    addRow: (fieldId, profile) => edit(async (ctx, h) => (await addRow(ctx, h, fieldId, who(profile))).handle),
    removeRow: (fieldId, rowKey, profile) =>
      edit((ctx, h, texts) => removeRow(ctx, h, texts, fieldId, rowKey, who(profile))),
    attributeOutsideEdits: (edits: readonly AttributedOutsideEdit[], profile) =>
      edit((ctx, h) => attributeOutsideEdits(ctx, h, edits, who(profile))),
    removeQuarantined: (id, profile) => edit((ctx, h) => removeQuarantined(ctx, h, s.caps, id, who(profile))),
  };
}

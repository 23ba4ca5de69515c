// FormGateway on Office.js: each user action is one Word.run with one round trip for edits
// (read: two). After an edit the view is updated from what was written; after an error the
// document is read again, because then nobody knows exactly what Word applied.
// The actions are grouped in gateway-actions/, sharing one session (the form as last read).
import { detectCapabilities, type Capabilities } from "./capabilities";
import type { FormGateway } from "./gateway";
import { copyActions } from "./gateway-actions/copies";
import { creatingActions } from "./gateway-actions/creating";
import { editingActions } from "./gateway-actions/editing";
import { readingActions } from "./gateway-actions/reading";
import { repairingActions } from "./gateway-actions/repairing";
import { savingActions } from "./gateway-actions/saving";
import { createSession, type OfficeGatewayOptions } from "./gateway-actions/session";

export { handleOf, type OfficeGatewayOptions } from "./gateway-actions/session";
export { readWholeFile } from "./gateway-actions/copies";

export function currentCapabilities(): Capabilities {
  const doc = typeof Office !== "undefined" ? Office.context?.document : undefined;
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  return detectCapabilities(
    context?.requirements,
    typeof doc?.getFileAsync === "function",
    context?.platform ? String(context.platform) : null,
  );
}

export function createOfficeGateway(options: OfficeGatewayOptions): FormGateway {
  const session = createSession(options, currentCapabilities());
  return {
    ...readingActions(session),
    ...creatingActions(session),
    ...editingActions(session),
    ...repairingActions(session),
    ...copyActions(session),
    ...savingActions(session),
  };
}

// FormGateway on Office.js: each user action is one Word.run with one round trip for edits
// (read: two). After an edit the view is updated from what was written; after an error the
// document is read again, because then nobody knows exactly what Word applied.
// The actions are grouped in gateway-actions/, sharing one session (the form as last read).
// Opening a form needs only the reading group; every other group is its own chunk, loaded on the
// first call of one of its actions (issue 30: the form screen's code split by what it needs).
import { detectCapabilities, type Capabilities } from "./capabilities";
import type { FormGateway } from "./gateway";
import type { CopyActions } from "./gateway-actions/copies";
import type { CreatingActions } from "./gateway-actions/creating";
import type { EditingActions } from "./gateway-actions/editing";
import { readingActions } from "./gateway-actions/reading";
import type { RepairingActions } from "./gateway-actions/repairing";
import type { SavingActions } from "./gateway-actions/saving";
import { createSession, type GatewaySession, type OfficeGatewayOptions } from "./gateway-actions/session";

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

type AsyncMethods<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * A group's actions that load its module on the first call (a failed load is tried again on the
 * next call), then run as the group itself would. `names` lists every action of the group: the
 * type requires each, and no other.
 */
export function loadedOnUse<T extends AsyncMethods<T>>(
  names: Record<keyof T, true>,
  load: () => Promise<(s: GatewaySession) => T>,
  s: GatewaySession,
): T {
  let group: Promise<T> | null = null;
  const made = {} as Record<keyof T, unknown>;
  for (const name of Object.keys(names) as (keyof T)[]) {
    made[name] = async (...args: unknown[]) => {
      group ??= load()
        .then((make) => make(s))
        .catch((error: unknown) => {
          group = null;
          throw error;
        });
      const action = (await group)[name] as unknown as (...a: unknown[]) => Promise<unknown>;
      return action(...args);
    };
  }
  return made as T;
}

export function createOfficeGateway(options: OfficeGatewayOptions): FormGateway {
  const session = createSession(options, currentCapabilities());
  return {
    ...readingActions(session),
    ...loadedOnUse<CreatingActions>(
      { newDocument: true, removeAppended: true, convert: true },
      async () => (await import(/* webpackChunkName: "maken" */ "./gateway-actions/creating")).creatingActions,
      session,
    ),
    ...loadedOnUse<EditingActions>(
      {
        writeBox: true,
        amend: true,
        agree: true,
        addRow: true,
        removeRow: true,
        attributeOutsideEdits: true,
        removeQuarantined: true,
      },
      async () => (await import(/* webpackChunkName: "bewerken" */ "./gateway-actions/editing")).editingActions,
      session,
    ),
    ...loadedOnUse<RepairingActions>(
      { repair: true, upgradeTemplate: true },
      async () => (await import(/* webpackChunkName: "herstellen" */ "./gateway-actions/repairing")).repairingActions,
      session,
    ),
    ...loadedOnUse<CopyActions>(
      { getCopy: true, mergeCopy: true },
      async () => (await import(/* webpackChunkName: "kopie-word" */ "./gateway-actions/copies")).copyActions,
      session,
    ),
    ...loadedOnUse<SavingActions>(
      { saveWithName: true },
      async () => (await import(/* webpackChunkName: "opslaan" */ "./gateway-actions/saving")).savingActions,
      session,
    ),
  };
}

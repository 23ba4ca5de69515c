// A FormGateway that refuses every write when the startup guard found this Word unsafe.
import { WordLayerError } from "./errors";
import type { FormGateway } from "./gateway";
import { UNSAFE_MESSAGE, type GuardState } from "./startup-guard";

const WRITES = [
  "newDocument",
  "removeAppended",
  "convert",
  "writeBox",
  "amend",
  "agree",
  "addRow",
  "removeRow",
  "attributeOutsideEdits",
  "repair",
  "mergeCopy",
  "saveWithName",
  "upgradeTemplate",
] as const;

/** `check` runs once, before the first read of the document. */
export function withStartupGuard(gateway: FormGateway, check: () => Promise<GuardState>): FormGateway {
  let state: Promise<GuardState> | null = null;
  const guard = () => (state ??= check().catch((): GuardState => ({ status: "unchecked" })));
  const refuseIfUnsafe = async () => {
    if ((await guard()).status === "unsafe")
      throw new WordLayerError("notSupported", { code: "unsafeWord" }, "StartupGuard");
  };
  const guarded: FormGateway = {
    ...gateway,
    async open() {
      const s = await guard();
      const view = await gateway.open();
      return s.status === "unsafe" ? { ...view, reduced: [UNSAFE_MESSAGE, ...view.reduced] } : view;
    },
    async openWholeLog() {
      const s = await guard();
      const view = await gateway.openWholeLog();
      return s.status === "unsafe" ? { ...view, reduced: [UNSAFE_MESSAGE, ...view.reduced] } : view;
    },
  };
  for (const name of WRITES) {
    const write = gateway[name] as (...args: unknown[]) => Promise<unknown>;
    (guarded as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      await refuseIfUnsafe();
      return write.apply(gateway, args);
    };
  }
  return guarded;
}

// Selects a box in the document when the user focuses it, once per box (not on every
// keystroke's focus event). Failures are ignored: selecting is only a hint.
import type { FormGateway } from "../word/gateway";

export function createBoxSelector(gateway: Pick<FormGateway, "selectBox">): (key: string) => void {
  let last: string | null = null;
  return (key) => {
    if (last === key) return;
    last = key;
    gateway.selectBox(key).catch(() => undefined);
  };
}

// The professional's signing key for the entries this pane writes (docs/ondertekening.md). The
// pane sets it once its key store has the key (src/taskpane/signing); every write then signs its
// new entries while sealing them, before the one sync of the write (commit.ts, convert.ts).
// Null: entries are written unsigned (no key yet, or a browser without IndexedDB).
import type { EntryKey } from "../domain";

let current: EntryKey | null = null;

export function setSigningKey(key: EntryKey | null): void {
  current = key;
}

export function signingKey(): EntryKey | null {
  return current;
}

// Grows the log fast for size tests: logs made-up outside edits in batches, straight through the
// Word layer's recording step (the texts are not typed into the document, so the gateway's
// check that the document holds them is skipped on purpose).
import type { Profile } from "../../src/domain";
import { recordOutsideEdits } from "../../src/word/edits";
import { currentCapabilities, handleOf } from "../../src/word/office-gateway";
import { readForm } from "../../src/word/read-form";

const KEYS = ["zorgen", "gaatGoed", "stagnatie", "afsluiting"];

/** Adds entries until the log holds `total`, 100 per round trip, each by `profile` (chosen as author). */
export async function growLog(total: number, profile: Profile, now: Date): Promise<void> {
  for (let batch = 0; ; batch++) {
    const done = await Word.run(async (ctx) => {
      const handle = handleOf(await readForm(ctx, currentCapabilities()));
      if (!handle) throw new Error("no form");
      const missing = total - handle.data.changeLog.length;
      if (missing <= 0) return true;
      const edits = Array.from({ length: Math.min(100, missing) }, (_, i) => {
        const key = KEYS[i % KEYS.length]!;
        return { key, before: handle.data.lastAttributed[key] ?? "", after: `Versie ${batch}-${i}: ${"tekst ".repeat(20)}`, author: { kind: "person" as const, ...profile } };
      });
      await recordOutsideEdits(ctx, handle, edits, { signer: profile, now });
      return false;
    });
    if (done) return;
  }
}

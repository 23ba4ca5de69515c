// Grows the log fast for size tests: logs made-up outside edits in batches, straight through the
// Word layer's recording step (the texts are not typed into the document, so the gateway's
// check that the document holds them is skipped on purpose).
import type { Profile } from "../../src/domain";
import type { FormHandle } from "../../src/word/commit";
import { recordOutsideEdits } from "../../src/word/edits";
import { currentCapabilities, handleOf } from "../../src/word/office-gateway";
import { readForm } from "../../src/word/read-form";

const KEYS = ["zorgen", "gaatGoed", "stagnatie", "afsluiting"];

/**
 * Adds entries until the log holds `total`, `perRoundTrip` at a time, each by `profile` (chosen
 * as author); each text is "tekst " `words` times (20: ~0.3 KB per entry; 160: ~2 KB). Every
 * write archives what it must (commit.ts), so a round may be large. Returns the log's entry ids
 * (with log "tail": those read and added, after the archived ones that were not read).
 */
export async function growLog(
  total: number,
  profile: Profile,
  now: Date,
  words = 20,
  perRoundTrip = 100,
  log: "tail" | "whole" = "whole",
): Promise<string[]> {
  return Word.run(async (ctx) => {
    // read once: each write returns the handle the next one builds on, as the gateway does
    let handle = handleOf(await readForm(ctx, currentCapabilities(), { log }));
    if (!handle) throw new Error("no form");
    const start = handle.logStart ?? 0; // entries not read (log "tail")
    for (let batch = 0; start + handle.data.changeLog.length < total; batch++) {
      const current: FormHandle = handle;
      const edits = Array.from(
        { length: Math.min(perRoundTrip, total - start - current.data.changeLog.length) },
        (_, i) => {
          const key = KEYS[i % KEYS.length]!;
          return {
            key,
            before: current.data.lastAttributed[key] ?? "",
            after: `Versie ${batch}-${i}: ${"tekst ".repeat(words)}`,
            author: { kind: "person" as const, ...profile },
          };
        },
      );
      handle = await recordOutsideEdits(ctx, current, edits, { signer: profile, now });
    }
    return handle.data.changeLog.map((e) => e.id);
  });
}

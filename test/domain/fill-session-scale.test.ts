// Every save in a fill session describes the whole session again (fill-session.ts): at 100× a
// normal form a session holds thousands of boxes. The description is one pass over the keys; it
// once looked every key up in every step's fields (30,000 keys: ~970 ms CPU, now ~70 ms). A
// generous CPU-time ceiling, not a wall-clock one: a loaded machine does not fail it.
import { describeFilled } from "../../src/domain";

const keys: string[] = [];
for (let i = 0; i < 10_000; i++) keys.push(`betrokkenen.r${i}.naam`, `doelen.r${i}.doel`, "hulpvraag");

test("describing a session of 30,000 saves takes well under 400 ms of CPU, with the same words", () => {
  describeFilled(keys.slice(0, 100)); // compiled before it is measured
  const start = process.cpuUsage();
  const text = describeFilled(keys);
  const used = process.cpuUsage(start);
  expect(text).toBe("Stap 1 (10000 vakken), Stap 2 (10000 rijen), Stap 4 (10000 rijen)");
  expect((used.user + used.system) / 1000).toBeLessThan(400);
});

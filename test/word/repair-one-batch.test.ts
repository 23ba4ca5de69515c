// A stripped form (every control untagged and unlocked, as LibreOffice leaves it) is repaired in
// one write batch: the rebuilt controls, the locks and the repair entries land together, so a
// batch Word refuses leaves the document exactly as it was (before the plan/apply split, the
// restore wrote its unwrapping and label locks in a round trip of its own).
import { readForm } from "../../src/word/read-form";
import { repairForm } from "../../src/word/repair";
import {
  caps,
  dataPartInFile,
  gatewayFor,
  PH,
  PROFILES,
  PLAIN,
  SEPT_2,
  startHost,
  stopHost,
  stripControls,
} from "handreiking-fixtures/harness";

afterEach(stopHost);

const repair = (): Promise<unknown> => Word.run((ctx) => repairForm(ctx, caps(), { signer: PH, now: SEPT_2 }));

describe.each(PROFILES)("repairing a stripped form (%s)", (profile) => {
  test("one write batch after the reads; when it fails nothing is written, and it works once Word answers", async () => {
    let host = await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    await gateway.open();
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    await stripControls();
    expect((await gatewayFor().open()).notRestored).toBe(true);
    const bytes = await host.saveDocx();

    host.syncCount = 0;
    await Word.run((ctx) => readForm(ctx, caps()));
    const reads = host.syncCount;
    host.syncCount = 0;
    await repair();
    const syncs = host.syncCount;
    expect(syncs).toBe(reads + 2); // the form's read, the answer cells' read, one write
    const repaired = await gatewayFor().open();
    expect(repaired.problems).toEqual([]);
    expect(repaired.values.zorgen).toBe("Schoolverzuim");

    host = await startHost(profile, bytes);
    const before = { xml: host.documentXml(), data: await dataPartInFile(host) };
    host.syncCount = 0;
    host.failSyncAt(syncs); // the last round trip: the write
    await expect(repair()).rejects.toThrow();
    expect(host.documentXml()).toBe(before.xml);
    expect(await dataPartInFile(host)).toEqual(before.data);
    await repair();
    expect((await gatewayFor().open()).problems).toEqual([]);
  });
});

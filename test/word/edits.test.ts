import { readForm } from "../../src/word/read-form";
import { writeBox } from "../../src/word/edits";
import { handleOf } from "../../src/word/office-gateway";
import { WordLayerError } from "../../src/word/errors";
import {
  boxText,
  caps,
  dataPartInFile,
  ES,
  gatewayFor,
  PH,
  PLAIN,
  PROFILES,
  startHost,
  stopHost,
  visibleLogRows,
} from "handreiking-fixtures/harness";
import { said } from "./said";

afterEach(stopHost);

describe.each(PROFILES)("edits through the pane (%s)", (profile) => {
  test("writing a box is one round trip: text, visible log row and data part together", async () => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    await gateway.open();
    host.syncCount = 0;
    const view = await gateway.writeBox("hulpvraag", "Rust en duidelijkheid in huis.\nSchoolgang herstellen.", PH);
    expect(host.syncCount).toBe(1);
    expect(view.values.hulpvraag).toBe("Rust en duidelijkheid in huis.\nSchoolgang herstellen.");
    expect(await boxText("hr:hulpvraag")).toMatch(/^Rust en duidelijkheid in huis\.[\r\n]+Schoolgang herstellen\.$/);
    const rows = await visibleLogRows();
    expect(rows).toHaveLength(2);
    // before agreement: the person's fill session (fill-session.test.ts)
    expect(rows[1]?.slice(0, 3)).toEqual(["02-09-2020", "PH", "Ambiq"]);
    expect(rows[1]?.[4]).toMatch(/^Ingevuld in het MDO, \d\d:\d\d: Stap 1 \(1 vak\)\.$/);
    const stored = await dataPartInFile(host);
    expect(stored?.lastAttributed.hulpvraag).toBe("Rust en duidelijkheid in huis.\nSchoolgang herstellen.");
    expect(stored?.changeLog.at(-1)).toMatchObject({ kind: "edit", filled: ["hulpvraag"] });
    // Re-reading the document agrees with what the pane was told.
    const reread = await gateway.open();
    expect(reread.outsideEdits).toEqual([]);
    expect(reread.values.hulpvraag).toBe(view.values.hulpvraag);
  });

  test("client initials typed as e.s. are written as ES", async () => {
    await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    const view = await gateway.writeBox("initialen", "e.s.", PH);
    expect(view.values.initialen).toBe("ES");
    expect(await boxText("hr:initialen")).toBe("ES");
    expect(view.data?.lastAttributed.initialen).toBe("ES");
    expect(view.data?.changeLog.at(-1)).toMatchObject({ filled: ["initialen"] });
  });

  test("row entries say which row (after agreement); a removed row is logged as its cells", async () => {
    await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    let view = await gateway.agree("20200902", PH);
    const [first, second] = view.data!.rowOrder.betrokkenen!;
    await gateway.writeBox(`betrokkenen.${second}.naam`, "Moeder", PH);
    view = await gateway.writeBox(`betrokkenen.${second}.organisatie`, "Ambiq", PH);
    expect(view.data!.changeLog.at(-1)!.description).toBe(
      "Rij 2: ingevuld, in het document gestempeld: PH 20200902, Ambiq",
    );
    // an addition to a cell names its row too (issue 28)
    view = await gateway.amend(`betrokkenen.${second}.naam`, "ook oma", PH);
    expect(view.data!.changeLog.at(-1)!.description).toBe("Rij 2: aanvulling: PH 20200902, Ambiq: ook oma");
    view = await gateway.removeRow("betrokkenen", second!, PH);
    view = await gateway.removeRow("betrokkenen", first!, PH);
    const rows = await visibleLogRows();
    expect(rows.slice(-3).map((r) => r[4]?.replace(/[\r\n\v]+/g, ""))).toEqual([
      "Rij 2: aanvulling: PH 20200902, Ambiq: ook oma",
      "Rij 2 verwijderdVerwijderd: MoederPH 20200902, Ambiq: ook oma | Ambiq",
      "Rij 1 verwijderdVerwijderd: (lege rij)",
    ]);
    expect((await gatewayFor().open()).problems).toEqual([]);
  });

  test("a failed round trip leaves no half-written edit", async () => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    await gateway.open();
    const before = { xml: host.documentXml(), data: await dataPartInFile(host) };
    host.failSyncAt(1);
    await expect(gateway.writeBox("zorgen", "Schoolverzuim", PH)).rejects.toBeInstanceOf(WordLayerError);
    expect(host.documentXml()).toBe(before.xml);
    expect(await dataPartInFile(host)).toEqual(before.data);
    const view = await gateway.open();
    expect(view.outsideEdits).toEqual([]);
    expect(view.values.zorgen).toBe("");
    // and it works once Word answers again
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    expect(await boxText("hr:zorgen")).toBe("Schoolverzuim");
  });

  test("a batch that fails at any action never leaves an edit saved without its log entry", async () => {
    let failurePoints = 0;
    for (let action = 0; action < 100; action++) {
      const host = await startHost(profile, PLAIN);
      const gateway = gatewayFor();
      await gateway.convert(PH);
      const rowsBefore = (await visibleLogRows()).length;
      await gateway.open();
      host.failActionAt(1, action);
      const failed = await gateway.writeBox("zorgen", "Schoolverzuim", PH).then(
        () => false,
        () => true,
      );
      const view = await gateway.open();
      const logged = view.data!.changeLog.some((e) => e.boxKey === "zorgen" || e.filled?.includes("zorgen") === true);
      const rowsAfter = (await visibleLogRows()).length;
      if (!failed) {
        // past the last action: the batch went through whole
        expect(logged).toBe(true);
        expect(rowsAfter).toBe(rowsBefore + 1);
        break;
      }
      failurePoints++;
      const where = `${profile}, failing action ${action}`;
      if ((await boxText("hr:zorgen")) === "Schoolverzuim") {
        // the box was written: either the whole edit was recorded, or the pane lists it as unattributed
        expect({ where, stamped: logged || view.outsideEdits.some((e) => e.key === "zorgen") }).toEqual({
          where,
          stamped: true,
        });
      } else {
        expect({ where, logged, rows: rowsAfter }).toEqual({ where, logged: false, rows: rowsBefore });
      }
      stopHost();
    }
    expect(failurePoints).toBeGreaterThan(1);
  });

  test("a write is refused while the box holds an unattributed outside edit", async () => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    host.user.typeInControl("hr:zorgen", "Getypt in Word");
    const read = await Word.run((ctx) => readForm(ctx, caps()));
    const handle = handleOf(read)!;
    const texts = Object.fromEntries(Object.entries(read.boxes).map(([k, b]) => [k, b.text]));
    await expect(
      Word.run((ctx) => writeBox(ctx, handle, texts, "zorgen", "Overschreven", { signer: PH })),
    ).rejects.toMatchObject({ kind: "unattributed" });
    expect(await boxText("hr:zorgen")).toBe("Getypt in Word");
  });

  test("agree, then amend twice: stamped lines in the box, logged, each a new version", async () => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    await gateway.open();
    await gateway.writeBox("takenRegisseur", "Coördineert de hulp.", PH);
    const agreed = await gateway.agree("20200902", PH);
    expect(agreed.data?.agreed).toEqual({ day: "20200902", initials: "PH", organisation: "Ambiq" });
    const v = agreed.data!.formVersion;
    await expect(
      gatewayFor()
        .open()
        .then((g) => g.kind),
    ).resolves.toBe("form");
    host.syncCount = 0;
    const once = await gateway.amend("takenRegisseur", "Wisseling van behandelaar voor cliënt ES.", PH);
    expect(host.syncCount).toBe(1);
    const twice = await gatewayFor(() => new Date("2020-09-10T09:00:00Z"))
      .open()
      .then(async () => {
        const g = gatewayFor(() => new Date("2020-09-10T09:00:00Z"));
        await g.open();
        return g.amend("takenRegisseur", "Regisseur neemt ook contact met school op.", ES);
      });
    expect(once.data!.formVersion).toBe(v + 1);
    expect(once.data!.previousVersion).toEqual({ formVersion: v, versionId: agreed.data!.versionId });
    expect(twice.data!.formVersion).toBe(v + 2);
    const text = await boxText("hr:takenRegisseur");
    expect(text.split(/\r\n|\r|\n/)).toEqual([
      "Coördineert de hulp.",
      "PH 20200902, Ambiq: Wisseling van behandelaar voor cliënt ES.",
      "ES 20200910, Gemeente Hengelo: Regisseur neemt ook contact met school op.",
    ]);
    const kinds = (await dataPartInFile(host))!.changeLog.map((e) => e.kind);
    expect(kinds).toEqual(["created", "edit", "agreed", "amendment", "amendment"]);
    expect(await visibleLogRows()).toHaveLength(5);
  });

  test("amending before agreement is refused with a Dutch message", async () => {
    await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    await gateway.open();
    await expect(said(gateway.amend("zorgen", "Iets", PH))).resolves.toMatch(/pas als de handreiking is vastgesteld/);
  });

  test("rows can be added and removed, each logged (an added row in the fill session); the last row stays", async () => {
    const host = await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    let view = await gateway.open();
    const initial = (view.data!.rowOrder.doelen ?? []).length;
    host.syncCount = 0;
    view = await gateway.addRow("doelen", PH);
    expect(host.syncCount).toBe(1);
    const keys = view.data!.rowOrder.doelen!;
    expect(keys).toHaveLength(initial + 1);
    const newKey = keys.at(-1)!;
    view = await gateway.writeBox(`doelen.${newKey}.doel`, "Naar school", PH);
    expect(await boxText(`hr:doelen.${newKey}.doel`)).toBe("Naar school");
    const reread = await gatewayFor().open();
    expect((reread.values.doelen as { key: string; cells: Record<string, string> }[]).at(-1)).toEqual({
      key: newKey,
      cells: { doel: "Naar school", termijn: "" },
    });
    for (const key of keys.slice(0, -1)) view = await gateway.removeRow("doelen", key, PH);
    expect(view.data!.rowOrder.doelen).toEqual([newKey]);
    await expect(said(gateway.removeRow("doelen", newKey, PH))).resolves.toMatch(/laatste rij/);
    const kinds = (await dataPartInFile(host))!.changeLog.map((e) => e.kind);
    const log = (await dataPartInFile(host))!.changeLog;
    expect(log.filter((e) => e.filled?.includes(`doelen.${newKey}`))).toHaveLength(1);
    expect(kinds.filter((k) => k === "rowRemoved")).toHaveLength(initial);
    expect((await gatewayFor().open()).problems).toEqual([]);
  });
});

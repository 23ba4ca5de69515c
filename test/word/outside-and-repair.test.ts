import {
  dataPartInFile,
  gatewayFor,
  PH,
  ES,
  PLAIN,
  PROFILES,
  partsInPackage,
  replaceDataParts,
  startHost,
  stopHost,
  visibleLogRows,
  boxText,
  editLogTable,
} from "handreiking-fixtures/harness";

afterEach(stopHost);

async function convertedForm(profile: (typeof PROFILES)[number]) {
  const host = await startHost(profile, PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.open();
  return { host, gateway };
}

describe.each(PROFILES)("edits made outside the pane (%s)", (profile) => {
  test("typed, pasted and deleted text is found, listed with before/after and stamped on confirmation", async () => {
    const { host, gateway } = await convertedForm(profile);
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    host.user.typeInControl("hr:zorgen", " en slaapproblemen", { mode: "append" });
    host.user.paste("hr:gaatGoed", "Opa helpt mee.\nSport twee keer per week.");
    const view = await gateway.open();
    expect(view.outsideEdits).toHaveLength(2);
    expect(view.outsideEdits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: "gaatGoed", before: "", after: "Opa helpt mee.\nSport twee keer per week." }),
        expect.objectContaining({ key: "zorgen", before: "Schoolverzuim", after: "Schoolverzuim en slaapproblemen" }),
      ]),
    );
    host.syncCount = 0;
    // Nobody stamped these: ES records them and names the author (here: ES says she typed them herself).
    const after = await gateway.attributeOutsideEdits(
      view.outsideEdits.map((e) => ({
        ...e,
        author: { kind: "person", initials: "ES", organisation: "Gemeente Hengelo" },
      })),
      ES,
    );
    expect(host.syncCount).toBe(2); // the boxes read again, then one write
    expect(after.outsideEdits).toEqual([]);
    const log = (await dataPartInFile(host))!.changeLog.filter((e) => e.kind === "externalEdit");
    expect(log.map((e) => [e.boxKey, e.initials, e.before, e.after])).toEqual(
      expect.arrayContaining([
        ["zorgen", "ES", "Schoolverzuim", "Schoolverzuim en slaapproblemen"],
        ["gaatGoed", "ES", "", "Opa helpt mee.\nSport twee keer per week."],
      ]),
    );
    expect((await gatewayFor().open()).outsideEdits).toEqual([]);
    // deleting text is an edit too
    host.user.deleteText("hr:zorgen");
    expect((await gateway.open()).outsideEdits).toEqual([
      {
        key: "zorgen",
        before: "Schoolverzuim en slaapproblemen",
        after: "",
        stamp: { stamps: [], trusted: null, reason: null },
      },
    ]);
  });
});

describe.each(PROFILES)("repair (%s)", (profile) => {
  test("a box control removed by hand is re-made with its text, and the repair is logged", async () => {
    const { host, gateway } = await convertedForm(profile);
    await gateway.writeBox("vervanger", "J. de Vries", PH);
    // Word desktop lets a user switch off the lock (Developer > Properties) and remove the control.
    await Word.run(async (ctx) => {
      ctx.document.contentControls.getByTag("hr:vervanger").getFirst().cannotDelete = false;
      await ctx.sync();
    });
    host.user.deleteControl("hr:vervanger", { keepContent: true });
    const damaged = await gateway.open();
    expect(damaged.problems.map((p) => p.id)).toEqual(["boxMissing"]);
    const repaired = await gateway.repair(PH);
    expect(repaired.problems).toEqual([]);
    expect(repaired.values.vervanger).toBe("J. de Vries");
    expect(await boxText("hr:vervanger")).toBe("J. de Vries");
    expect((await dataPartInFile(host))!.changeLog.at(-1)).toMatchObject({
      kind: "repair",
      description: expect.stringContaining("Vak hersteld"),
    });
  });

  test("a missing data part is rebuilt from the visible log and the boxes", async () => {
    const { host, gateway } = await convertedForm(profile);
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    await gateway.agree("20200902", PH);
    const logBefore = await visibleLogRows();
    replaceDataParts(host, null); // every Word keeps the data in the same custom XML part
    const damaged = await gateway.open();
    expect(damaged.problems.map((p) => p.id)).toEqual(["dataMissing"]);
    const repaired = await gateway.repair(PH);
    expect(repaired.problems).toEqual([]);
    expect(repaired.values.zorgen).toBe("Schoolverzuim");
    const log = repaired.data!.changeLog;
    expect(log).toHaveLength(logBefore.length + 1);
    expect(log.slice(0, -1).every((e) => e.recovered)).toBe(true);
    expect(log.at(-1)).toMatchObject({ kind: "repair", description: expect.stringContaining("opnieuw opgebouwd") });
  });

  test("unreadable data is kept aside, never dropped, and rebuilt", async () => {
    const { host, gateway } = await convertedForm(profile);
    // Word refuses malformed XML in setXml; a hand-damaged file is simulated in the package.
    replaceDataParts(host, '<form xmlns="urn:handreiking-regie:twente:form:1"><formVersion>x</formVersion></form>');
    const view = await gateway.open();
    expect(view.problems.map((p) => p.id)).toEqual(["dataUnreadable"]);
    await gateway.repair(PH);
    const quarantined = partsInPackage(host, "urn:handreiking-regie:twente:quarantine:1");
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatch(/formVersion|kapot/);
    expect((await gateway.open()).problems).toEqual([]);
  });

  test("a hand-edited log table is put back, the edited rows kept in the repair entry", async () => {
    const { gateway } = await convertedForm(profile);
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    await editLogTable((table) => (table.getCell(2, 4).value = "Niets gewijzigd"));
    const damaged = await gateway.open();
    expect(damaged.problems.map((p) => p.id)).toEqual(["logEdited"]);
    expect(damaged.problems[0]!.sides).toEqual({
      visible: [expect.stringContaining("Niets gewijzigd")],
      data: [expect.stringContaining("Ingevuld in het MDO")],
    });
    const repaired = await gateway.repair(PH, "data");
    expect(repaired.problems).toEqual([]);
    const rows = await visibleLogRows();
    expect(rows.some((r) => r[4] === "Niets gewijzigd")).toBe(false);
    expect(repaired.data!.changeLog.at(-1)).toMatchObject({
      kind: "repair",
      evidence: expect.stringContaining("Niets gewijzigd"),
    });
  });
});

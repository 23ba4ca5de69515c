// After agreement, a change is visible where it was made, not only in the log.
import { boxText, gatewayFor, PH, PLAIN, PROFILES, startHost, stopHost } from "handreiking-fixtures/harness";

afterEach(stopHost);

const OCT_5 = new Date("2020-10-05T09:00:00Z");

async function stampTexts(): Promise<Record<string, string>> {
  return Word.run(async (ctx) => {
    const controls = ctx.document.contentControls;
    controls.load("items/tag,items/text");
    await ctx.sync();
    return Object.fromEntries(controls.items.filter((c) => c.tag.startsWith("hr-stamp:")).map((c) => [c.tag, c.text]));
  });
}

describe.each(PROFILES)("stamps in the document (%s)", (profile) => {
  test("a row added after agreement carries who added it and when, under its first box; removing the row removes it", async () => {
    await startHost(profile, PLAIN);
    const sept = gatewayFor();
    await sept.convert(PH);
    let view = await sept.open();
    const before = view.data!.rowOrder.afspraken!.length;
    await sept.addRow("afspraken", PH); // before agreement: no stamp in the document
    expect(await stampTexts()).toEqual({});
    await sept.agree("20200902", PH);

    const oct = gatewayFor(() => OCT_5);
    await oct.open();
    view = await oct.addRow("afspraken", PH);
    const rowKey = view.data!.rowOrder.afspraken!.at(-1)!;
    expect(view.data!.rowOrder.afspraken).toHaveLength(before + 2);
    expect(await stampTexts()).toEqual({ [`hr-stamp:afspraken.${rowKey}`]: "Toegevoegd: PH 20201005, Ambiq" });
    expect(view.data!.changeLog.at(-1)!.description).toBe(
      `Rij ${before + 2} toegevoegd, in het document gestempeld: PH 20201005, Ambiq`,
    );

    // The box itself stays a one-line value, valid for the form.
    view = await oct.writeBox(`afspraken.${rowKey}.afspraak`, "Gesprek met school", PH);
    expect(await boxText(`hr:afspraken.${rowKey}.afspraak`)).toBe("Gesprek met school");
    expect((await stampTexts())[`hr-stamp:afspraken.${rowKey}.afspraak`]).toBe("Ingevuld: PH 20201005, Ambiq");
    const reread = await gatewayFor(() => OCT_5).open();
    expect(reread.problems).toEqual([]);
    expect(reread.outsideEdits).toEqual([]);
    expect(reread.unreadable).toEqual({});

    await oct.removeRow("afspraken", rowKey, PH);
    expect(await stampTexts()).toEqual({});
    expect((await gatewayFor(() => OCT_5).open()).problems).toEqual([]);
  });
});

describe.each(PROFILES)("corrections in the document (%s)", (profile) => {
  test("a correction after agreement adds a line under the box saying who corrected and when; the box keeps its one-line value", async () => {
    await startHost(profile, PLAIN);
    const sept = gatewayFor();
    await sept.convert(PH);
    await sept.open();
    await sept.writeBox("vervanger", "J. de Vries", PH);
    expect(await stampTexts()).toEqual({});
    await sept.agree("20200902", PH);

    const oct = gatewayFor(() => OCT_5);
    await oct.open();
    const view = await oct.writeBox("vervanger", "K. Hendriks (Jarabee)", PH);
    expect(await boxText("hr:vervanger")).toBe("K. Hendriks (Jarabee)");
    expect(await stampTexts()).toEqual({ "hr-stamp:vervanger": "Gecorrigeerd: PH 20201005, Ambiq" });
    expect(view.data!.changeLog.at(-1)).toMatchObject({
      kind: "edit",
      before: "J. de Vries",
      after: "K. Hendriks (Jarabee)",
      description: "Gecorrigeerd, in het document gestempeld: PH 20201005, Ambiq",
    });
    const reread = await gatewayFor(() => OCT_5).open();
    expect(reread.problems).toEqual([]);
    expect(reread.outsideEdits).toEqual([]);
    expect(reread.values.vervanger).toBe("K. Hendriks (Jarabee)");
  });
});

// A colleague without the add-in types in a box (plain Word); the next person with the pane
// records it. The log must name who typed it, never silently the person recording.
import { WordLayerError } from "../../src/word/errors";
import type { FormGateway } from "../../src/word/gateway";
import type { WordHost } from "word-host";
import {
  dataPartInFile,
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

const OCT_10 = new Date("2020-10-10T09:00:00Z");
const OLD = "Elke zes weken een MDO.";

/** Agreed on 2 September by PH; opened again on 10 October. */
async function agreedForm(profile: (typeof PROFILES)[number]): Promise<{ host: WordHost; gateway: FormGateway }> {
  const host = await startHost(profile, PLAIN);
  const sept = gatewayFor();
  await sept.convert(PH);
  const opened = await sept.open();
  // KH of Jarabee is among the people of step 2: only then is her hand stamp taken as hers (issue 27)
  const person =
    opened.data!.rowOrder.betrokkenen?.[0] ??
    (await sept.addRow("betrokkenen", PH)).data!.rowOrder.betrokkenen!.at(-1)!;
  await sept.writeBox(`betrokkenen.${person}.naam`, "Karin Hendriks", PH);
  await sept.writeBox(`betrokkenen.${person}.organisatie`, "Jarabee", PH);
  await sept.writeBox("afstemming", OLD, PH);
  await sept.agree("20200902", PH);
  return { host, gateway: gatewayFor(() => OCT_10) };
}

const externalEntries = async (host: WordHost) =>
  (await dataPartInFile(host))!.changeLog.filter((e) => e.kind === "externalEdit");

describe.each(PROFILES)("a hand-typed stamp (%s)", (profile) => {
  test("gives the log entry the stamp's author and day, recorded by the current user", async () => {
    const { host, gateway } = await agreedForm(profile);
    host.user.paste("hr:afstemming", `${OLD}\nkh 5-10-2020 Jarabee - Voortaan elke vier weken.`);
    const view = await gateway.open();
    expect(view.outsideEdits).toHaveLength(1);
    expect(view.outsideEdits[0]!.stamp.trusted).toMatchObject({
      initials: "KH",
      organisation: "Jarabee",
      day: "20201005",
    });

    await gateway.attributeOutsideEdits([{ ...view.outsideEdits[0]!, author: { kind: "stamp" } }], PH);
    const [entry] = await externalEntries(host);
    expect(entry).toMatchObject({
      initials: "KH",
      organisation: "Jarabee",
      day: "20201005",
      authorSource: "handStamp",
      recorderInitials: "PH",
      recorderOrganisation: "Ambiq",
      before: OLD,
    });
    expect(entry!.description).toContain("volgens stempel, vastgelegd door PH");
    const row = (await visibleLogRows()).at(-1)!;
    expect(row.slice(0, 3)).toEqual(["05-10-2020", "KH", "Jarabee"]);
    const again = await gatewayFor(() => OCT_10).open();
    expect(again.outsideEdits).toEqual([]);
    expect(again.problems).toEqual([]);
  });
});

describe("a stamp naming someone else (issue 27, web)", () => {
  test("a stamp typed for a person who is not in step 2, or in look-alike letters, is shown but cannot be used as the author", async () => {
    const { host, gateway } = await agreedForm("web");
    for (const line of ["PH 5-10-2020, Ambiq: akkoord", "КН 5-10-2020, Jarabee: akkoord"]) {
      host.user.paste("hr:afstemming", `${OLD}\n${line}`);
      const view = await gateway.open();
      const edit = view.outsideEdits[0]!;
      expect(edit.stamp.stamps).toHaveLength(1);
      expect(edit.stamp.trusted).toBeNull();
      expect(edit.stamp.reason).toMatch(/niet bij de betrokkenen|ander schrift/);
      await expect(said(gateway.attributeOutsideEdits([{ ...edit, author: { kind: "stamp" } }], PH))).resolves.toMatch(
        /niet bij de betrokkenen|ander schrift/,
      );
    }
    expect(await externalEntries(host)).toEqual([]);
  });
});

describe("an outside edit without a stamp (desktop)", () => {
  test("is refused without a chosen author (Dutch message), then logged as the chosen person's, according to the recorder", async () => {
    const { host, gateway } = await agreedForm("desktop");
    host.user.paste("hr:afstemming", `${OLD}\nVoortaan elke vier weken.`);
    const view = await gateway.open();
    const edit = view.outsideEdits[0]!;
    expect(edit.stamp).toEqual({ stamps: [], trusted: null, reason: null });

    await expect(gateway.attributeOutsideEdits([edit], PH)).rejects.toBeInstanceOf(WordLayerError);
    await expect(said(gateway.attributeOutsideEdits([edit], PH))).resolves.toBe(
      "Kies eerst wie deze wijziging heeft gemaakt (of ‘onbekend’).",
    );
    await expect(said(gateway.attributeOutsideEdits([{ ...edit, author: { kind: "stamp" } }], PH))).resolves.toMatch(
      /geen stempel/,
    );
    expect(await externalEntries(host)).toEqual([]);
    expect((await gateway.open()).outsideEdits).toHaveLength(1);

    await gateway.attributeOutsideEdits(
      [{ ...edit, author: { kind: "person", initials: "KH", organisation: "Jarabee" } }],
      PH,
    );
    const [entry] = await externalEntries(host);
    expect(entry).toMatchObject({
      initials: "KH",
      organisation: "Jarabee",
      day: "20201010",
      authorSource: "chosen",
      recorderInitials: "PH",
    });
    expect(entry!.description).toContain("door KH volgens PH");
  });

  test("‘onbekend’: the log says the author is unknown and who recorded it", async () => {
    const { host, gateway } = await agreedForm("desktop");
    host.user.paste("hr:afstemming", "Elke vier weken een MDO.");
    const view = await gateway.open();
    await gateway.attributeOutsideEdits([{ ...view.outsideEdits[0]!, author: { kind: "unknown" } }], PH);
    const [entry] = await externalEntries(host);
    expect(entry).toMatchObject({
      initials: "NN",
      organisation: "onbekend",
      authorSource: "unknown",
      recorderInitials: "PH",
    });
    expect(entry!.description).toContain("auteur onbekend, vastgelegd door PH");
    expect((await visibleLogRows()).at(-1)!.slice(1, 3)).toEqual(["NN", "onbekend"]);
  });

  test("a text changed again after the pane read it is not logged", async () => {
    const { host, gateway } = await agreedForm("desktop");
    host.user.paste("hr:afstemming", "Elke vier weken een MDO.");
    const view = await gateway.open();
    host.user.paste("hr:afstemming", "Elke twee weken een MDO.");
    await expect(
      said(gateway.attributeOutsideEdits([{ ...view.outsideEdits[0]!, author: { kind: "unknown" } }], PH)),
    ).resolves.toMatch(/intussen opnieuw gewijzigd/);
    expect(await externalEntries(host)).toEqual([]);
  });
});

describe("a hand stamp that cannot be trusted (office2019)", () => {
  test.each([
    ["a future date", "KH 20201105, Jarabee: Voortaan elke vier weken.", /in de toekomst/],
    ["an impossible date", "KH 31-09-2020, Jarabee: Voortaan elke vier weken.", /bestaat niet/],
  ])("%s is shown, not trusted, and cannot be used as the author", async (_name, line, reason) => {
    const { host, gateway } = await agreedForm("office2019");
    host.user.paste("hr:afstemming", `${OLD}\n${line}`);
    const edit = (await gateway.open()).outsideEdits[0]!;
    expect(edit.stamp.stamps).toHaveLength(1);
    expect(edit.stamp.trusted).toBeNull();
    expect(edit.stamp.reason).toMatch(reason);
    await expect(said(gateway.attributeOutsideEdits([{ ...edit, author: { kind: "stamp" } }], PH))).resolves.toMatch(
      reason,
    );
    expect(await externalEntries(host)).toEqual([]);
  });
});

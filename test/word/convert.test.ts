import { allFields, TEMPLATE } from "../../src/domain";
import { convertDocument } from "../../src/word/convert";
import { readForm } from "../../src/word/read-form";
import { syntheticTemplate } from "../../src/document/synthetic-template";
import { buildPlainHandreiking } from "../../src/document/build-plain";
import {
  caps,
  dataPartInFile,
  FILLED,
  gatewayFor,
  LIBREOFFICE,
  PH,
  PLAIN,
  PROFILES,
  startHost,
  stopHost,
  visibleLogRows,
  boxText,
} from "handreiking-fixtures/harness";

afterEach(stopHost);

const SIMPLE_FIELDS = allFields().filter((l) => l.field.kind !== "rows").length;

describe.each(PROFILES)("recognise and convert (%s)", (profile) => {
  test("tells empty, plain, form and other documents apart", async () => {
    await startHost(profile);
    expect((await gatewayFor().open()).kind).toBe("empty");

    await startHost(profile, PLAIN);
    const gateway = gatewayFor();
    const plain = await gateway.open();
    expect(plain.kind).toBe("plain");
    expect(plain.map?.fieldsMissing).toEqual([]);
    expect((await gateway.convert(PH)).kind).toBe("form");

    await startHost(profile);
    await Word.run(async (ctx) => {
      ctx.document.body.insertParagraph("Geachte mevrouw, hierbij de stukken.", "End");
      await ctx.sync();
    });
    expect((await gatewayFor().open()).kind).toBe("other");
  });

  test("converts in two round trips: every box a tagged undeletable control, static text locked, data part and first log row", async () => {
    const host = await startHost(profile, PLAIN);
    host.syncCount = 0;
    const result = await Word.run((ctx) =>
      convertDocument(ctx, caps(), { signer: PH, now: new Date("2020-09-01T10:00:00Z") }),
    );
    expect(host.syncCount).toBe(2);
    expect(result.data.changeLog).toHaveLength(1);
    expect(result.data.changeLog[0]).toMatchObject({
      kind: "created",
      initials: "PH",
      organisation: "Ambiq",
      day: "20200901",
    });

    const controls = await Word.run(async (ctx) => {
      const ccs = ctx.document.contentControls;
      ccs.load("items/tag,items/title,items/cannotEdit,items/cannotDelete,items/appearance");
      await ctx.sync();
      return ccs.items.map((c) => ({
        tag: c.tag,
        title: c.title,
        cannotEdit: c.cannotEdit,
        cannotDelete: c.cannotDelete,
      }));
    });
    const boxes = controls.filter((c) => c.tag.startsWith("hr:"));
    const simple = boxes.filter((c) => !c.tag.includes("."));
    expect(simple).toHaveLength(SIMPLE_FIELDS);
    expect(boxes.every((c) => c.cannotDelete && !c.cannotEdit)).toBe(true);
    expect(simple.find((c) => c.tag === "hr:gemeente")?.title).toBe("Gemeente");
    const locked = controls.filter((c) => !c.tag.startsWith("hr:"));
    expect(locked.length).toBeGreaterThan(20);
    expect(locked.every((c) => c.cannotEdit && c.cannotDelete)).toBe(true);
    expect(controls.filter((c) => c.tag === "hr-log")).toHaveLength(1);

    const stored = await dataPartInFile(host);
    expect(stored?.changeLog.map((e) => e.kind)).toEqual(["created"]);
    expect(await visibleLogRows()).toEqual([
      ["01-09-2020", "PH", "Ambiq", "Document", expect.stringContaining("Omgezet naar formulier")],
    ]);
  });

  test.each([
    ["a professional's filled copy", FILLED],
    ["the same copy re-saved by LibreOffice", LIBREOFFICE],
  ])("keeps what was typed in %s", async (_name, file) => {
    await startHost(profile, file);
    const gateway = gatewayFor();
    expect((await gateway.open()).kind).toBe("plain");
    const view = await gateway.convert(PH);
    expect(view.values.initialen).toBe("ES");
    expect(view.values.gemeente).toBe("Hengelo");
    const people = view.values.betrokkenen as { cells: Record<string, string> }[];
    expect(people.filter((r) => r.cells.naam !== "")).toHaveLength(2);
    expect(view.outsideEdits).toEqual([]);
    expect(await boxText("hr:initialen")).toBe("ES");
    expect(view.data?.changeLog[0]?.description).toMatch(/al ingevulde vakken overgenomen/);
  });

  test("a user can type in the boxes but nowhere else", async () => {
    const host = await startHost(profile, PLAIN);
    await gatewayFor().convert(PH);
    host.user.typeInControl("hr:hulpvraag", "Ouders willen rust in huis.");
    expect(await boxText("hr:hulpvraag")).toBe("Ouders willen rust in huis.");
    expect(() => host.user.typeOutsideControls(0, "Eigen tekst")).toThrow();
    expect(() => host.user.typeInControl("hr-log", "vervalst")).toThrow();
    expect(() => host.user.deleteControl("hr:hulpvraag")).toThrow();
  });

  test("reads the form in at most two round trips", async () => {
    const host = await startHost(profile, PLAIN);
    await gatewayFor().convert(PH);
    host.syncCount = 0;
    const read = await Word.run((ctx) => readForm(ctx, caps()));
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(read.kind).toBe("form");
    expect(read.data.status).toBe("ok");
  });
});

test("conversion costs the same round trips for 10 and 1,000 boxes", async () => {
  const counts: number[] = [];
  for (const n of [10, 1000]) {
    const template = syntheticTemplate(n);
    const host = await startHost("web", await buildPlainHandreiking(template));
    host.syncCount = 0;
    const result = await Word.run((ctx) => convertDocument(ctx, caps(), { signer: PH, template }));
    counts.push(host.syncCount);
    expect(Object.keys(result.data.lastAttributed)).toHaveLength(n);
  }
  expect(counts).toEqual([2, 2]);
}, 120_000);

test("the bundled template can be inserted into an empty document and converted", async () => {
  for (const profile of PROFILES) {
    const host = await startHost(profile);
    host.syncCount = 0;
    const view = await gatewayFor().newDocument(PH);
    expect(view.kind).toBe("form");
    expect(Object.keys(view.boxTexts).filter((k) => !k.includes("."))).toHaveLength(
      allFields().filter((l) => l.field.kind !== "rows").length,
    );
    expect(view.data?.templateVersion).toBe(TEMPLATE.version);
  }
});

test("a new or converted form has the profile's name and organisation in the Beheerder box only; a filled one is kept", async () => {
  const petra = { ...PH, name: "Petra Hof" };
  await startHost("web");
  const made = await gatewayFor().newDocument(petra);
  expect(made.boxTexts.beheerder).toBe("Petra Hof (Ambiq)");
  expect(await boxText("hr:beheerder")).toBe("Petra Hof (Ambiq)");
  expect(made.outsideEdits).toEqual([]);
  expect(Object.entries(made.boxTexts).filter(([, t]) => t.includes("Petra"))).toEqual([
    ["beheerder", "Petra Hof (Ambiq)"],
  ]);
  expect(JSON.stringify(made.data?.changeLog)).not.toContain("Petra");
  // the box prefilled from the profile was not "already filled in": nothing is counted as taken over
  expect(made.data?.changeLog[0]?.description).toMatch(/^Omgezet naar formulier \(sjabloon [\d.]+\)\.$/);

  // a profile without a name prefills nothing (not "(Ambiq)"), and nothing is counted as taken over
  await startHost("office2019", PLAIN);
  const unnamed = await gatewayFor().convert(PH);
  expect(unnamed.boxTexts.beheerder).toBe("");
  expect(unnamed.data?.changeLog[0]?.description).not.toMatch(/overgenomen/);

  await startHost("web", FILLED);
  expect((await gatewayFor().convert(petra)).boxTexts.beheerder).toBe("P. Hendriks (Wijkteam Hengelo)");
});

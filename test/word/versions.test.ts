// One document, every Word: made in one version, opened, edited and saved in another, any
// number of times, with rows added and removed in each. Every Word reads the same custom XML
// part (Word 2019 through the Common API), so no problem is reported and nothing is lost; a
// real problem is still found in every version.
import type { ProfileName, WordHost } from "word-host";
import type { FormGateway, FormView } from "../../src/word/gateway";
import {
  ES,
  gatewayFor,
  PH,
  PLAIN,
  PROFILES,
  partsInPackage,
  replaceDataParts,
  SEPT_2,
  startHost,
  stopHost,
  visibleLogRows,
  editLogTable,
} from "handreiking-fixtures/harness";
import { growLog } from "handreiking-fixtures/grow-log";

afterEach(stopHost);

const FORM_NS = "urn:handreiking-regie:twente:form:1";

interface Seen {
  boxTexts: Record<string, string>;
  values: FormView["values"];
  log: unknown[];
  visibleLog: string[][];
}

async function seen(view: FormView): Promise<Seen> {
  return {
    boxTexts: view.boxTexts,
    values: view.values,
    log: view.data!.changeLog,
    visibleLog: await visibleLogRows(),
  };
}

/** A box, a cell, a row added and filled, another row removed: what people do in every version. */
async function work(gateway: FormGateway, who: typeof PH, round: number): Promise<FormView> {
  let view = await gateway.open();
  view = await gateway.writeBox("zorgen", `Zorgen, ronde ${round}`, who);
  const first = view.data!.rowOrder.betrokkenen![0]!;
  view = await gateway.writeBox(`betrokkenen.${first}.naam`, `Naam ${round}`, who);
  view = await gateway.addRow("betrokkenen", who);
  const added = view.data!.rowOrder.betrokkenen!.at(-1)!;
  view = await gateway.writeBox(`betrokkenen.${added}.naam`, `Nieuwe rij ${round}`, who);
  const second = view.data!.rowOrder.betrokkenen![1]!;
  return gateway.removeRow("betrokkenen", second, who);
}

/** Saves in the current Word and opens the file in `profile`: 0 problems, and what the pane reads there. */
async function moveTo(
  bytes: Uint8Array,
  profile: ProfileName,
  expected: Seen,
): Promise<{ host: WordHost; gateway: FormGateway; view: FormView }> {
  const host = await startHost(profile, bytes);
  const gateway = gatewayFor();
  const view = await gateway.open();
  expect({ profile, problems: view.problems, outsideEdits: view.outsideEdits }).toEqual({
    profile,
    problems: [],
    outsideEdits: [],
  });
  expect(await seen(view)).toEqual(expected);
  // one data part, in the custom XML part every version reads; no second copy in the settings
  expect(partsInPackage(host, FORM_NS)).toHaveLength(1);
  expect(host.Office.context.document.settings.get("handreikingRegie.dataPart")).toBeNull();
  return { host, gateway, view };
}

const PAIRS = PROFILES.flatMap((a) => PROFILES.filter((b) => b !== a).map((b) => [a, b] as const));

describe.each(PAIRS)("made in %s, opened in %s", (a, b) => {
  test("0 problems both ways; form values and log identical; nothing lost", async () => {
    let host = await startHost(a, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    const inA = await seen(await work(gateway, PH, 1));

    const there = await moveTo(await host.saveDocx(), b, inA);
    const inB = await seen(await work(there.gateway, ES, 2));
    host = there.host;

    const back = await moveTo(await host.saveDocx(), a, inB);
    expect(back.view.values.zorgen).toBe("Zorgen, ronde 2");
    // ES's round before agreement: one fill session (box, cell, row added and filled) and the removed row
    expect(back.view.data!.changeLog.length).toBe(inA.log.length + 2);
    expect(back.view.data!.changeLog.slice(0, inA.log.length)).toEqual(inA.log);
  });
});

test("a chain web → 2019 → desktop → 2019 → web, rows added and removed in each: 0 problems, nothing lost", async () => {
  const chain: ProfileName[] = ["web", "office2019", "desktop", "office2019", "web"];
  const who = [PH, ES];
  let host = await startHost(chain[0]!, PLAIN);
  let gateway = gatewayFor();
  await gateway.convert(PH);
  let before = await seen(await work(gateway, PH, 0));
  for (const [i, profile] of chain.slice(1).entries()) {
    const moved = await moveTo(await host.saveDocx(), profile, before);
    gateway = moved.gateway;
    host = moved.host;
    const after = await seen(await work(gateway, who[i % 2]!, i + 1));
    expect(after.log.slice(0, before.log.length)).toEqual(before.log);
    before = after;
  }
  const last = await moveTo(await host.saveDocx(), "desktop", before);
  expect(last.view.values.zorgen).toBe(`Zorgen, ronde ${chain.length - 1}`);
});

describe.each(PROFILES)("a real problem is still found in %s", (profile) => {
  test("the data part removed from the file by hand", async () => {
    const host = await startHost("web", PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    await work(gateway, PH, 1);
    replaceDataParts(host, null);
    await startHost(profile, await host.saveDocx());
    expect((await gatewayFor().open()).problems.map((p) => p.id)).toEqual(["dataMissing"]);
  });

  test("the data part edited by hand (unreadable)", async () => {
    const host = await startHost("office2019", PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    replaceDataParts(host, `<form xmlns="${FORM_NS}"><formVersion>x</formVersion></form>`);
    await startHost(profile, await host.saveDocx());
    expect((await gatewayFor().open()).problems.map((p) => p.id)).toEqual(["dataUnreadable"]);
  });

  test("a box changed outside the pane in another version", async () => {
    const other = PROFILES.find((p) => p !== profile)!;
    const host = await startHost(other, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    host.user.typeInControl("hr:zorgen", " en pesten", { mode: "append" });
    await startHost(profile, await host.saveDocx());
    const view = await gatewayFor().open();
    expect(view.problems).toEqual([]);
    expect(view.outsideEdits).toMatchObject([
      { key: "zorgen", before: "Schoolverzuim", after: "Schoolverzuim en pesten" },
    ]);
  });

  test("the visible log edited by hand", async () => {
    const other = PROFILES.find((p) => p !== profile)!;
    const host = await startHost(other, PLAIN);
    const gateway = gatewayFor();
    await gateway.convert(PH);
    await gateway.writeBox("zorgen", "Schoolverzuim", PH);
    await editLogTable((table) => (table.getCell(2, 4).value = "Niets gewijzigd"));
    await startHost(profile, await host.saveDocx());
    expect((await gatewayFor().open()).problems.map((p) => p.id)).toEqual(["logEdited"]);
  });
});

test("a long log archived on Word 2019 (Common API archive parts) reads whole in 365, and back", async () => {
  let host = await startHost("office2019", PLAIN);
  let gateway = gatewayFor();
  await gateway.convert(PH);
  // ~2 KB per entry (before and after near the 1,000-character cap): 150 entries pass the 200 KB budget.
  await growLog(150, PH, SEPT_2, 160);
  let view = await gateway.open();
  expect(partsInPackage(host, "urn:handreiking-regie:twente:log-archive:1").length).toBeGreaterThan(0);
  const ids = view.data!.changeLog.map((e) => e.id);
  for (const profile of ["desktop", "office2019"] as const) {
    host = await startHost(profile, await host.saveDocx());
    gateway = gatewayFor();
    const read = await gateway.open();
    expect(read.problems).toEqual([]);
    expect(read.data!.changeLog.map((e) => e.id).slice(0, ids.length)).toEqual(ids);
    view = await gateway.writeBox("hulpvraag", `Rust in huis (${profile}).`, PH);
  }
  // the same person on the same day, before agreement: one fill session, updated in the second Word
  expect(view.data!.changeLog).toHaveLength(ids.length + 1);
});

// Documents people changed by hand: each case is detected, repaired or reported, and nothing
// typed is lost.
import { DATA_PART_NAMESPACE } from "../../src/domain";
import { boxText, dataPartInFile, gatewayFor, PH, PLAIN, startHost, stopHost, visibleLogRows } from "./harness";

afterEach(stopHost);

async function form(profile: "web" | "desktop" = "desktop") {
  const host = await startHost(profile, PLAIN);
  const gateway = gatewayFor();
  await gateway.convert(PH);
  await gateway.open();
  await gateway.writeBox("zorgen", "Schoolverzuim", PH);
  return { host, gateway };
}

async function partXml(namespace: string): Promise<{ id: string; xml: string }[]> {
  return Word.run(async (ctx) => {
    const parts = ctx.document.customXmlParts.getByNamespace(namespace);
    parts.load("items/id");
    await ctx.sync();
    const xml = parts.items.map((p) => ({ id: p.id, xml: p.getXml() }));
    await ctx.sync();
    return xml.map((x) => ({ id: x.id, xml: x.xml.value }));
  });
}

test("a box copied by hand: reported, the copy becomes plain text, its text stays", async () => {
  const { gateway } = await form();
  await Word.run(async (ctx) => {
    const copy = ctx.document.body.insertParagraph("Gekopieerde tekst", "End").insertContentControl();
    copy.tag = "hr:zorgen";
    await ctx.sync();
  });
  const view = await gateway.open();
  expect(view.problems.map((p) => p.id)).toEqual(["duplicateTags"]);
  expect(view.values.zorgen).toBe("Schoolverzuim");
  const repaired = await gateway.repair(PH);
  expect(repaired.problems).toEqual([]);
  expect(await boxText("hr:zorgen")).toBe("Schoolverzuim");
  const body = await Word.run(async (ctx) => {
    ctx.document.body.load("text");
    await ctx.sync();
    return ctx.document.body.text;
  });
  expect(body).toContain("Gekopieerde tekst");
});

test("a tag edited by hand: the strange control is reported, the box is made again, no text lost", async () => {
  const { gateway } = await form();
  await Word.run(async (ctx) => {
    ctx.document.contentControls.getByTag("hr:zorgen").getFirst().tag = "hr:zorgenOud";
    await ctx.sync();
  });
  const view = await gateway.open();
  expect(view.problems.map((p) => p.id).sort()).toEqual(["boxMissing", "strangeTags"]);
  const repaired = await gateway.repair(PH);
  expect(repaired.problems.map((p) => p.id)).toEqual(["strangeTags"]);
  expect(repaired.values.zorgen).toBe("Schoolverzuim");
});

test("a data part from a newer version of the add-in: reported, nothing is written or repaired", async () => {
  const { host, gateway } = await form("web");
  const [current] = await partXml(DATA_PART_NAMESPACE);
  await Word.run(async (ctx) => {
    ctx.document.customXmlParts.getItem(current!.id).delete();
    ctx.document.customXmlParts.add(current!.xml.replace(DATA_PART_NAMESPACE, "urn:handreiking-regie:twente:form:2"));
    await ctx.sync();
  });
  const view = await gateway.open();
  expect(view.problems.map((p) => p.id)).toEqual(["dataFuture"]);
  const before = host.documentXml();
  await expect(gateway.writeBox("zorgen", "Iets anders", PH)).rejects.toThrow(/nieuwere versie/);
  await expect(gateway.repair(PH)).rejects.toThrow(/nieuwere versie/);
  expect(host.documentXml()).toBe(before);
  expect(await partXml("urn:handreiking-regie:twente:form:2")).toHaveLength(1);
});

test("log rows removed by hand: detected and put back from the data part", async () => {
  const { gateway } = await form();
  await Word.run(async (ctx) => {
    const log = ctx.document.contentControls.getByTag("hr-log").getFirst();
    log.cannotEdit = false;
    log.tables.getFirst().deleteRows(1, 1);
    log.cannotEdit = true;
    await ctx.sync();
  });
  expect((await gateway.open()).problems.map((p) => p.id)).toEqual(["logEdited"]);
  const repaired = await gateway.repair(PH);
  expect(repaired.problems).toEqual([]);
  expect(await visibleLogRows()).toHaveLength(repaired.data!.changeLog.length);
});

test("two sets of form data in one document (a second form pasted in): the first is kept, the other set aside", async () => {
  const { host, gateway } = await form("web");
  const [current] = await partXml(DATA_PART_NAMESPACE);
  await Word.run(async (ctx) => {
    ctx.document.customXmlParts.add(current!.xml.replace(/<documentId>[^<]+<\/documentId>/, "<documentId>ander-document</documentId>"));
    await ctx.sync();
  });
  expect((await gateway.open()).problems.map((p) => p.id)).toEqual(["dataSeveral"]);
  const repaired = await gateway.repair(PH);
  expect(repaired.problems).toEqual([]);
  expect(await partXml(DATA_PART_NAMESPACE)).toHaveLength(1);
  expect((await partXml("urn:handreiking-regie:twente:quarantine:1"))[0]?.xml).toContain("ander-document");
  expect((await dataPartInFile(host))!.lastAttributed.zorgen).toBe("Schoolverzuim");
});

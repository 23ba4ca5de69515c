import { createWordHost, UserEditRefused } from "../index";
import { makeDocx } from "../fixtures";

const form = () =>
  makeDocx({
    body: [
      { cc: { tag: "kop", lock: "sdtContentLocked", content: ["Stap 1"] } },
      { cc: { tag: "vak", lock: "sdtLocked", content: [""], placeholder: "Typ hier" } },
      { cc: { tag: "groep", lock: "contentLocked", content: [{ cc: { tag: "binnen", content: ["x"] } }] } },
      { cc: { tag: "naam", inline: { before: "Naam: " }, content: "" } },
      "Vrije tekst",
    ],
  });

describe("simulated user", () => {
  test("types into unlocked boxes (replace / append / multi-line paste creates paragraphs)", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await form() });
    h.user.typeInControl("vak", "Eerste regel");
    h.user.typeInControl("vak", " en meer", { mode: "append" });
    h.user.typeInControl("naam", "Jan");
    await h.Word.run(async (ctx) => {
      const vak = ctx.document.contentControls.getByTag("vak").getFirst().load("text");
      await ctx.sync();
      expect(vak.text).toBe("Eerste regel en meer");
      expect(h.documentXml()).not.toContain("showingPlcHdr");
    });
    h.user.paste("vak", "regel 1\nregel 2\nregel 3");
    await h.Word.run(async (ctx) => {
      const paras = ctx.document.contentControls.getByTag("vak").getFirst().paragraphs.load("text");
      await ctx.sync();
      expect(paras.items.map((p: any) => p.text)).toEqual(["regel 1", "regel 2", "regel 3"]);
    });
    expect(() => h.user.paste("naam", "a\nb")).toThrow(UserEditRefused);
  });

  test("refuses typing in cannotEdit controls and inside them, and deleting cannotDelete controls", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await form() });
    const before = h.documentXml();
    expect(() => h.user.typeInControl("kop", "x")).toThrow(/cannot be edited/);
    expect(() => h.user.typeInControl("binnen", "x")).toThrow(/'groep' cannot be edited/);
    expect(() => h.user.deleteText("kop")).toThrow(UserEditRefused);
    expect(() => h.user.deleteControl("vak")).toThrow(/cannot be deleted/);
    expect(() => h.user.deleteControl("binnen")).toThrow(/inside locked control/);
    expect(() => h.user.typeOutsideControls(0, "x")).toThrow(/inside locked control 'kop'/);
    expect(h.documentXml()).toBe(before);
  });

  test("deleteText restores the placeholder; deleteControl works when unlocked", async () => {
    const h = await createWordHost({ profile: "desktop", docx: await form() });
    h.user.typeInControl("vak", "iets");
    h.user.deleteText("vak");
    await h.Word.run(async (ctx) => {
      const vak = ctx.document.contentControls.getByTag("vak").getFirst().load("text,placeholderText");
      await ctx.sync();
      expect(vak).toMatchObject({ text: "Typ hier", placeholderText: "Typ hier" });
      expect(h.documentXml()).toContain("<w:showingPlcHdr/>");
    });
    h.user.deleteControl("naam", { keepContent: true });
    expect(h.documentXml()).not.toContain('w:val="naam"');
  });

  test("typing outside controls: allowed in a plain document, refused in a forms-protected one", async () => {
    const plain = await createWordHost({ profile: "web", docx: await makeDocx({ paragraphs: ["a", "b"] }) });
    plain.user.typeOutsideControls(1, "c");
    expect(plain.user.visibleText()).toBe("a\nbc");
    const protectedDoc = await createWordHost({
      profile: "web",
      docx: await makeDocx({ body: ["vrij", { cc: { tag: "veld", content: ["?"] } }], protection: "forms" }),
    });
    expect(() => protectedDoc.user.typeOutsideControls(0, "x")).toThrow(/only allows filling in forms/);
    protectedDoc.user.typeInControl("veld", "ok");
    expect(protectedDoc.user.visibleText()).toBe("vrij\nok");
  });

  test("removeWhenEdited controls unwrap after the first edit", async () => {
    const h = await createWordHost({
      profile: "desktop",
      docx: await makeDocx({ body: [{ cc: { tag: "tmp", content: ["?"] } }] }),
    });
    await h.Word.run(async (ctx) => {
      ctx.document.contentControls.getFirst().removeWhenEdited = true;
      await ctx.sync();
    });
    h.user.typeInControl("tmp", "weg");
    expect(h.documentXml()).not.toContain("w:sdt>");
    expect(h.user.visibleText()).toBe("weg");
  });
});

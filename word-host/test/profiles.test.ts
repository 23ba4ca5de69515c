import { createWordHost, WEB_CUSTOM_XML_LIMIT_BYTES } from "../index";
import { makeDocx } from "../fixtures";

const table: Array<[string, string, { web: boolean; desktop: boolean; office2019: boolean }]> = [
  ["WordApi", "1.1", { web: true, desktop: true, office2019: true }],
  ["WordApi", "1.3", { web: true, desktop: true, office2019: true }],
  ["WordApi", "1.4", { web: true, desktop: true, office2019: false }],
  ["WordApi", "1.5", { web: true, desktop: true, office2019: false }],
  ["WordApi", "1.9", { web: true, desktop: true, office2019: false }],
  ["WordApi", "1.10", { web: false, desktop: false, office2019: false }],
  ["WordApiDesktop", "1.1", { web: false, desktop: true, office2019: false }],
  ["WordApiDesktop", "1.3", { web: false, desktop: true, office2019: false }],
  ["WordApiDesktop", "1.4", { web: false, desktop: false, office2019: false }],
  ["WordApiHiddenDocument", "1.3", { web: false, desktop: true, office2019: false }],
  ["WordApiHiddenDocument", "1.5", { web: false, desktop: true, office2019: false }],
  ["CustomXmlParts", "1.1", { web: true, desktop: true, office2019: true }],
  ["ExcelApi", "1.1", { web: false, desktop: false, office2019: false }],
];

describe("profiles", () => {
  test.each(["web", "desktop", "office2019"] as const)("isSetSupported table (%s)", async (profile) => {
    const h = await createWordHost({ profile });
    for (const [name, version, expected] of table)
      expect([name, version, h.Office.context.requirements.isSetSupported(name, version)]).toEqual([
        name,
        version,
        expected[profile],
      ]);
    expect(h.Office.context.requirements.isSetSupported("WordApi")).toBe(true);
    expect(h.Office.context.host).toBe("Word");
    expect(h.Office.context.platform).toBe(profile === "web" ? "OfficeOnline" : "PC");
  });

  test("office2019: customXmlParts, Word settings and 1.5 events fail with ApiNotFound at sync", async () => {
    const h = await createWordHost({
      profile: "office2019",
      docx: await makeDocx({ body: [{ cc: { tag: "a", content: ["x"] } }] }),
    });
    for (const batch of [
      (ctx: any) => ctx.document.customXmlParts.add("<a/>"),
      (ctx: any) => ctx.document.customXmlParts.getByNamespace("urn:x").load("items"),
      (ctx: any) => ctx.document.settings.add("k", 1),
      (ctx: any) => ctx.document.contentControls.getFirst().onDataChanged.add(() => undefined),
      (ctx: any) => ctx.document.save("Save", "naam"),
    ]) {
      await expect(
        h.Word.run(async (ctx) => {
          batch(ctx);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "ApiNotFound" });
    }
    // WordApi 1.1–1.3 members work
    await h.Word.run(async (ctx) => {
      const cc = ctx.document.contentControls.getFirst().load("tag");
      ctx.document.save();
      await ctx.sync();
      expect(cc.tag).toBe("a");
    });
    expect(h.savedAs).toEqual([{ saveBehavior: "Save", fileName: undefined }]);
  });

  test("loading a property above the profile's sets fails with ApiNotFound (Paragraph.uniqueLocalId is WordApi 1.6)", async () => {
    const h = await createWordHost({ profile: "office2019" });
    await expect(
      h.Word.run(async (ctx) => {
        ctx.document.body.paragraphs.load("text,styleBuiltIn,isListItem");
        await ctx.sync();
        (ctx.document.body.paragraphs.getFirst() as any).load("uniqueLocalId");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("content control events only fire where WordApi 1.5 exists", async () => {
    const docx = await makeDocx({ body: [{ cc: { tag: "a", content: ["x"] } }] });
    const fired: string[] = [];
    for (const profile of ["web", "desktop"] as const) {
      const h = await createWordHost({ profile, docx });
      await h.Word.run(async (ctx) => {
        ctx.document.contentControls.getFirst().onDataChanged.add(() => void fired.push(profile));
        await ctx.sync();
      });
      h.user.typeInControl("a", "y");
    }
    const old = await createWordHost({ profile: "office2019", docx });
    old.user.typeInControl("a", "y");
    await new Promise((r) => setTimeout(r, 0));
    expect(fired).toEqual(["web", "desktop"]);
  });

  test("document.save(saveBehavior, fileName) records the name on WordApi 1.5+", async () => {
    const h = await createWordHost({ profile: "web" });
    await h.Word.run(async (ctx) => {
      ctx.document.save("Save", "Handreiking regie");
      await ctx.sync();
    });
    expect(h.savedAs).toEqual([{ saveBehavior: "Save", fileName: "Handreiking regie" }]);
  });

  test("web: a custom XML part over 1 MB is refused at sync (add and setXml); desktop accepts it", async () => {
    const big = `<d xmlns="urn:big">${"x".repeat(WEB_CUSTOM_XML_LIMIT_BYTES)}</d>`;
    const web = await createWordHost({ profile: "web" });
    await expect(
      web.Word.run(async (ctx) => {
        ctx.document.customXmlParts.add(big);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException", message: expect.stringContaining("1 MB") });
    await expect(
      web.Word.run(async (ctx) => {
        const part = ctx.document.customXmlParts.add("<d xmlns='urn:big'/>");
        await ctx.sync();
        part.setXml(big);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    const desktop = await createWordHost({ profile: "desktop" });
    await desktop.Word.run(async (ctx) => {
      ctx.document.customXmlParts.add(big);
      await ctx.sync();
    });
    expect(desktop.engine.pkg.customParts).toHaveLength(1);
  });
});

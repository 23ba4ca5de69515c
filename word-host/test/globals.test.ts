// Code written against the real global Office.js types (as src/word will be) runs on the installed host.
import { createWordHost, WordHost } from "../index";
import { makeDocx } from "../fixtures";

async function addTaggedBox(tag: string, text: string): Promise<number> {
  return Word.run(async (context) => {
    const p = context.document.body.insertParagraph(text, Word.InsertLocation.end);
    const cc = p.insertContentControl();
    cc.tag = tag;
    cc.appearance = Word.ContentControlAppearance.boundingBox;
    cc.cannotDelete = true;
    cc.load("id");
    await context.sync();
    return cc.id;
  });
}

let host: WordHost;
beforeEach(async () => {
  host = await createWordHost({ profile: "web", docx: await makeDocx({ paragraphs: ["Start"] }) });
  host.install();
});
afterEach(() => host.uninstall());

test("typed Office.js code runs unchanged against the installed globals", async () => {
  const info = await Office.onReady();
  expect(info.host).toBe(Office.HostType.Word);
  expect(Office.context.requirements.isSetSupported("WordApi", "1.5")).toBe(true);
  const id = await addTaggedBox("hr:vak", "Vul in");
  await Word.run(async (context) => {
    const cc = context.document.contentControls.getById(id);
    cc.load("tag,cannotDelete,text");
    await context.sync();
    expect([cc.tag, cc.cannotDelete, cc.text]).toEqual(["hr:vak", true, "Vul in"]);
  });
  let caught: unknown;
  try {
    await Word.run(async (context) => {
      context.document.contentControls.getById(id).delete(false);
      await context.sync();
    });
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(OfficeExtension.Error);
  expect((caught as OfficeExtension.Error).code).toBe("AccessDenied");
});

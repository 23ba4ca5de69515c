// "Nieuwe handreiking" in a document that already holds something, placed after that content: the
// old content stays exactly as it was (the body's old content is the start of the new body, every
// part of the package is kept), only the inserted part becomes the form, and the form works.
import { blankDocx } from "word-host";
import { APPEND_NOTHING_BEFORE } from "../../src/domain/text/append";
import { changesBeyondAppend } from "../foreign/package-kept";
import { gatewayFor, PH, PROFILES, startHost, stopHost } from "handreiking-fixtures/harness";
import { said } from "./said";

afterEach(() => stopHost());

const picture =
  '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Foto"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r></w:p>';
const letter =
  "<w:p><w:r><w:t>Brief aan de ouders</w:t></w:r></w:p>" +
  picture +
  '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Eigen tabel</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
  '<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr></w:p>' +
  "<w:p><w:r><w:t>Tweede sectie</w:t></w:r></w:p>";

describe.each(PROFILES)("on %s", (profile) => {
  test("the template goes after the content; nothing of it changes; the new part is the form", async () => {
    const host = await startHost(profile, await blankDocx(letter));
    const before = await host.saveDocx();
    const gateway = gatewayFor();
    expect((await gateway.open()).kind).toBe("other");
    await expect(said(gateway.newDocument(PH))).resolves.toMatch(/^Dit document is niet leeg/);

    const view = await gateway.newDocument(PH, "afterContent");
    expect(view.kind).toBe("form");
    expect(view.problems).toEqual([]);
    expect(await changesBeyondAppend(before, await host.saveDocx())).toEqual([]);
    // the old content is not locked: it is in no content control
    const outside = await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const control = first.parentContentControlOrNullObject;
      control.load("id");
      first.load("text");
      await context.sync();
      return { text: first.text, locked: !control.isNullObject };
    });
    expect(outside).toEqual({ text: "Brief aan de ouders", locked: false });
    // and the form works: a box is written and logged, read back on opening again
    const written = await gateway.writeBox("hulpvraag", "Ondersteuning thuis", PH);
    expect(written.values.hulpvraag).toBe("Ondersteuning thuis");
    const again = await gatewayFor().open();
    expect(again.kind).toBe("form");
    expect(again.problems).toEqual([]);
    expect(again.values.hulpvraag).toBe("Ondersteuning thuis");
  });
});

test("an empty body is refused with a Dutch message and left as it was (the ordinary Nieuwe handreiking applies)", async () => {
  const host = await startHost("desktop", await blankDocx("<w:p/>"));
  const before = await host.saveDocx();
  await expect(said(gatewayFor().newDocument(PH, "afterContent"))).resolves.toMatch(APPEND_NOTHING_BEFORE);
  expect(await changesBeyondAppend(before, await host.saveDocx())).toEqual([]);
});

// Issue 15 item 5: LibreOffice opens the files the add-in writes (the bundled template, a form
// filled on the emulator, its anonymised copy), one conversion to text each. The strict
// package check of the same files is package-check.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { anonymiseCopy } from "../../src/document/anonymise-docx";
import { TEMPLATE } from "../../src/domain";
import { VALUES, filledDocx } from "handreiking-fixtures/filled-docx";
import { PLAIN, stopHost } from "handreiking-fixtures/harness";
import { describeWithCommands, sofficeConvert } from "word-host/soffice";

const seed = (n: number) => () => {
  n = (n * 1103515245 + 12345) % 2 ** 31;
  return n / 2 ** 31;
};

describeWithCommands(["soffice"], "LibreOffice opens the files the add-in writes", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "package-opens-"));
  });
  afterAll(() => {
    stopHost();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The document's text as LibreOffice reads it. */
  function textOf(name: string, bytes: Uint8Array): string {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return readFileSync(sofficeConvert(file, dir, "txt:Text"), "utf8");
  }

  test("the bundled template", () => {
    expect(textOf("sjabloon.docx", new Uint8Array(readFileSync(PLAIN)))).toContain(TEMPLATE.title);
  });

  test("a form converted and filled on the emulator", async () => {
    const text = textOf("ingevuld.docx", await filledDocx());
    expect(text).toContain(TEMPLATE.title);
    expect(text).toContain(VALUES.hulpvraag as string);
  }, 60_000);

  test("its anonymised copy", async () => {
    const copy = await anonymiseCopy(await filledDocx(), { code: "J07", random: seed(42) });
    const text = textOf("geanonimiseerd.docx", copy.bytes);
    expect(text).toContain(TEMPLATE.title);
    expect(text).not.toContain("Sanne");
  }, 60_000);
});

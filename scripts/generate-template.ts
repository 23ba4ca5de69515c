// npm run template: writes the bundled plain handreiking and the test fixtures.
//   assets/handreiking-regie.docx             the plain handreiking, as the region hands it out
//   test/fixtures/handreiking-ingevuld.docx   the same, with fictional content typed into some boxes
//   test/fixtures/handreiking-libreoffice.docx  the filled one re-saved by LibreOffice (when soffice is on PATH)
// npm run template -- --version 1.1: writes only the plain handreiking of that registered version, to
//   assets/handreiking-regie-1.1.docx (not bundled: the add-in bundles the version it ships, SHIPPED_VERSION)
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildPlainHandreiking } from "../src/document";
import { TEMPLATE, templateOfVersion } from "../src/domain/template";
import { FILLED_EXAMPLE } from "handreiking-fixtures/filled-example";
import { findSoffice, sofficeConvert } from "word-host/soffice";

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const asset = path.join(root, "assets", "handreiking-regie.docx");
  const fixtures = path.join(root, "test", "fixtures");
  mkdirSync(path.dirname(asset), { recursive: true });
  mkdirSync(fixtures, { recursive: true });

  const versionArg = process.argv.indexOf("--version");
  if (versionArg >= 0) {
    const template = templateOfVersion(process.argv[versionArg + 1] ?? "");
    const target = path.join(root, "assets", `handreiking-regie-${template.version}.docx`);
    writeFileSync(target, await buildPlainHandreiking(template));
    console.log(`wrote ${path.relative(root, target)}`);
    return;
  }

  writeFileSync(asset, await buildPlainHandreiking(TEMPLATE));
  console.log(`wrote ${path.relative(root, asset)}`);

  const filledPath = path.join(fixtures, "handreiking-ingevuld.docx");
  writeFileSync(filledPath, await buildPlainHandreiking(TEMPLATE, { filled: FILLED_EXAMPLE }));
  console.log(`wrote ${path.relative(root, filledPath)}`);

  if (!findSoffice()) {
    console.warn("soffice is not on PATH: test/fixtures/handreiking-libreoffice.docx NOT regenerated");
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), "handreiking-lo-"));
  try {
    const input = path.join(work, "handreiking-libreoffice.docx");
    copyFileSync(filledPath, input);
    const outDir = path.join(work, "out");
    mkdirSync(outDir);
    const converted = sofficeConvert(input, outDir, "docx:MS Word 2007 XML");
    const target = path.join(fixtures, "handreiking-libreoffice.docx");
    copyFileSync(converted, target);
    console.log(`wrote ${path.relative(root, target)} (re-saved by LibreOffice)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

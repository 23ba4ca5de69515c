// Renders the generated handreiking with LibreOffice (PDF, then page 1 as PNG) into test-output/.
// Without soffice the test warns and is skipped, unless CI=true, where it fails.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildPlainHandreiking } from "../../src/document";
import { TEMPLATE } from "../../src/domain/template";
import { FILLED_EXAMPLE } from "handreiking-fixtures/filled-example";
import { describeWithCommands, hasCommand, sofficeConvert } from "word-host/soffice";

const OUT = path.resolve(__dirname, "../../test-output/document");

function pageCount(pdf: string): number {
  if (hasCommand("pdfinfo")) {
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
    const m = /^Pages:\s+(\d+)/m.exec(info.stdout);
    if (m) return Number(m[1]);
  }
  return (readFileSync(pdf, "latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describeWithCommands(["soffice"], "LibreOffice render", () => {
  jest.setTimeout(180_000);

  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  it.each([
    ["handreiking-regie", undefined],
    ["handreiking-ingevuld", FILLED_EXAMPLE],
  ] as const)("%s renders to an A4 PDF of at least 2 pages", async (name, filled) => {
    const docx = path.join(OUT, `${name}.docx`);
    writeFileSync(docx, await buildPlainHandreiking(TEMPLATE, filled ? { filled } : {}));
    const pdf = sofficeConvert(docx, OUT, "pdf", 90_000);
    expect(existsSync(pdf)).toBe(true);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    if (hasCommand("pdfinfo")) {
      expect(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout).toMatch(/Page size:.*\(A4\)/);
    }
    if (hasCommand("pdftoppm")) {
      const prefix = path.join(OUT, `${name}-page`);
      const r = spawnSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", pdf, prefix], {
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(r.status).toBe(0);
      const png = [`${prefix}-1.png`, `${prefix}-01.png`].find((p) => existsSync(p));
      expect(png).toBeDefined();
    } else {
      console.warn("pdftoppm (poppler-utils) is not on PATH: no PNG of page 1");
    }
  });
});

// Node-only helpers (file system, LibreOffice). Not imported by the emulator core.
import { readFile, writeFile, mkdtemp, rm, stat } from "node:fs/promises";
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function readDocx(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(file));
}

export async function writeDocx(file: string, bytes: Uint8Array): Promise<void> {
  await writeFile(file, bytes);
}

/** Path of soffice/libreoffice when installed, else null. */
export async function findSoffice(): Promise<string | null> {
  for (const bin of ["soffice", "libreoffice"]) {
    try {
      const { stdout } = await run("sh", ["-c", `command -v ${bin}`]);
      if (stdout.trim()) return stdout.trim();
    } catch {
      /* not found */
    }
  }
  return null;
}

/**
 * Converts a .docx to PDF with LibreOffice using a private profile dir (avoids profile locks when
 * several conversions run at once). Returns the PDF path inside `outDir`.
 */
export async function convertToPdf(soffice: string, docxPath: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), "lo-profile-"));
  try {
    await run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, docxPath], { timeout: 120000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  await stat(pdf);
  return pdf;
}

/** First page as PNG via pdftoppm (null when pdftoppm is missing). */
export async function firstPageToPng(pdfPath: string, outPrefix: string, dpi = 60): Promise<string | null> {
  try {
    await run("pdftoppm", ["-png", "-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", pdfPath, outPrefix]);
    return `${outPrefix}.png`;
  } catch {
    return null;
  }
}

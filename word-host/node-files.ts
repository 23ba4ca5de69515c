// Node-only helpers (file system, LibreOffice). Not imported by the emulator core.
import { readFile, writeFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { findSoffice as findOnPath, sofficeConvert } from "./soffice";

const run = promisify(execFile);

export async function readDocx(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(file));
}

export async function writeDocx(file: string, bytes: Uint8Array): Promise<void> {
  await writeFile(file, bytes);
}

/** Path of soffice/libreoffice when installed, else null (see word-host/soffice.ts). */
export async function findSoffice(): Promise<string | null> {
  return findOnPath() ?? null;
}

/** Converts a .docx to PDF with LibreOffice (private profile per run); returns the PDF path inside `outDir`. */
export async function convertToPdf(_soffice: string, docxPath: string, outDir: string): Promise<string> {
  return sofficeConvert(docxPath, outDir, "pdf", 120_000);
}

/** First page as PNG via pdftoppm (null when pdftoppm is missing). */
export async function firstPageToPng(pdfPath: string, outPrefix: string, dpi = 60): Promise<string> {
  await run("pdftoppm", ["-png", "-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", pdfPath, outPrefix]);
  return `${outPrefix}.png`;
}

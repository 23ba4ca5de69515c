// The research copy, last step: the package written, every entry with one neutral date (the zip
// entries' dates are metadata too).
import JSZip from "jszip";
import { flushParts, partPaths } from "./docx-parts";

/** Every file in the anonymised package gets this date (the zip entries' dates are metadata too). */
const FIXED_ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/** The package, with neutral dates on every entry. */
export async function packDocx(zip: JSZip): Promise<Uint8Array> {
  flushParts(zip);
  const out = new JSZip();
  for (const path of partPaths(zip)) {
    const file = zip.file(path);
    if (file) out.file(path, await file.async("uint8array"), { date: FIXED_ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}

// Reading a file the user chose for the copies tab, in the pane only, without any network.
import { FILE_UNREADABLE, TOO_LARGE } from "../domain/text/copy-screen";

/** A chosen file is read in the pane only; larger than this is no handreiking. */
export const MAX_COPY_BYTES = 50 * 1024 * 1024;
export { TOO_LARGE };

/** The bytes of a file the user chose (FileReader: works in every Office webview). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(FILE_UNREADABLE));
    reader.readAsArrayBuffer(file);
  });
}

export function summaryFileName(docxName: string): string {
  return docxName.replace(/\.docx$/i, "") + " samenvatting.json";
}

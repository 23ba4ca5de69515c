// Offers bytes as a file download: a Blob, an object URL and a temporary <a download>.
// Nothing leaves the machine.

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string = DOCX_MIME): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  downloadBlob(new Blob([copy.buffer], { type: mime }), fileName);
}

/** Text (a JSON report, for instance) as a UTF-8 file download. */
export function downloadText(text: string, fileName: string, mime: string): void {
  downloadBlob(new Blob([text], { type: `${mime};charset=utf-8` }), fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Give the browser a moment to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

// Copying without a network or extra permissions: the async clipboard where Word's browser
// offers it, otherwise the text is selected so the user can press Ctrl+C.

/** True when the text is on the clipboard; false when it was only selected in `fallback`. */
export async function copyText(
  text: string,
  fallback: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clipboard && typeof clipboard.writeText === "function") {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission in this host): fall back to selecting.
    }
  }
  if (fallback) {
    fallback.focus();
    fallback.select();
  }
  return false;
}

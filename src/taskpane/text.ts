// Small text helpers for the pane.

/** Shortens text for a one-line overview, keeping whole characters. */
export function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(oneLine);
  return chars.length <= max ? oneLine : `${chars.slice(0, max - 1).join("")}…`;
}

/** "(leeg)" for empty text, so a change from or to nothing is visible. */
export function orEmpty(text: string): string {
  return text.trim() === "" ? "(leeg)" : text;
}

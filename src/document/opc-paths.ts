// Paths inside an Office Open XML package (OPC): where a part's relationships live, and what a
// relationship target points at. Used by the .docx readers and writers and by the Word host emulator.

/** "word/document.xml" → "word/_rels/document.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship's Target resolved against the source part's folder ("" for the package root). */
export function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (baseDir ? baseDir.split("/") : []).concat(target.split("/"));
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

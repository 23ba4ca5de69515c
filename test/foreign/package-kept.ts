// Whether a Word file still holds everything it held before the add-in appended to it: every part
// is byte for byte the same, except the ones an append must extend, and those only grew. The main
// document part: the old body (without its final section) is the start of the new body, and the
// final section (page set-up, header/footer references) is the same. Independent of src/.
import JSZip from "jszip";

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async("uint8array"));
  return parts;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The body's inner XML, split into what comes before the final w:sectPr and that section. */
function bodyOf(xml: string): { content: string; finalSection: string } | null {
  const inner = /<(?:[\w.-]+:)?body>([\s\S]*)<\/(?:[\w.-]+:)?body>/.exec(xml)?.[1];
  if (inner === undefined) return null;
  const finalSection = /<(\w+:)?sectPr\b(?:(?!<\1sectPr\b)[\s\S])*<\/\1sectPr>\s*$/.exec(inner)?.[0] ?? "";
  return { content: inner.slice(0, inner.length - finalSection.length), finalSection };
}

/** The elements named that `before` holds and `after` lacks (a list part may only grow). */
function lostElements(before: string, after: string, names: RegExp): string[] {
  return (before.match(names) ?? []).filter((el) => !after.includes(el));
}

/** What the append lost or changed ([]: nothing); each line names the part. */
export async function changesBeyondAppend(beforeBytes: Uint8Array, afterBytes: Uint8Array): Promise<string[]> {
  const before = await partsOf(beforeBytes);
  const after = await partsOf(afterBytes);
  const problems: string[] = [];
  for (const [name, old] of before) {
    const now = after.get(name);
    if (!now) {
      problems.push(`${name}: verdwenen`);
      continue;
    }
    if (same(old, now)) continue;
    const oldText = text(old);
    const newText = text(now);
    const oldBody = bodyOf(oldText);
    if (oldBody) {
      const newBody = bodyOf(newText);
      if (!newBody || !newBody.content.startsWith(oldBody.content))
        problems.push(`${name}: de oude inhoud is niet het begin van de nieuwe`);
      else if (newBody.finalSection !== oldBody.finalSection) problems.push(`${name}: de laatste sectie is veranderd`);
    } else if (/styles\.xml$/.test(name)) {
      problems.push(...lostElements(oldText, newText, /<w:style\b[\s\S]*?<\/w:style>/g).map((s) => `${name}: ${s}`));
    } else if (/\.rels$|\[Content_Types\]\.xml$/.test(name)) {
      problems.push(
        ...lostElements(oldText, newText, /<(Relationship|Override|Default)\b[^>]*\/>/g).map((s) => `${name}: ${s}`),
      );
    } else problems.push(`${name}: veranderd`);
  }
  return problems;
}

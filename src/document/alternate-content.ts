// What a reader of a part sees through Markup Compatibility (ECMA-376 Part 3, 10.2): of each
// mc:AlternateContent it takes the first mc:Choice whose Requires namespaces it understands, or
// else the mc:Fallback, and never both. Word writes the same drawing, text box or content control
// in a Choice and again in its Fallback, with the same ids, so a check of unique ids counts each
// reader's view.
import type { Element } from "@xmldom/xmldom";
import { childElements, pushChildren } from "./ooxml";
import { MC_NS } from "./word-namespaces";

/** A reader of Markup Compatibility: which namespaces it understands. */
export interface McReader {
  understands(namespace: string): boolean;
}

const isMc = (e: Element, localName: string): boolean => e.namespaceURI === MC_NS && e.localName === localName;

/** The branch of an mc:AlternateContent that `reader` takes, or null when it takes none. */
function branchOf(alternate: Element, reader: McReader): Element | null {
  for (const b of childElements(alternate)) {
    if (isMc(b, "Fallback")) return b;
    if (!isMc(b, "Choice")) continue;
    const prefixes = (b.getAttribute("Requires") ?? "").split(/\s+/).filter(Boolean);
    const namespaces = prefixes.map((p) => b.lookupNamespaceURI(p));
    if (namespaces.length > 0 && namespaces.every((ns) => ns !== null && reader.understands(ns))) return b;
  }
  return null;
}

/** The elements below `root` that `reader` sees and `wanted` picks, in document order. */
export function elementsSeenBy(root: Element, reader: McReader, wanted: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const e = stack.pop() as Element;
    if (isMc(e, "AlternateContent")) {
      const branch = branchOf(e, reader);
      if (branch) pushChildren(stack, branch);
      continue;
    }
    if (wanted(e)) out.push(e);
    pushChildren(stack, e);
  }
  return out;
}

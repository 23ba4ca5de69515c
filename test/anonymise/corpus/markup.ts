// The corpus's annotation markup: "[[naam/kind:Sanne]] is [[leeftijd:14 jaar]]" is the text
// "Sanne is 14 jaar" with two annotated identifiers. The category comes first, then optionally
// "/" and who it is (so the test can check that one person keeps one code).

export const CATEGORIES = ["naam", "contact", "plaats", "datum", "leeftijd", "nummer", "organisatie"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Annotation {
  start: number;
  end: number;
  category: Category;
  /** Who a name belongs to ("kind", "moeder", "mentor"…), for the consistency check. */
  who?: string;
  text: string;
}

export interface Annotated {
  text: string;
  annotations: Annotation[];
}

const MARK = /\[\[(\w+)(?:\/([\w-]+))?:([^\]]+)\]\]/g;

export function parseMarkup(marked: string): Annotated {
  const annotations: Annotation[] = [];
  let text = "";
  let at = 0;
  for (const m of marked.matchAll(MARK)) {
    const [whole, category = "", who, value = ""] = m;
    if (!(CATEGORIES as readonly string[]).includes(category))
      throw new Error(`unknown category ${category} in ${marked}`);
    text += marked.slice(at, m.index);
    const start = text.length;
    text += value;
    annotations.push({ start, end: text.length, category: category as Category, ...(who ? { who } : {}), text: value });
    at = m.index + whole.length;
  }
  text += marked.slice(at);
  if (text.includes("[[") || text.includes("]]")) throw new Error(`broken markup in ${marked}`);
  return { text, annotations };
}

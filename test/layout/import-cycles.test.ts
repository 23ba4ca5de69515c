// Issue 29 item 5: no import circles in src/. A circle means a type or a function sits in the wrong
// file; each of the ones found was broken by moving it (e.g. copies/copy-state.ts).
import { existsSync, readFileSync } from "fs";
import path from "path";
import { sources } from "./source-files";

const ROOT = path.resolve(__dirname, "../..");

/** The files a file imports by a relative path (type imports included: they tie files too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(/from\s+["'](\.[^"']*)["']/g)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const hit = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find(
      existsSync,
    );
    if (hit) found.push(hit);
  }
  return found;
}

/** Strongly connected groups of more than one file (Tarjan). */
export function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

test("src/ has no import circles", () => {
  const graph = new Map(sources(path.join(ROOT, "src")).map((f) => [f, importsOf(f)]));
  expect(circles(graph).map((g) => g.map((f) => path.relative(ROOT, f)))).toEqual([]);
});

test("the check finds a circle of three and ignores a chain", () => {
  const graph = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a"]],
    ["d", ["a"]],
  ]);
  expect(circles(graph)).toEqual([["a", "b", "c"]]);
  expect(
    circles(
      new Map([
        ["a", ["b"]],
        ["b", []],
      ]),
    ),
  ).toEqual([]);
});

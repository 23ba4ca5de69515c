// Message bars wrap: Fluent's default layout keeps a bar on one line ("white-space: nowrap") and
// in a narrow pane cuts the text off at the edge. Every bar in the pane asks for "multiline".
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".tsx") ? [path] : [];
  });
}

test('every MessageBar in the pane has layout="multiline"', () => {
  const files = sources(join(__dirname, "../../src/taskpane"));
  const bars = files.flatMap((file) =>
    (readFileSync(file, "utf8").match(/<MessageBar\b[^>]*>/g) ?? []).map((tag) => ({ file, tag })),
  );
  expect(bars.length).toBeGreaterThan(20);
  expect(bars.filter((b) => !b.tag.includes('layout="multiline"'))).toEqual([]);
});

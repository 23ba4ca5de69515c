// word-host is sealed behind its package exports (issue 29 item 4): code outside the package
// reaches it by name, through index.ts, soffice.ts (Node only) or internals.ts (API classes for
// prototype spies), never by a path into its files.
import { readdirSync, readFileSync, statSync } from "fs";
import { spawnSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["src", "test", "bench", "preview", "scripts"];
const OPEN = new Set(["word-host", "word-host/soffice", "word-host/internals"]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sources(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [full] : [];
  });
}

/** Every module specifier in a file (import/export from, require, dynamic import). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:from\s*|require\(\s*|import\(\s*)["']([^"']+)["']/g)) found.push(m[1]);
  return found;
}

test("nothing outside word-host imports one of its files directly", () => {
  const offending: string[] = [];
  for (const file of FOLDERS.flatMap((f) => sources(path.join(ROOT, f)))) {
    for (const spec of specifiers(readFileSync(file, "utf8"))) {
      const intoPackage = spec.startsWith("word-host") && !OPEN.has(spec);
      const byPath =
        spec.startsWith(".") &&
        path.resolve(path.dirname(file), spec).startsWith(path.join(ROOT, "word-host") + path.sep);
      if (intoPackage || byPath) offending.push(`${path.relative(ROOT, file)}: ${spec}`);
    }
  }
  expect(offending).toEqual([]);
});

test("the exports map refuses a path into the package (Node's own resolver, outside jest's)", () => {
  const resolve = (spec: string) =>
    spawnSync(process.execPath, ["-e", `console.log(require.resolve(${JSON.stringify(spec)}))`], {
      cwd: ROOT,
      encoding: "utf8",
    });
  expect(resolve("word-host/core").stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
  expect(resolve("word-host/internals").stdout.trim()).toBe(path.join(ROOT, "word-host", "internals.ts"));
});

// word-host is sealed behind its package exports (issue 29 item 4): code outside the package
// reaches it by name, through index.ts, soffice.ts (Node only) or internals.ts (API classes for
// prototype spies), never by a path into its files.
import { readFileSync } from "fs";
import { spawnSync } from "child_process";
import path from "path";
import { sources, specifiers } from "./source-files";

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["src", "test", "bench", "preview", "scripts"];
const OPEN = new Set(["word-host", "word-host/soffice", "word-host/internals"]);

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

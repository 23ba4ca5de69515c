// Issue 29 item 4: shared fixtures live in their own workspace package (fixtures/, named
// handreiking-fixtures); bench/, scripts/, preview/ and the packages reach them by that name and
// nothing outside test/ imports a file of test/.
import { readFileSync, statSync } from "fs";
import path from "path";
import { sources, specifiers } from "./source-files";

const ROOT = path.resolve(__dirname, "../..");
const OUTSIDE_TEST = ["src", "bench", "scripts", "preview", "word-host", "fixtures", "deploy"];

const TEST = path.join(ROOT, "test") + path.sep;

test("nothing outside test/ imports a file of test/", () => {
  const offending = OUTSIDE_TEST.filter((f) => statSync(path.join(ROOT, f), { throwIfNoEntry: false }))
    .flatMap((f) => sources(path.join(ROOT, f)))
    .flatMap((file) =>
      specifiers(readFileSync(file, "utf8"))
        .filter((spec) => spec.startsWith(".") && path.resolve(path.dirname(file), spec).startsWith(TEST))
        .map((spec) => `${path.relative(ROOT, file)}: ${spec}`),
    );
  expect(offending).toEqual([]);
});

test("every export of the fixtures package resolves to a file that exists", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "fixtures/package.json"), "utf8")) as {
    name: string;
    exports: Record<string, string>;
  };
  expect(pkg.name).toBe("handreiking-fixtures");
  const missing = Object.values(pkg.exports).filter(
    (file) => !statSync(path.join(ROOT, "fixtures", file), { throwIfNoEntry: false }),
  );
  expect(missing).toEqual([]);
});

test("the sample shows the check catches an import into test/", () => {
  const sample = 'import { growLog } from "../test/word/grow-log";';
  const file = path.join(ROOT, "bench", "sample.ts");
  const into = specifiers(sample).filter((s) => path.resolve(path.dirname(file), s).startsWith(TEST));
  expect(into).toEqual(["../test/word/grow-log"]);
});

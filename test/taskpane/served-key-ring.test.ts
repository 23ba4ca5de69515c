// The key lists the pane reads from its own origin (sleutellijsten.json): what it says when there
// are none, when reading fails, and that a served list checks against the build's anchors.
import { generateSigningKey } from "../../src/domain";
import { organisationList } from "../keys/key-lists";
import { servedKeyRing } from "../../src/taskpane/signing/served-key-ring";

test("no anchors, no file, a failed read: not loaded, and why", async () => {
  const anchor = { organisation: "Ambiq", publicKey: "A".repeat(120) };
  let asked = 0;
  const none = await servedKeyRing(() => {
    asked++;
    return Promise.resolve(null);
  }, []);
  expect(none).toMatchObject({
    loaded: false,
    refused: ["Deze versie van de invoegtoepassing kent geen organisatiesleutels."],
  });
  expect(asked).toBe(0); // without anchors nothing is read at all
  expect(await servedKeyRing(() => Promise.resolve(null), [anchor])).toMatchObject({
    loaded: false,
    refused: ["Er zijn geen sleutellijsten meegeleverd."],
  });
  expect(await servedKeyRing(() => Promise.reject(new Error("404")), [anchor])).toMatchObject({
    loaded: false,
    refused: ["De sleutellijsten konden niet worden gelezen."],
  });
});

test("a served list signed by the organisation's anchor is loaded", async () => {
  const ambiq = await organisationList("Ambiq", "PH", await generateSigningKey());
  const ring = await servedKeyRing(() => Promise.resolve({ lists: [ambiq.list] }), [ambiq.anchor]);
  expect(ring.loaded).toBe(true);
  expect(ring.keys.map((k) => k.initials)).toEqual(["PH"]);
});

// A key id names a professional (through the key list) as surely as initials do: the research copy
// keeps neither the key id nor the signature of any log entry.
import {
  createEntry,
  entryKeyOf,
  generateSigningKey,
  newDataPart,
  sealNewEntries,
  serializeDataPart,
} from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";

test("the anonymised copy's log carries no key id and no signature", async () => {
  const key = await entryKeyOf(await generateSigningKey());
  const entry = createEntry(
    { kind: "edit", stepId: "stap1", boxKey: "zorgen", before: "", after: "Slaapt slecht.", description: "Ingevuld" },
    { initials: "PH", organisation: "Ambiq" },
    new Date("2021-09-01T09:00:00Z"),
  );
  const data = await sealNewEntries(
    {
      ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" }),
      changeLog: [entry],
      lastAttributed: { zorgen: "Slaapt slecht." },
    },
    1,
    key,
  );
  expect(data.changeLog[0]?.keyId).toBe(key.keyId);
  const copy = anonymiseForm({ data, boxTexts: { zorgen: "Slaapt slecht." }, offsetDays: 30 });
  const xml = serializeDataPart(copy.data);
  expect(xml).not.toContain(key.keyId);
  expect(xml).not.toMatch(/<(keyId|signature)\b/);
  expect(xml).not.toContain(data.changeLog[0]!.signature!);
});

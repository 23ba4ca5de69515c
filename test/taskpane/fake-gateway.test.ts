// The pane tests' fake gateway logs with the Word layer's own wording (src/domain/log/edit-entries.ts):
// the same texts test/word/edits.test.ts reads from the document on the emulator.
import { TEMPLATE, type Profile } from "../../src/domain";
import { FakeGateway } from "./fake-gateway";

const PETRA: Profile = { initials: "PH", organisation: "Ambiq", name: "Petra Hof" };
const AGREED = { day: "20200901", initials: "PH", organisation: "Ambiq" };
const rowsField = TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.kind === "rows")!;
const textField = TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.kind === "text")!;

const lastDescription = (g: FakeGateway) => g.data?.changeLog.at(-1)?.description;

test("after agreement: corrections, rows added and removed read as the Word layer writes them", async () => {
  const g = new FakeGateway({ agreed: AGREED });
  await g.writeBox(textField.id, "Eerste tekst", PETRA);
  expect(lastDescription(g)).toBe("Ingevuld, in het document gestempeld: PH 20200902, Ambiq");
  await g.writeBox(textField.id, "Tweede tekst", PETRA);
  expect(lastDescription(g)).toBe("Gecorrigeerd, in het document gestempeld: PH 20200902, Ambiq");

  const rowsBefore = g.data!.rowOrder[rowsField.id]!.length;
  await g.addRow(rowsField.id, PETRA);
  expect(lastDescription(g)).toBe(`Rij ${rowsBefore + 1} toegevoegd, in het document gestempeld: PH 20200902, Ambiq`);
  const added = g.data!.rowOrder[rowsField.id]!.at(-1)!;
  await g.removeRow(rowsField.id, added, PETRA);
  expect(lastDescription(g)).toBe(`Rij ${rowsBefore + 1} verwijderd`);
});

test("before agreement: one fill-session entry per person, updated as they keep filling", async () => {
  const g = new FakeGateway();
  const before = g.data!.changeLog.length;
  await g.writeBox(textField.id, "Tekst", PETRA);
  await g.addRow(rowsField.id, PETRA);
  expect(g.data!.changeLog).toHaveLength(before + 1);
  expect(lastDescription(g)).toMatch(/^Ingevuld in het MDO, 12:00: .*1 vak.*1 rij/);
});

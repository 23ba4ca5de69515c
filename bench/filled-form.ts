// A normal filled form for the bench, made through the Word layer on the emulator as the pane
// makes it: converted, the general boxes filled, four people in Betrokkenen, two goals and two
// agreements. `times` multiplies the rows (people, goals, agreements): 10× and 100× a normal form.
import { createWordHost } from "word-host";
import { createOfficeGateway } from "../src/word/office-gateway";
import type { FormGateway, FormView } from "../src/word/gateway";
import { boxKey, type Profile } from "../src/domain";
import { loadTemplateBase64FromDisk } from "./template-from-disk";

export const PH: Profile = { initials: "PH", organisation: "Ambiq", name: "" };

/** Fictional people (no real persons), cycled when a form has more rows. */
const PEOPLE = [
  ["Moeder van E.", "Gezin", "", "Ouder met gezag", "06-12345678"],
  ["P. Hendriks", "Ambiq", "Jeugdconsulent", "Regisseur", "074-1234567"],
  ["J. de Vries", "Wijkteam Hengelo", "Ambulant hulpverlener", "Hulpverlener", "074-7654321"],
  ["A. Bakker", "Basisschool De Esch", "Intern begeleider", "School", "053-1112233"],
];
const COLUMNS = { betrokkenen: ["naam", "organisatie", "functie", "rol", "bereikbaarheid"] };
const GOALS = [
  ["E. gaat weer vier dagen per week naar school", "Binnen drie maanden"],
  ["Minder ruzie thuis: één avond per week samen eten", "Binnen zes weken"],
];
const AGREEMENTS = [
  ["Huisbezoek", "Ambiq", "Wekelijks"],
  ["Overleg met school", "Wijkteam Hengelo", "Elke maand"],
];

const NOW = () => new Date("2020-09-02T08:00:00Z");

async function fillRows(
  g: FormGateway,
  view: FormView,
  fieldId: string,
  columns: string[],
  rows: string[][],
): Promise<FormView> {
  for (let i = 0; i < rows.length; i++) {
    const current = (view.values[fieldId] ?? []) as { key: string }[];
    if (current.length <= i) view = await g.addRow(fieldId, PH);
    const row = ((view.values[fieldId] ?? []) as { key: string }[])[i]!;
    for (let c = 0; c < columns.length; c++) {
      const text = rows[i]![c]!;
      if (text) view = await g.writeBox(boxKey({ fieldId, rowKey: row.key, columnId: columns[c]! }), text, PH);
    }
  }
  return view;
}

const times = <T>(list: T[], k: number): T[] =>
  Array.from({ length: list.length * k }, (_, i) => list[i % list.length]!);

/** Fills the open plain handreiking in the installed Word as a normal form × `k`; returns the last view. */
export async function fillForm(g: FormGateway, k = 1): Promise<FormView> {
  let view = await g.convert(PH);
  const boxes: [string, string][] = [
    ["initialen", "ES"],
    ["gemeente", "Hengelo"],
    ["hulpvraag", "Moeder wil dat E. weer naar school gaat en dat er thuis minder ruzie is."],
    ["gaatGoed", "E. sport twee keer per week bij de voetbalclub."],
    ["takenRegisseur", "Coördineert de hulp en roept het MDO bijeen."],
    ["afstemming", "Elke zes weken overleg."],
  ];
  for (const [key, text] of boxes) view = await g.writeBox(key, text, PH);
  view = await fillRows(g, view, "betrokkenen", COLUMNS.betrokkenen, times(PEOPLE, k));
  view = await fillRows(g, view, "doelen", ["doel", "termijn"], times(GOALS, k));
  view = await fillRows(g, view, "afspraken", ["afspraak", "wie", "wanneer"], times(AGREEMENTS, k));
  return view;
}

/** The filled form (× `k`) as a .docx, made on the emulator in the desktop profile. */
export async function filledFormDocx(plain: Uint8Array, k = 1): Promise<Uint8Array> {
  const host = await createWordHost({ profile: "desktop", docx: plain });
  host.install(globalThis as unknown as Record<string, unknown>);
  try {
    const g = createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: NOW });
    await fillForm(g, k);
    return await host.saveDocx();
  } finally {
    host.uninstall();
  }
}

/** @jest-environment jsdom */
// A form of an earlier version of the handreiking: the pane lists what upgrading changes, says
// whether an agreed document stays agreed, and upgrades only when asked. The forms are made by the
// add-in of 1.0 on the emulator and opened by the add-in of 1.1 (runAsTemplateVersion).
import { render, screen, waitFor, within } from "@testing-library/react";
import {
  createEntry,
  newDataPart,
  planUpgrade,
  runAsTemplateVersion,
  serializeDataPart,
  templateOfVersion,
} from "../../src/domain";
import { CompareCopy } from "../../src/taskpane/components/copies/CompareCopy";
import { filledValues } from "handreiking-fixtures/form-values";
import { dataPartInFile, replaceDataParts } from "handreiking-fixtures/harness";
import type { WordHost } from "word-host";
import { expectNoAxeViolations, inFluent, renderOnWord, setupUser, stopHost } from "./helpers";

// The 1.0 → 1.1 mapping, with a reason for new agreement only where a test sets one.
let mockNewAgreement: string | undefined;
jest.mock("../../src/domain/template/handreiking-1-1", () => {
  const actual = jest.requireActual<typeof import("../../src/domain/template/handreiking-1-1")>(
    "../../src/domain/template/handreiking-1-1",
  );
  return {
    ...actual,
    MAPPING_1_0_TO_1_1: {
      ...actual.MAPPING_1_0_TO_1_1,
      get newAgreement() {
        return mockNewAgreement;
      },
    },
  };
});

afterEach(() => {
  mockNewAgreement = undefined;
  runAsTemplateVersion("1.0");
  stopHost();
});

/** The form made by the add-in of 1.0 is opened by the add-in of 1.1. */
function openedBy11(): void {
  runAsTemplateVersion("1.1");
}

test("lists the changes in plain Dutch, hides the form until upgraded, upgrades on the button", async () => {
  const { user, container, gateway } = await renderOnWord({ values: filledValues(), prepare: openedBy11 });
  expect(await screen.findByText("Nieuwe versie van de handreiking")).toBeInTheDocument();
  const items = within(screen.getByRole("list", { name: "Wat verandert" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  const planned = planUpgrade("1.0", templateOfVersion("1.1"));
  if (!planned.ok) throw new Error(planned.error);
  expect(items).toEqual(planned.plan.changes);
  expect(items).toContain(
    "Vak ‘Wat gaat goed?’ is gesplitst in ‘Wat gaat goed bij de jeugdige?’ en ‘Wat gaat goed in het gezin?’. De tekst die er stond, komt in ‘Wat gaat goed bij de jeugdige?’; verdeel hem zelf als een deel in een ander vak hoort.",
  );
  expect(
    screen.getByText(/In het wijzigingslogboek komt één regel: ‘Bijgewerkt naar versie 1\.1 door PH’/),
  ).toBeInTheDocument();
  expect(screen.queryByRole("tablist")).toBeNull();
  await expectNoAxeViolations(container);

  await user.click(screen.getByRole("button", { name: "Bijwerken naar versie 1.1" }));
  await waitFor(() => expect(screen.queryByText("Nieuwe versie van de handreiking")).toBeNull());
  expect(gateway.callsOf("upgradeTemplate")).toHaveLength(1);
  expect(await screen.findByRole("tablist")).toBeInTheDocument();
});

test("an agreed document: says it stays agreed, or that it must be agreed again and why", async () => {
  const first = await renderOnWord({ values: filledValues(), agreed: "20200902", prepare: openedBy11 });
  expect(await screen.findByText(/Dit document is vastgesteld en blijft dat/)).toBeInTheDocument();
  first.unmount();
  runAsTemplateVersion("1.0"); // the next form is made by the add-in of 1.0 again

  mockNewAgreement = "De crisisafspraken horen nu bij de afspraken.";
  await renderOnWord({ values: filledValues(), agreed: "20200902", prepare: openedBy11 });
  expect(
    await screen.findByText(
      /moet het opnieuw worden vastgesteld in het MDO: De crisisafspraken horen nu bij de afspraken\./,
    ),
  ).toBeInTheDocument();
});

/** The form's data part says version 0.9, which no add-in knows. */
async function madeBy09(host: WordHost): Promise<void> {
  const data = await dataPartInFile(host);
  if (!data) throw new Error("no data part");
  replaceDataParts(host, serializeDataPart({ ...data, templateVersion: "0.9" }));
  openedBy11();
}

test("a version that cannot be upgraded automatically: the reason, and no button", async () => {
  await renderOnWord({ values: filledValues(), prepare: madeBy09 });
  expect(await screen.findByText("Dit document kan niet worden bijgewerkt")).toBeInTheDocument();
  expect(
    screen.getByText(/^Versie 0\.9 van de handreiking is onbekend bij deze invoegtoepassing; bijwerken kan niet\./),
  ).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: /Bijwerken/ })).toBeNull();
});

describe("comparing with a copy of an earlier version", () => {
  const PH = { initials: "PH", organisation: "Ambiq" };
  const KJ = { initials: "KJ", organisation: "Jeugdbescherming Overijssel" };

  test("the pane names what the other copy changed in a box the new version no longer has", async () => {
    const created = createEntry(
      { kind: "created", description: "Omgezet naar formulier." },
      PH,
      new Date("2020-09-01T08:00:00Z"),
      () => 0.1,
    );
    const base = {
      ...newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0", documentId: "doc1", versionId: "v1" }),
      changeLog: [created],
    };
    const thereTexts = { vervanger: "Piet (Ambiq)", gaatGoed: "" };
    const theirs = createEntry(
      { kind: "edit", boxKey: "vervanger", before: "", after: "Piet (Ambiq)", description: "Ingevuld" },
      KJ,
      new Date("2020-09-06T08:00:00Z"),
      () => 0.2,
    );
    const there = {
      data: { ...base, versionId: "v2", lastAttributed: thereTexts, changeLog: [created, theirs] },
      boxTexts: thereTexts,
    };
    const hereTexts = { gaatGoedJeugdige: "", gaatGoedGezin: "" };
    const here = { data: { ...base, templateVersion: "1.1", lastAttributed: hereTexts }, boxTexts: hereTexts };
    const readOther = jest.fn().mockResolvedValue({ ok: true, there, fileName: "kopie.docx" });
    const user = setupUser();
    render(
      inFluent(<CompareCopy here={here} busy={false} blocked={false} readOther={readOther} onMerge={jest.fn()} />),
    );
    await user.upload(
      screen.getByLabelText("Andere kopie (.docx)"),
      new File([new Uint8Array([80, 75, 3, 4])], "kopie.docx"),
    );
    const notes = await screen.findByRole("list", { name: "Niet vergeleken" });
    expect(within(notes).getByRole("listitem").textContent).toBe(
      "In de andere kopie (versie 1.0) is ‘Vervanger bij afwezigheid’ gewijzigd, een vak dat in versie 1.1 niet meer bestaat. Die tekst wordt niet overgenomen; zet hem zo nodig zelf in het juiste vak: ‘Piet (Ambiq)’",
    );
  });
});

/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { growLog } from "handreiking-fixtures/grow-log";
import {
  documentNow,
  expectNoAxeViolations,
  FIXED_NOW,
  JV,
  PETRA,
  renderFormOnWord,
  stopHost,
  wordGateway,
  writeAs,
} from "./helpers";
import { wholeLogCheckedText } from "../../src/domain/text/log-view";

afterEach(stopHost);

const day = (d: number) => new Date(`2020-09-0${d}T09:00:00Z`);

/** Three people-days through the Word layer: PH converts and (an hour later) agrees on 1 September, JV fills in the
 * hulpvraag on the 2nd (a correction after agreement: one entry with before and after), PH adds a row of afspraken on
 * the 3rd. */
async function threeDays(): Promise<void> {
  await wordGateway(day(1)).convert(PETRA);
  const agreeing = wordGateway(new Date("2020-09-01T10:00:00Z"));
  await agreeing.open();
  await agreeing.agree("20200901", PETRA);
  await writeAs(JV, "hulpvraag", "Rust in het gezin.", day(2));
  const later = wordGateway(day(3));
  await later.open();
  await later.addRow("afspraken", PETRA);
}

async function openLog() {
  const r = await renderFormOnWord({ doc: "plain", prepare: threeDays });
  await r.user.click(screen.getByRole("tab", { name: "Logboek" }));
  await screen.findByRole("heading", { name: "Wijzigingslogboek" });
  return r;
}

/** A log long enough (about 2 kB an entry) that its oldest entries went to the archive: opened by its newest. */
const longLog = () => renderFormOnWord({ prepare: async () => void (await growLog(150, PETRA, FIXED_NOW, 160)) });

const entries = () =>
  within(screen.getByRole("list", { name: "Wijzigingen, nieuwste eerst" })).getAllByRole("listitem");

describe("Wijzigingslogboek", () => {
  test("one entry: ‘1 wijziging’ (Dutch singular)", async () => {
    // the form as converted: its one entry
    const { user } = await renderFormOnWord();
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    expect(await screen.findByText("1 wijziging")).toBeInTheDocument();
  });

  test("shows every entry, newest first, with date, initials, organisation, onderdeel and change", async () => {
    const { container } = await openLog();
    const items = entries();
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent("03-09-2020 · PH · Ambiq");
    expect(items[0]).toHaveTextContent("Stap 5 – Afspraken: wie doet wat");
    expect(items[0]).toHaveTextContent("Rij 4 toegevoegd, in het document gestempeld: PH 20200903, Ambiq");
    expect(items[1]).toHaveTextContent("02-09-2020 · JV · Wijkteam Hengelo");
    expect(items[1]).toHaveTextContent(
      "Stap 1 – Hulpvraag en situatie: Wat is de hulpvraag van de jeugdige en het gezin?",
    );
    expect(items[1]).toHaveTextContent("Was: (leeg)");
    expect(items[1]).toHaveTextContent("Nu: Rust in het gezin.");
    expect(items[2]).toHaveTextContent("01-09-2020 · PH · Ambiq");
    expect(items[2]).toHaveTextContent("Vastgesteld in het MDO van 01-09-2020.");
    expect(items[3]).toHaveTextContent("01-09-2020 · PH · Ambiq");
    expect(items[3]).toHaveTextContent("Omgezet naar formulier (sjabloon 1.0).");
    expect(screen.getByText("4 wijzigingen")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("filters by step", async () => {
    const { user } = await openLog();
    await user.click(screen.getByRole("combobox", { name: "Onderdeel" }));
    await user.click(screen.getByRole("option", { name: "Stap 1 – Hulpvraag en situatie" }));
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toHaveTextContent("JV · Wijkteam Hengelo");
    expect(screen.getByText("1 van 4 wijzigingen")).toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: "Onderdeel" }));
    await user.click(screen.getByRole("option", { name: "Document (algemeen)" }));
    expect(entries().map((e) => e.textContent)).toEqual([
      expect.stringContaining("Vastgesteld in het MDO van 01-09-2020."),
      expect.stringContaining("Omgezet naar formulier (sjabloon 1.0)."),
    ]);
  });

  test("filters by person and organisation, combined with the step", async () => {
    const { user, container } = await openLog();
    await user.click(screen.getByRole("combobox", { name: "Persoon en organisatie" }));
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Iedereen",
      "JV · Wijkteam Hengelo",
      "PH · Ambiq",
    ]);
    await user.click(screen.getByRole("option", { name: "PH · Ambiq" }));
    expect(entries().map((e) => e.textContent?.slice(0, 10))).toEqual(["03-09-2020", "01-09-2020", "01-09-2020"]);
    await user.click(screen.getByRole("combobox", { name: "Onderdeel" }));
    await user.click(screen.getByRole("option", { name: "Stap 1 – Hulpvraag en situatie" }));
    expect(screen.getByText("Geen wijzigingen gevonden.")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("a long log opened by its newest entries says what was and was not checked, and reads the whole log on request", async () => {
    const { user, container, gateway } = await longLog();
    const older = (await documentNow()).logStart ?? 0;
    expect(older).toBeGreaterThan(0);
    await user.click(await screen.findByRole("tab", { name: "Logboek" }));
    await screen.findByRole("heading", { name: "Wijzigingslogboek" });
    expect(screen.queryByText(/Het hele logboek is gelezen/)).not.toBeInTheDocument();
    expect(
      screen.getByText(
        `De ${older} oudere regels staan in het logarchief van het document en zijn bij het openen niet gelezen en niet gecontroleerd.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Hele logboek lezen en controleren" }));
    expect(gateway.callsOf("openWholeLog")).toHaveLength(1);
    expect(
      await screen.findByText(
        `Het hele logboek is gelezen, ook de ${older} regels uit het logarchief van het document. Geen afwijkingen gevonden.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/oudere regels staan in het logarchief/)).not.toBeInTheDocument();
  });

  test("the Kopieën tab reads the whole log first (a comparison needs every entry)", async () => {
    const { user, gateway } = await longLog();
    await user.click(await screen.findByRole("tab", { name: "Kopieën" }));
    await screen.findByRole("heading", { name: "Kopieën" });
    expect(gateway.callsOf("openWholeLog")).toHaveLength(1);
  });
});

describe("the words after the whole check (issue 27)", () => {
  test("say what was found, never that the log is proven", () => {
    expect(wholeLogCheckedText(12, 0)).toBe(
      "Het hele logboek is gelezen, ook de 12 regels uit het logarchief van het document. Geen afwijkingen gevonden.",
    );
    expect(wholeLogCheckedText(12, 2)).toMatch(/2 afwijkingen gevonden; ze staan bovenaan\.$/);
    expect(wholeLogCheckedText(1, 1)).toMatch(/regel uit .* afwijking gevonden/);
    expect(wholeLogCheckedText(12, 0)).not.toMatch(/gecontroleerd/);
  });
});

/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { sampleLog } from "./log-fixtures";
import { expectNoAxeViolations, renderApp, renderForm } from "./helpers";
import { FakeGateway } from "./fake-gateway";
import { wholeLogCheckedText } from "../../src/domain/text/log-view";

async function openLog() {
  const r = await renderForm({ values: filledValues(), log: sampleLog() });
  await r.user.click(screen.getByRole("tab", { name: "Logboek" }));
  await screen.findByRole("heading", { name: "Wijzigingslogboek" });
  return r;
}

const entries = () =>
  within(screen.getByRole("list", { name: "Wijzigingen, nieuwste eerst" })).getAllByRole("listitem");

describe("Wijzigingslogboek", () => {
  test("one entry: ‘1 wijziging’ (Dutch singular)", async () => {
    const { user } = await renderForm({ values: filledValues(), log: sampleLog().slice(0, 1) });
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    expect(await screen.findByText("1 wijziging")).toBeInTheDocument();
  });

  test("shows every entry, newest first, with date, initials, organisation, onderdeel and change", async () => {
    const { container } = await openLog();
    const items = entries();
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent("03-09-2020 · PH · Ambiq");
    expect(items[0]).toHaveTextContent("Stap 5 – Afspraken: wie doet wat");
    expect(items[0]).toHaveTextContent("Rij toegevoegd: Afspraken");
    expect(items[1]).toHaveTextContent("02-09-2020 · JV · Wijkteam Hengelo");
    expect(items[1]).toHaveTextContent(
      "Stap 1 – Hulpvraag en situatie: Wat is de hulpvraag van de jeugdige en het gezin?",
    );
    expect(items[1]).toHaveTextContent("Was: (leeg)");
    expect(items[1]).toHaveTextContent("Nu: Rust in het gezin.");
    expect(items[2]).toHaveTextContent("01-09-2020 · PH · Ambiq");
    expect(items[2]).toHaveTextContent("Handreiking aangemaakt.");
    expect(screen.getByText("3 wijzigingen")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("filters by step", async () => {
    const { user } = await openLog();
    await user.click(screen.getByRole("combobox", { name: "Onderdeel" }));
    await user.click(screen.getByRole("option", { name: "Stap 1 – Hulpvraag en situatie" }));
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toHaveTextContent("JV · Wijkteam Hengelo");
    expect(screen.getByText("1 van 3 wijzigingen")).toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: "Onderdeel" }));
    await user.click(screen.getByRole("option", { name: "Document (algemeen)" }));
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toHaveTextContent("Handreiking aangemaakt.");
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
    expect(entries().map((e) => e.textContent?.slice(0, 10))).toEqual(["03-09-2020", "01-09-2020"]);
    await user.click(screen.getByRole("combobox", { name: "Onderdeel" }));
    await user.click(screen.getByRole("option", { name: "Stap 1 – Hulpvraag en situatie" }));
    expect(screen.getByText("Geen wijzigingen gevonden.")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("a long log opened by its newest entries says what was and was not checked, and reads the whole log on request", async () => {
    const gateway = new FakeGateway({ kind: "form", values: filledValues(), log: sampleLog() });
    gateway.olderUnread = 4200;
    const { user, container } = await renderApp({ gateway });
    await user.click(await screen.findByRole("tab", { name: "Logboek" }));
    await screen.findByRole("heading", { name: "Wijzigingslogboek" });
    expect(screen.queryByText(/Het hele logboek is gelezen/)).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /De 4200 oudere regels staan in het logarchief van het document en zijn bij het openen niet gelezen en niet gecontroleerd\./,
      ),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Hele logboek lezen en controleren" }));
    expect(gateway.callsOf("openWholeLog")).toHaveLength(1);
    expect(screen.queryByText(/oudere regels staan in het logarchief/)).not.toBeInTheDocument();
    expect(
      await screen.findByText(
        "Het hele logboek is gelezen, ook de 4200 regels uit het logarchief van het document. Geen afwijkingen gevonden.",
      ),
    ).toBeInTheDocument();
  });

  test("the Kopieën tab reads the whole log first (a comparison needs every entry)", async () => {
    const gateway = new FakeGateway({ kind: "form", values: filledValues(), log: sampleLog() });
    gateway.olderUnread = 10;
    const { user } = await renderApp({ gateway });
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

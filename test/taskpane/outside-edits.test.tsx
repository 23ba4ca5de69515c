/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { RowValue } from "../../src/domain";
import { filledValues } from "handreiking-fixtures/form-values";
import type { WordHost } from "word-host";
import { documentNow, expectNoAxeViolations, PETRA, renderOnWord, stopHost, type RenderedOnWord } from "./helpers";

afterEach(stopHost);

/** Picks an option by its text (fireEvent: user-event is slow with Fluent in jsdom). */
function choose(select: HTMLElement, text: string): void {
  const option = Array.from((select as HTMLSelectElement).options).find((o) => o.text === text);
  if (!option) throw new Error(`no option ${text}`);
  fireEvent.change(select, { target: { value: option.value } });
}

const panel = () => screen.queryByText("Wijzigingen buiten dit venster");

/** Step 2 with a colleague of Jarabee, who works without the add-in. */
function withJarabee() {
  const values = filledValues();
  const rows = values.betrokkenen as RowValue[];
  return {
    ...values,
    betrokkenen: [
      ...rows,
      {
        key: "r000009",
        cells: { naam: "Karin Hendriks", organisatie: "Jarabee", functie: "", rol: "Behandelaar", bereikbaarheid: "" },
      },
    ],
  };
}

/** Petra's filled form; `typed` is done in Word, outside the pane, before the pane opens. */
function renderTypedIn(typed?: (host: WordHost) => void): Promise<RenderedOnWord> {
  return renderOnWord({ values: filledValues(), prepare: typed });
}

/** A colleague types in a box in Word (replacing its text); multi-line text becomes paragraphs. */
const typeIn = (host: WordHost, key: string, text: string): void => host.user.paste(`hr:${key}`, text);

/** The last entry of the document's log, read from Word. */
const lastEntry = async () => (await documentNow()).data?.changeLog.at(-1);

/** Word telling the pane the document changed (the emulator registers the handler but never calls it). */
function wordReportsChange(gateway: RenderedOnWord["gateway"]): void {
  const [callback] = gateway.callsOf("onDocumentChanged").at(-1) as [() => void];
  callback();
}

const OCT_10 = new Date("2020-10-10T10:00:00Z");

/** The changes as listed, as a screen reader reads them. */
const shownChanges = (): string[] => screen.queryAllByTestId("text-change").map((e) => e.textContent ?? "");

test("a long text with words added at its end shows those words, not two equal beginnings", async () => {
  const long = "Rust in het gezin. Moeder wil weer werken en de kinderen gaan elke dag naar school in Hengelo.";
  await renderOnWord({
    values: { ...filledValues(), hulpvraag: long },
    prepare: (host) => typeIn(host, "hulpvraag", `${long} Vader helpt met huiswerk.`),
  });
  await screen.findByText("Wijzigingen buiten dit venster");
  expect(shownChanges()).toEqual(["… naar school in Hengelo.[toegevoegd:  Vader helpt met huiswerk.]"]);
});

describe("outside edits", () => {
  test("found when the pane opens: listed with part and before → after, logged only once somebody is named as its author", async () => {
    const { user, container, gateway } = await renderTypedIn((host) =>
      typeIn(host, "hulpvraag", "Rust in het gezin en op school."),
    );
    expect(await screen.findByText("Wijzigingen buiten dit venster")).toBeInTheDocument();
    expect(
      screen.getByText("Stap 1 – Hulpvraag en situatie: Wat is de hulpvraag van de jeugdige en het gezin?"),
    ).toBeInTheDocument();
    // what was added and removed, word by word (issue 28: not two equal cut-off beginnings)
    expect(shownChanges()).toEqual(["Rust in het [verwijderd: gezin.][toegevoegd: gezin en op school.]"]);
    expect(document.querySelector("ins")).toHaveTextContent("gezin en op school.");
    expect(document.querySelector("del")).toHaveTextContent("gezin.");
    await expectNoAxeViolations(container);

    // Never silently the person who opens the pane: nothing is chosen yet.
    const who = screen.getByRole("combobox", { name: "Gewijzigd door" });
    expect(who).toHaveValue("");
    expect(screen.getByRole("button", { name: "Wijzigingen vastleggen" })).toBeDisabled();
    expect(Array.from((who as HTMLSelectElement).options).map((o) => o.text)).toEqual([
      "Kies wie dit heeft gewijzigd",
      "Moeder – M, onbekend",
      "Petra Hof – PH, Ambiq",
      "Onbekend",
    ]);

    choose(who, "Petra Hof – PH, Ambiq");
    await user.click(screen.getByRole("button", { name: "Wijzigingen vastleggen" }));
    expect(gateway.callsOf("attributeOutsideEdits")).toEqual([
      [
        [
          expect.objectContaining({
            key: "hulpvraag",
            before: "Rust in het gezin.",
            after: "Rust in het gezin en op school.",
            author: { kind: "person", initials: "PH", organisation: "Ambiq" },
          }),
        ],
        PETRA,
      ],
    ]);
    await waitFor(() => expect(panel()).toBeNull());
    expect(await lastEntry()).toMatchObject({
      kind: "externalEdit",
      initials: "PH",
      boxKey: "hulpvraag",
      authorSource: "chosen",
    });
  });

  test("a typed stamp is recognised and offered but never preselected; chosen, the entry carries that person's initials and day", async () => {
    const { user } = await renderOnWord({
      values: withJarabee(),
      now: OCT_10,
      prepare: (host) =>
        typeIn(host, "afstemming", "Elke zes weken een MDO.\nkh 5-10-2020 Jarabee - Voortaan elke vier weken."),
    });
    const who = await screen.findByRole("combobox", { name: "Gewijzigd door" });
    // anyone can type a stamp: the user says whether it is right (issue 27)
    expect(who).toHaveValue("");
    expect(screen.getByRole("button", { name: "Wijzigingen vastleggen" })).toBeDisabled();
    const stamp = "Volgens stempel: KH (Jarabee), 05-10-2020; vastgelegd door PH";
    expect(screen.getByRole("option", { name: stamp })).toBeInTheDocument();
    choose(who, stamp);
    expect(screen.getByRole("option", { name: "Karin Hendriks – KH, Jarabee" })).toBeInTheDocument();
    // The recorder is in step 2 already, so there is no separate "Ikzelf".
    expect(screen.queryByRole("option", { name: /Ikzelf/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Wijzigingen vastleggen" }));
    await waitFor(() => expect(panel()).toBeNull());
    expect(await lastEntry()).toMatchObject({
      kind: "externalEdit",
      initials: "KH",
      organisation: "Jarabee",
      day: "20201005",
      authorSource: "handStamp",
      recorderInitials: "PH",
    });
  });

  test("a stamp dated in the future is shown but not trusted: the user must choose, and may choose ‘Onbekend’", async () => {
    const { user } = await renderOnWord({
      values: withJarabee(),
      now: OCT_10,
      prepare: (host) =>
        typeIn(host, "afstemming", "Elke zes weken een MDO.\nKH 20201105, Jarabee: Voortaan elke vier weken."),
    });
    expect(
      await screen.findByText(
        /Stempel ‘KH 20201105, Jarabee’ gevonden, maar niet overgenomen: De datum ‘20201105’ in de stempel ligt in de toekomst/,
      ),
    ).toBeInTheDocument();
    const who = screen.getByRole("combobox", { name: "Gewijzigd door" });
    expect(who).toHaveValue("");
    expect(screen.queryByRole("option", { name: /Volgens stempel/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Wijzigingen vastleggen" })).toBeDisabled();
    choose(who, "Onbekend");
    await user.click(screen.getByRole("button", { name: "Wijzigingen vastleggen" }));
    await waitFor(() => expect(panel()).toBeNull());
    const entry = await lastEntry();
    expect(entry).toMatchObject({
      initials: "NN",
      organisation: "onbekend",
      authorSource: "unknown",
      recorderInitials: "PH",
    });
    expect(entry?.description).toContain("auteur onbekend, vastgelegd door PH");
  });

  test("found again when the window regains focus or becomes visible", async () => {
    const { host } = await renderTypedIn();
    await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" });
    expect(panel()).toBeNull();
    typeIn(host, "gemeente", "Hengelo");
    await act(async () => {
      fireEvent.focus(window);
    });
    expect(await screen.findByText("Wijzigingen buiten dit venster")).toBeInTheDocument();
    expect(shownChanges()).toContain("[verwijderd: Enschede][toegevoegd: Hengelo]");

    host.user.deleteText("hr:afstemming");
    await act(async () => {
      document.dispatchEvent(new Event("visibilitychange"));
    });
    expect(await screen.findByText("Leeggemaakt (was: Elke zes weken een MDO.)")).toBeInTheDocument();
    expect(screen.getByText(/2 vakken zijn rechtstreeks in het document gewijzigd/)).toBeInTheDocument();
  });

  test("found when Word reports a change", async () => {
    const { host, gateway } = await renderTypedIn();
    await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" });
    typeIn(host, "initialen", "EZ");
    await act(async () => wordReportsChange(gateway));
    await waitFor(() => expect(shownChanges()).toEqual(["[verwijderd: ES][toegevoegd: EZ]"]));
  });

  test("block saving and sending until they are signed", async () => {
    const { user, container } = await renderTypedIn((host) => typeIn(host, "initialen", "EZ"));
    await user.click(await screen.findByRole("tab", { name: "Verzenden" }));
    expect(await screen.findByText(/Leg eerst de wijzigingen buiten dit venster vast/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Opslaan onder deze naam" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Kopie downloaden" })).toBeDisabled();
    expect(screen.getByText(/^Eén wijziging heeft geen bekende maker/)).toHaveTextContent("nog niet in orde");
    await expectNoAxeViolations(container);

    choose(screen.getByRole("combobox", { name: "Gewijzigd door" }), "Onbekend");
    await user.click(screen.getByRole("button", { name: "Wijzigingen vastleggen" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Opslaan onder deze naam" })).toBeEnabled());
    // logged with author "Onbekend": sending may go on, but the checklist does not say every change is signed
    const item = screen.getByText(/^Eén wijziging heeft geen bekende maker \(initialen en organisatie\)/);
    expect(item).toHaveTextContent("(let op)");
    expect(screen.queryByText(/Elke wijziging heeft initialen, datum en organisatie/)).toBeNull();
    expect(
      screen.getByText(/^Maker onbekend: Basisgegevens: Initialen jeugdige \(\d\d-\d\d-\d{4}, vastgelegd door PH\)\.$/),
    ).toBeInTheDocument();
  });

  test("checked again right before saving", async () => {
    const { user, gateway, host } = await renderTypedIn();
    await user.click(await screen.findByRole("tab", { name: "Verzenden" }));
    typeIn(host, "initialen", "EZ");
    await user.click(await screen.findByRole("button", { name: "Opslaan onder deze naam" }));
    expect(await screen.findByText("Wijzigingen buiten dit venster")).toBeInTheDocument();
    expect(gateway.callsOf("saveWithName")).toEqual([]);
  });
});

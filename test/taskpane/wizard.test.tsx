/** @jest-environment jsdom */
import { computeAccessibleName } from "dom-accessibility-api";
import { act, screen, waitFor, within } from "@testing-library/react";
import { missingByStep } from "../../src/domain";
import { WordLayerError } from "../../src/word/errors";
import type { WordHost } from "word-host";
import {
  documentNow,
  expectNoAxeViolations,
  openPart,
  PETRA,
  renderFormOnWord,
  stopHost,
  wordGateway,
} from "./helpers";

afterEach(stopHost);

const box = (name: string) => screen.getByRole("group", { name });
/** Before agreement a box has no button: it is saved when focus leaves it. */
const noButtonIn = (group: HTMLElement) => expect(within(group).queryByRole("button")).not.toBeInTheDocument();
const leave = (user: { click: (e: Element) => Promise<void> }) => user.click(document.body);
const UNSAVED = /^Wordt opgeslagen als u het vak verlaat/;

describe("wizard: navigation and progress", () => {
  test("lists every part with its missing count and jumps anywhere", async () => {
    const { user, container } = await renderFormOnWord();
    const missing = missingByStep((await documentNow()).values);
    const basis = missing.find((m) => m.stepId === "basis")?.messages.length ?? 0;
    expect(basis).toBeGreaterThan(0);
    const nav = screen.getByRole("navigation", { name: "Onderdelen van de handreiking" });
    const items = within(nav).getAllByRole("button");
    // jsdom puts a space before the screen-reader-only status; browsers differ too.
    expect(items.map((b) => computeAccessibleName(b).replace(/\s+,/g, ","))).toEqual([
      `Basisgegevens, ${basis} nog in te vullen`,
      expect.stringMatching(/^Stap 1 – Hulpvraag en situatie, \d+ nog in te vullen$/),
      expect.stringMatching(/^Stap 2 – Betrokkenen en rollen, \d+ nog in te vullen$/),
      expect.stringMatching(/^Stap 3 – Regie, /),
      expect.stringMatching(/^Stap 4 – Gezamenlijke doelen, /),
      expect.stringMatching(/^Stap 5 – Afspraken: wie doet wat, /),
      expect.stringMatching(/^Stap 6 – Communicatie en informatie-uitwisseling, /),
      expect.stringMatching(/^Stap 7 – Evaluatie, wijzigingen en afsluiting, /),
      "Afronden, nog niet vastgesteld",
    ]);
    expect(items[0]).toHaveAttribute("aria-current", "step");
    expect(screen.getByRole("heading", { level: 2, name: "Basisgegevens" })).toBeInTheDocument();
    expect(screen.getByText(/Gebruik voor de jeugdige alleen initialen/)).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await openPart(user, /^Stap 6 – Communicatie/);
    expect(screen.getByText(/alleen via een beveiligde verzendwijze/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    expect(
      screen.getByRole("heading", { level: 2, name: "Stap 7 – Evaluatie, wijzigingen en afsluiting" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Vorige" }));
    expect(screen.getByRole("heading", { level: 2, name: /^Stap 6/ })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("a complete step shows ✓ and the list updates after saving", async () => {
    const { user } = await renderFormOnWord({ values: { hulpvraag: "" } });
    expect(
      screen.getByRole("button", { name: /^Stap 1 – Hulpvraag en situatie\s?, 1 nog in te vullen$/ }),
    ).toBeInTheDocument();
    await openPart(user, /^Stap 1 – Hulpvraag/);
    await user.type(
      within(box("Wat is de hulpvraag van de jeugdige en het gezin?")).getByRole("textbox"),
      "Rust in huis",
    );
    await leave(user);
    expect(
      await screen.findByRole("button", { name: /^Stap 1 – Hulpvraag en situatie\s?, compleet$/ }),
    ).toBeInTheDocument();
  });

  test("opening a step selects its first box in the document; focusing a box selects that box", async () => {
    const { user, gateway } = await renderFormOnWord();
    await openPart(user, /^Stap 1 – Hulpvraag/);
    expect(gateway.callsOf("selectBox")).toContainEqual(["hulpvraag"]);
    await user.click(within(box("Wat gaat goed?")).getByRole("textbox"));
    expect(gateway.callsOf("selectBox").at(-1)).toEqual(["gaatGoed"]);
  });

  test("the step shows what is still required, in complete mode", async () => {
    await renderFormOnWord();
    expect(screen.getByText("Nog in te vullen in deze stap")).toBeInTheDocument();
    expect(screen.getByText("Kies minstens één indicatie.")).toBeInTheDocument();
    expect(screen.getByText("Vul ‘Initialen jeugdige’ in.")).toBeInTheDocument();
    // under every field of the step: when a save shortens the list, no field above moves under the next click
    const list = screen.getByText("Nog in te vullen in deze stap");
    const fields = screen.getAllByRole("group").filter((g) => g.closest("section") === list.closest("section"));
    expect(fields.length).toBeGreaterThan(1);
    for (const field of fields)
      expect(field.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe("wizard: inputs per kind, saved through writeBox with the canonical text", () => {
  test("text: saves, shows the stamp", async () => {
    const { user, gateway, container } = await renderFormOnWord();
    const initials = box("Initialen jeugdige");
    noButtonIn(initials);
    await user.type(within(initials).getByRole("textbox"), "ES");
    expect(within(initials).getByText(UNSAVED)).toBeInTheDocument();
    await leave(user);
    expect(gateway.callsOf("writeBox")).toEqual([["initialen", "ES", PETRA]]);
    expect(await within(box("Initialen jeugdige")).findByText("Opgeslagen · PH 20200902, Ambiq")).toBeInTheDocument();
    expect(within(box("Initialen jeugdige")).getByRole("textbox")).toHaveValue("ES");
    await expectNoAxeViolations(container);
  });

  test("text: a full name instead of initials is refused inline", async () => {
    const { user, gateway } = await renderFormOnWord();
    const initials = box("Initialen jeugdige");
    const input = within(initials).getByRole("textbox");
    await user.type(input, "Emma Smit");
    expect(
      within(initials).getByText("‘Initialen jeugdige’ is te lang: maximaal 5 tekens (nu 9)."),
    ).toBeInTheDocument();
    noButtonIn(initials);
    await user.clear(input);
    await user.type(input, "E-S");
    expect(
      within(initials).getByText("Vul 1 tot 5 letters in, zonder punten of spaties (bijvoorbeeld ES)."),
    ).toBeInTheDocument();
    expect(within(initials).getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
    noButtonIn(initials);
    await leave(user);
    expect(gateway.callsOf("writeBox")).toEqual([]);
  });

  test.each([["es"], ["E.S."], ["e. s."]])(
    "text: client initials %s are written as ES, like the file name",
    async (typed) => {
      const { user, gateway } = await renderFormOnWord();
      const input = within(box("Initialen jeugdige")).getByRole("textbox");
      await user.click(input);
      await user.paste(typed);
      expect(within(box("Initialen jeugdige")).queryByText(/Vul 1 tot 5 letters/)).not.toBeInTheDocument();
      await leave(user);
      expect(gateway.callsOf("writeBox")).toEqual([["initialen", "ES", PETRA]]);
      // what Word holds, once the pane has read it again
      await waitFor(() => expect(within(box("Initialen jeugdige")).getByRole("textbox")).toHaveValue("ES"));
    },
  );

  test("single choice from a long list: a list box of the 14 municipalities", async () => {
    const { user, gateway } = await renderFormOnWord();
    const gemeente = box("Gemeente");
    const select = within(gemeente).getByRole("combobox", { name: /Gemeente/ });
    const options = within(select).getAllByRole("option");
    // the placeholder first, shown but not to be chosen, then the municipalities
    expect(options[0]).toBeDisabled();
    expect(options[0]).toHaveTextContent("Kies de gemeente");
    expect(options.slice(1)).toHaveLength(14);
    await user.selectOptions(select, "Enschede");
    await leave(user);
    expect(gateway.callsOf("writeBox")).toEqual([["gemeente", "Enschede", PETRA]]);
    expect(await within(box("Gemeente")).findByText("Opgeslagen · PH 20200902, Ambiq")).toBeInTheDocument();
  });

  test("multi choice: check boxes, written as a ;-list", async () => {
    const { user, gateway } = await renderFormOnWord();
    const group = box("Indicatie");
    await user.click(within(group).getByRole("checkbox", { name: "OB4a" }));
    await user.click(within(group).getByRole("checkbox", { name: "OB3b" }));
    await leave(user);
    expect(gateway.callsOf("writeBox")).toEqual([["indicatie", "OB3b; OB4a", PETRA]]);
    await waitFor(() => expect(screen.queryByText("Kies minstens één indicatie.")).not.toBeInTheDocument());
  });

  test("date: typed as dd-mm-jjjj, written canonically; out of range is refused", async () => {
    const { user, gateway } = await renderFormOnWord();
    const date = within(box("Datum MDO")).getByRole("textbox");
    await user.type(date, "1-1-2200");
    expect(
      within(box("Datum MDO")).getByText(
        "‘Datum MDO’ is geen geldige datum. Schrijf de datum als dd-mm-jjjj (tussen 1900 en 2100).",
      ),
    ).toBeInTheDocument();
    noButtonIn(box("Datum MDO"));
    await user.clear(date);
    await user.type(date, "1-9-2020");
    expect(within(box("Datum MDO")).queryByText(/geen geldige datum/)).not.toBeInTheDocument();
    await leave(user);
    expect(gateway.callsOf("writeBox")).toEqual([["datumMdo", "01-09-2020", PETRA]]);
    await waitFor(() => expect(within(box("Datum MDO")).getByRole("textbox")).toHaveValue("01-09-2020"));
  }, 300_000); // many keystrokes and round trips to the emulator: a generous ceiling on a loaded machine

  test("person: name and organisation; an empty Beheerder is shown filled from the profile", async () => {
    // the conversion fills the Beheerder in the document: emptied here, as a form someone cleared
    const { user, gateway } = await renderFormOnWord({ values: { beheerder: { name: "", organisation: "" } } });
    const owner = box("Beheerder van dit document");
    const name = within(owner).getByRole("textbox", { name: "Naam" });
    expect(name).toHaveValue("Petra Hof");
    expect(within(owner).getByRole("textbox", { name: "Organisatie" })).toHaveValue("Ambiq");
    expect(within(owner).getByText("Uit uw profiel, nog niet opgeslagen")).toBeInTheDocument();
    expect(gateway.callsOf("writeBox")).toEqual([]);
    await user.clear(name);
    await user.type(name, "P. Hof");
    await leave(user);
    expect(gateway.callsOf("writeBox")).toEqual([["beheerder", "P. Hof (Ambiq)", PETRA]]);
  });

  test("a filled Beheerder is not replaced by the profile", async () => {
    await renderFormOnWord({ values: { beheerder: { name: "Kees Jansen", organisation: "Wijkteam Hengelo" } } });
    expect(within(box("Beheerder van dit document")).getByRole("textbox", { name: "Naam" })).toHaveValue("Kees Jansen");
  });

  test("long text keeps its lines", async () => {
    const { user, gateway, container } = await renderFormOnWord();
    await openPart(user, /^Stap 1 – Hulpvraag/);
    const hulpvraag = box("Wat is de hulpvraag van de jeugdige en het gezin?");
    await user.type(within(hulpvraag).getByRole("textbox"), "Rust in huis.{Enter}Weer naar school.");
    await leave(user);
    expect(gateway.callsOf("writeBox")).toEqual([["hulpvraag", "Rust in huis.\nWeer naar school.", PETRA]]);
    await expectNoAxeViolations(container);
  });

  test("yes/no: radio buttons Ja and Nee", async () => {
    const { user, gateway } = await renderFormOnWord();
    await openPart(user, /^Stap 2 – Betrokkenen/);
    const present = box("Was het gezin aanwezig bij het MDO?");
    await user.click(within(present).getByRole("radio", { name: "Ja" }));
    await leave(user);
    expect(gateway.callsOf("writeBox")).toEqual([["gezinAanwezig", "Ja", PETRA]]);
  });

  test("single choice from a short list: radio buttons (secure channel)", async () => {
    const { user, gateway, container } = await renderFormOnWord();
    await openPart(user, /^Stap 6 – Communicatie/);
    const channel = box("Beveiligde verzendwijze");
    await user.click(within(channel).getByRole("radio", { name: "Zivver" }));
    await leave(user);
    expect(gateway.callsOf("writeBox")).toEqual([["verzendwijze", "Zivver", PETRA]]);
    await expectNoAxeViolations(container);
  });

  test("rows: a card per row, a row saved when focus leaves it, rows added and removed", async () => {
    // two empty rows in step 2 (the template brings more; the rest removed through the Word layer first)
    const empty = { key: "", cells: {} };
    const { user, gateway, container } = await renderFormOnWord({ values: { betrokkenen: [empty, empty] } });
    const first = (await documentNow()).data?.rowOrder.betrokkenen?.[0]; // the row's key in the document
    await openPart(user, /^Stap 2 – Betrokkenen/);
    const row1 = screen.getByRole("group", { name: "Betrokkenen, rij 1" });
    expect(screen.getByRole("group", { name: "Betrokkenen, rij 2" })).toBeInTheDocument();
    const naam = within(row1).getByRole("group", { name: "Naam" });
    await user.click(within(naam).getByRole("textbox"));
    await user.paste("Moeder");
    // Moving within the row saves nothing yet; leaving the row saves its cells.
    // (user.tab() lands on <body> under Fluent's tabster in jsdom: the next cell is clicked.)
    await user.click(within(within(row1).getByRole("group", { name: "Organisatie" })).getByRole("textbox"));
    await user.paste("Thuis");
    expect(gateway.callsOf("writeBox")).toEqual([]);
    await leave(user);
    await waitFor(() =>
      expect(gateway.callsOf("writeBox")).toEqual([
        [`betrokkenen.${first}.naam`, "Moeder", PETRA],
        [`betrokkenen.${first}.organisatie`, "Thuis", PETRA],
      ]),
    );
    await expectNoAxeViolations(container);

    await act(() => gateway.settled()); // the row's save has reached Word: the pane takes clicks again
    await user.click(screen.getByRole("button", { name: "Rij toevoegen" }));
    await waitFor(() => expect(gateway.callsOf("addRow")).toEqual([["betrokkenen", PETRA]]));
    const row3 = await screen.findByRole("group", { name: "Betrokkenen, rij 3" });
    await act(() => gateway.settled());
    await user.click(within(row3).getByRole("button", { name: "Rij verwijderen" }));
    await user.click(within(row3).getByRole("button", { name: "Ja, verwijderen" }));
    await waitFor(() => expect(gateway.callsOf("removeRow")).toHaveLength(1));
    expect(gateway.callsOf("removeRow")[0]?.[0]).toBe("betrokkenen");
    await waitFor(() => expect(screen.queryByRole("group", { name: "Betrokkenen, rij 3" })).not.toBeInTheDocument());
  }, 300_000); // many keystrokes and round trips to the emulator: a generous ceiling on a loaded machine

  test("the last row cannot be removed", async () => {
    // the template brings several empty rows: all but one removed through the Word layer first
    const { user } = await renderFormOnWord({ values: { doelen: [] } });
    await openPart(user, /^Stap 4 – Gezamenlijke doelen/);
    const row = screen.getByRole("group", { name: "Doelen, rij 1" });
    expect(within(row).getByRole("button", { name: "Rij verwijderen" })).toBeDisabled();
  });

  test("a box Word could not read says so", async () => {
    // typed in Word, and recorded as Petra's, so it is no outside edit waiting
    const typedAndRecorded = async (host: WordHost) => {
      host.user.typeInControl("hr:datumMdo", "morgen");
      const gateway = wordGateway();
      const { outsideEdits } = await gateway.open();
      const author = { kind: "person", initials: "PH", organisation: "Ambiq" } as const;
      await gateway.attributeOutsideEdits(
        outsideEdits.map((e) => ({ ...e, author })),
        PETRA,
      );
    };
    await renderFormOnWord({ prepare: typedAndRecorded });
    expect(await screen.findByText(/‘Datum MDO’: ‘morgen’ is geen geldige datum/)).toBeInTheDocument();
  });
});

describe("wizard: errors keep the draft", () => {
  test("a rejected writeBox shows the Dutch message and keeps what was typed", async () => {
    const { user, container, gateway } = await renderFormOnWord();
    gateway.failNext("writeBox", new WordLayerError("locked"));
    const hulp = await screen.findByRole("group", { name: "Initialen jeugdige" });
    await user.type(within(hulp).getByRole("textbox"), "ES");
    await leave(user);
    expect(
      await screen.findByText("Dit deel van het document is vergrendeld en kan niet worden gewijzigd."),
    ).toBeInTheDocument();
    expect(within(box("Initialen jeugdige")).getByRole("textbox")).toHaveValue("ES");
    expect(within(box("Initialen jeugdige")).getByText(UNSAVED)).toBeInTheDocument();
    await expectNoAxeViolations(container);

    // The draft also survives moving to another step and back.
    await openPart(user, /^Stap 1 – Hulpvraag/);
    await openPart(user, /^Basisgegevens/);
    expect(within(box("Initialen jeugdige")).getByRole("textbox")).toHaveValue("ES");
    await user.click(within(box("Initialen jeugdige")).getByRole("textbox"));
    await leave(user);
    expect(await within(box("Initialen jeugdige")).findByText("Opgeslagen · PH 20200902, Ambiq")).toBeInTheDocument();
    expect(screen.queryByText(/vergrendeld/)).not.toBeInTheDocument();
  });
});

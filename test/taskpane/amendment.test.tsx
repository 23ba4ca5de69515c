/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import {
  documentNow,
  expectNoAxeViolations,
  JV,
  openPart,
  PETRA,
  renderFormOnWord,
  stopHost,
  writeAs,
  type RenderedOnWord,
  type setupUser,
} from "./helpers";

afterEach(stopHost);

const box = (name: string) => screen.getByRole("group", { name });
/** After agreement a box is compact: its editor opens on ‘Aanvulling’ or ‘Corrigeren’. */
const openEditor = async (user: ReturnType<typeof setupUser>, label: string, mode: "Aanvulling" | "Corrigeren") =>
  user.click(
    within(box(label)).getByRole("button", {
      name: mode === "Aanvulling" ? `Aanvulling bij ‘${label}’` : `Corrigeren: ‘${label}’`,
    }),
  );
const AGREED = "20200901";

/** Petra's agreed form in which JV (Wijkteam Hengelo) then corrected the hulpvraag to ‘Rust in het gezin.’. */
const withJVsHulpvraag = () => ({
  values: { ...filledValues(), hulpvraag: "Rust." },
  agreed: AGREED,
  prepare: async () => void (await writeAs(JV, "hulpvraag", "Rust in het gezin.")),
});

/** The box's text in Word once the pane's calls are answered. */
async function inWord(gateway: RenderedOnWord["gateway"], key: string): Promise<string | undefined> {
  await act(() => gateway.settled());
  return (await documentNow()).boxTexts[key];
}

describe("afronden: agreeing in the MDO", () => {
  test("the owner marks the form agreed, by default on the form's ‘Datum MDO’", async () => {
    const { user, gateway, container } = await renderFormOnWord({
      values: { ...filledValues(), datumMdo: "2020-09-02" },
    });
    await openPart(user, /^Afronden/);
    const date = screen.getByRole("textbox", { name: /Datum van het MDO/ });
    expect(date).toHaveValue("02-09-2020");
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Vastgesteld in het MDO…" }));
    expect(gateway.callsOf("agree")).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Ja, vaststellen" }));
    expect(gateway.callsOf("agree")).toEqual([["20200902", PETRA]]);
    expect(await screen.findByText("Vastgesteld in het MDO op 02-09-2020 door PH (Ambiq).")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Afronden\s?, vastgesteld$/ })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("another MDO date can be given; a wrong date is explained", async () => {
    const { user, gateway } = await renderFormOnWord({ values: filledValues() });
    await openPart(user, /^Afronden/);
    const date = screen.getByRole("textbox", { name: /Datum van het MDO/ });
    await user.clear(date);
    await user.type(date, "31-02-2020");
    await user.click(screen.getByRole("button", { name: "Vastgesteld in het MDO…" }));
    expect(screen.getByText(/Dit is geen geldige datum/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ja, vaststellen" })).not.toBeInTheDocument();
    expect(gateway.callsOf("agree")).toEqual([]);
    await user.clear(date);
    await user.type(date, "1-9-2020");
    await user.click(screen.getByRole("button", { name: "Vastgesteld in het MDO…" }));
    await user.click(screen.getByRole("button", { name: "Ja, vaststellen" }));
    expect(gateway.callsOf("agree")).toEqual([["20200901", PETRA]]);
  });

  test("warns when required parts are still missing", async () => {
    const { user } = await renderFormOnWord();
    await openPart(user, /^Afronden/);
    expect(
      screen.getByText(/verplichte onderdelen\s+niet ingevuld|verplicht onderdeel niet ingevuld/),
    ).toBeInTheDocument();
  });
});

describe("amendment mode (after agreement)", () => {
  test("text boxes offer a stamped addition with a preview", async () => {
    const { user, gateway, container } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
    expect(screen.getByText(/gebruik ‘Aanvulling’ bij een vak voor nieuwe afspraken/)).toBeInTheDocument();
    await openPart(user, /^Stap 1 – Hulpvraag/);
    await openEditor(user, "Wat is de hulpvraag van de jeugdige en het gezin?", "Aanvulling");
    const hulpvraag = box("Wat is de hulpvraag van de jeugdige en het gezin?");
    const addition = within(hulpvraag).getByRole("textbox", { name: /Aanvulling bij/ });
    expect(addition).toHaveFocus();
    await user.type(addition, "Wisseling van behandelaar voor cliënt ES.");
    expect(
      within(hulpvraag).getByText("Wordt toegevoegd: PH 20200902, Ambiq: Wisseling van behandelaar voor cliënt ES."),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(within(hulpvraag).getByRole("button", { name: "Aanvulling toevoegen" }));
    expect(gateway.callsOf("amend")).toEqual([["hulpvraag", "Wisseling van behandelaar voor cliënt ES.", PETRA]]);
    const updated = box("Wat is de hulpvraag van de jeugdige en het gezin?");
    expect(await inWord(gateway, "hulpvraag")).toContain("PH 20200902");
    // the agreed text and the stamped line, each a line of its own
    expect(
      [...within(updated).getByText("Rust in het gezin.").parentElement!.children].map((l) => l.textContent),
    ).toEqual(["Rust in het gezin.", "PH 20200902, Ambiq: Wisseling van behandelaar voor cliënt ES."]);
    expect(within(updated).getByRole("textbox", { name: /Aanvulling bij/ })).toHaveValue("");
    // focus is not dropped to the page: it stays in the addition field, ready for the next line
    expect(within(updated).getByRole("textbox", { name: /Aanvulling bij/ })).toHaveFocus();
    expect(within(updated).getByText("Opgeslagen · PH 20200902, Ambiq")).toBeInTheDocument();
  });

  test("corrections still go through writeBox", async () => {
    const { user, gateway } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
    await openPart(user, /^Stap 3 – Regie/);
    await openEditor(user, "Taken en mandaat van de regisseur", "Corrigeren");
    const taken = box("Taken en mandaat van de regisseur");
    const input = within(taken).getAllByRole("textbox")[0]!;
    await user.clear(input);
    await user.type(input, "Coördineert de hulp en de evaluatie.");
    await user.click(within(taken).getByRole("button", { name: "Correctie opslaan" }));
    expect(gateway.callsOf("writeBox")).toEqual([["takenRegisseur", "Coördineert de hulp en de evaluatie.", PETRA]]);
  });

  test("other kinds get corrections only", async () => {
    await renderFormOnWord({ values: filledValues(), agreed: AGREED });
    const gemeente = box("Gemeente");
    expect(within(gemeente).queryByRole("button", { name: /^Aanvulling/ })).not.toBeInTheDocument();
    expect(within(gemeente).getByRole("button", { name: "Corrigeren: ‘Gemeente’" })).toBeInTheDocument();
    // Initials neither: a stamped line never matches their rule (see one-line-amend.test.tsx).
    expect(within(box("Initialen jeugdige")).queryByRole("button", { name: /^Aanvulling/ })).not.toBeInTheDocument();
  });

  test("emptying a colleague's agreed text asks first; ‘Nee’ saves nothing; the log puts it back", async () => {
    // the log says JV (Wijkteam Hengelo) wrote ‘Rust in het gezin.’; PH corrects after agreement
    const { user, gateway, container } = await renderFormOnWord(withJVsHulpvraag());
    await openPart(user, /^Stap 1 – Hulpvraag/);
    await openEditor(user, "Wat is de hulpvraag van de jeugdige en het gezin?", "Corrigeren");
    const hulpvraag = () => box("Wat is de hulpvraag van de jeugdige en het gezin?");
    await user.clear(within(hulpvraag()).getAllByRole("textbox")[0]!);
    const save = within(hulpvraag()).getByRole("button", { name: "Correctie opslaan" });
    await user.click(save);
    expect(gateway.callsOf("writeBox")).toEqual([]);
    const ask = within(hulpvraag()).getByRole("alertdialog", { name: "Correctie bevestigen" });
    expect(ask).toHaveTextContent(
      "U maakt dit vak leeg. De tekst is van JV (Wijkteam Hengelo) en is vastgesteld in het MDO.",
    );
    const yes = within(ask).getByRole("button", { name: "Ja, leegmaken" });
    expect(yes).toHaveFocus();
    await expectNoAxeViolations(container);
    await user.click(within(ask).getByRole("button", { name: "Nee, niet opslaan" }));
    expect(gateway.callsOf("writeBox")).toEqual([]);
    expect(save).toHaveFocus(); // focus stays where the user was
    await user.click(save);
    await user.click(within(hulpvraag()).getByRole("button", { name: "Ja, leegmaken" }));
    expect(gateway.callsOf("writeBox")).toEqual([["hulpvraag", "", PETRA]]);
    expect(await inWord(gateway, "hulpvraag")).toBe("");

    // the log offers to put the correction back, once: a new logged correction with the old text
    await user.click(screen.getByRole("tab", { name: /Logboek/ }));
    const undo = await screen.findByRole("button", { name: /^Correctie terugzetten: / });
    expect(screen.getAllByRole("button", { name: /^Correctie terugzetten: / })).toHaveLength(1);
    await user.click(undo);
    expect(gateway.callsOf("writeBox").at(-1)).toEqual(["hulpvraag", "Rust in het gezin.", PETRA]);
    expect(await inWord(gateway, "hulpvraag")).toBe("Rust in het gezin.");
    expect(screen.getByText(/is teruggezet\. Dat staat als nieuwe correctie in het logboek\./)).toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
  });

  test("one's own text, or a correction that keeps the old text, is saved without asking", async () => {
    const { user, gateway } = await renderFormOnWord(withJVsHulpvraag());
    await openPart(user, /^Stap 1 – Hulpvraag/);
    await openEditor(user, "Wat is de hulpvraag van de jeugdige en het gezin?", "Corrigeren");
    const hulpvraag = () => box("Wat is de hulpvraag van de jeugdige en het gezin?");
    await user.type(within(hulpvraag()).getAllByRole("textbox")[0]!, " Ook voor vader.");
    await user.click(within(hulpvraag()).getByRole("button", { name: "Correctie opslaan" }));
    expect(gateway.callsOf("writeBox")).toEqual([["hulpvraag", "Rust in het gezin. Ook voor vader.", PETRA]]);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });
});

/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { filledValues } from "../domain/fixtures";
import type { FakeOptions } from "./fake-gateway";
import { sampleLog } from "./log-fixtures";
import { expectNoAxeViolations, renderForm } from "./helpers";

const NAME = "20200903 Handreiking Regie ES";

async function openSend(options: FakeOptions = {}) {
  const r = await renderForm({ values: filledValues(), log: sampleLog(), ...options });
  await r.user.click(screen.getByRole("tab", { name: "Verzenden" }));
  await screen.findByRole("heading", { name: "Opslaan en verzenden" });
  return r;
}

const checklist = () => screen.getByRole("list", { name: "Controle voor verzenden" });

describe("Opslaan en verzenden", () => {
  const clipboard = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  afterEach(() => {
    if (clipboard) Object.defineProperty(navigator, "clipboard", clipboard);
    else delete (navigator as { clipboard?: unknown }).clipboard;
    jest.restoreAllMocks();
  });

  test("shows the exact file name (date of the last change + client initials) and copies it", async () => {
    const { user, container } = await openSend();
    // After openSend: user-event installs its own clipboard stub on setup.
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    expect(screen.getByRole("textbox", { name: "Sla het document op onder deze naam" })).toHaveValue(NAME);
    await user.click(screen.getByRole("button", { name: "Kopiëren" }));
    expect(writeText).toHaveBeenCalledWith(NAME);
    expect(await screen.findByText("Gekopieerd.")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("without a clipboard the name is selected for Ctrl+C", async () => {
    const { user } = await openSend();
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    await user.click(screen.getByRole("button", { name: "Kopiëren" }));
    const input = screen.getByRole("textbox", { name: "Sla het document op onder deze naam" }) as HTMLInputElement;
    expect(await screen.findByText(/druk op Ctrl\+C/)).toBeInTheDocument();
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, NAME.length]);
  });

  test("no name yet without the client's initials", async () => {
    await openSend({ values: { ...filledValues(), initialen: "" } });
    expect(screen.getAllByText(/Vul eerst de initialen van de jeugdige in/).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Opslaan onder deze naam" })).toBeDisabled();
  });

  test("the checklist: required boxes, attribution, file name, secure channel", async () => {
    const { container } = await openSend();
    const items = within(checklist()).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Alle verplichte vakken zijn ingevuld (in orde)");
    expect(items[1]).toHaveTextContent("Elke wijziging heeft initialen, datum en organisatie (in orde)");
    expect(items[2]).toHaveTextContent("De bestandsnaam volgt de afspraak");
    expect(items[2]).toHaveTextContent("(let op)");
    expect(items[2]).toHaveTextContent(`Sla het op als ‘${NAME}.docx’`);
    expect(items.at(-1)).toHaveTextContent("Er is een beveiligde verzendwijze gekozen (Stap 6) (in orde)");
    await expectNoAxeViolations(container);
  });

  test("the checklist names what is missing", async () => {
    await openSend({ values: { ...filledValues(), hulpvraag: "", verzendwijze: "" } });
    const list = checklist();
    expect(within(list).getByText(/Alle verplichte vakken zijn ingevuld/)).toHaveTextContent("nog niet in orde");
    expect(within(list).getByText(/Vul ‘Wat is de hulpvraag van de jeugdige en het gezin\?’ in\./)).toBeInTheDocument();
    expect(within(list).getByText(/Er is een beveiligde verzendwijze gekozen/)).toHaveTextContent("nog niet in orde");
  });

  test("saved: confirms, and the file-name check turns green", async () => {
    const { user, gateway } = await openSend();
    await user.click(screen.getByRole("button", { name: "Opslaan onder deze naam" }));
    expect(gateway.callsOf("saveWithName")).toEqual([[NAME]]);
    expect(await screen.findByText(`Opgeslagen als ‘${NAME}’.`)).toBeInTheDocument();
    expect(within(checklist()).getByText(/De bestandsnaam volgt de afspraak/)).toHaveTextContent("(in orde)");
  });

  test("already named: explains Save As with the name", async () => {
    const { user, container } = await openSend({ saveOutcome: { status: "alreadyNamed" } });
    await user.click(screen.getByRole("button", { name: "Opslaan onder deze naam" }));
    expect(await screen.findByText(/Word kan een opgeslagen bestand niet hernoemen/)).toHaveTextContent(
      `Kies in Word Bestand > Opslaan als, plak de naam ‘${NAME}’ en klik op Opslaan.`,
    );
    await expectNoAxeViolations(container);
  });

  test("not supported: shows the Word layer's message", async () => {
    const { user } = await openSend({ saveOutcome: { status: "notSupported", message: "Deze versie van Word kan een document niet zelf onder een naam opslaan." } });
    await user.click(screen.getByRole("button", { name: "Opslaan onder deze naam" }));
    expect(await screen.findByText("Deze versie van Word kan een document niet zelf onder een naam opslaan.")).toBeInTheDocument();
  });

  test("a copy is downloaded as <name>.docx without any network", async () => {
    const createObjectURL = jest.fn().mockReturnValue("blob:handreiking");
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user, gateway } = await openSend({ copy: new Uint8Array([80, 75, 3, 4]) });
    await user.click(screen.getByRole("button", { name: "Kopie downloaden" }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(gateway.callsOf("getCopy")).toHaveLength(1);
    expect(clicked[0]?.download).toBe(`${NAME}.docx`);
    expect(clicked[0]?.getAttribute("href")).toBe("blob:handreiking");
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(blob.size).toBe(4);
    expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(document.querySelector("a[download]")).toBeNull();
    expect(await screen.findByText(/staat in uw map Downloads/)).toBeInTheDocument();
  });

  test("no copy from this Word: says so", async () => {
    const { user } = await openSend({ copy: null });
    await user.click(screen.getByRole("button", { name: "Kopie downloaden" }));
    expect(await screen.findByText(/^Deze versie van Word kan geen kopie als bestand aanbieden\. Sla het document op/)).toBeInTheDocument();
  });

  test("lists the recipients from step 2 and reminds to send securely after every change", async () => {
    const { user } = await openSend();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const list = screen.getByRole("textbox", { name: "Betrokkenen (uit stap 2)" });
    expect(list).toHaveValue("Moeder\nPetra Hof (Ambiq) – 06-12345678");
    await user.click(screen.getByRole("button", { name: "Lijst kopiëren" }));
    expect(writeText).toHaveBeenCalledWith("Moeder\nPetra Hof (Ambiq) – 06-12345678");
    expect(screen.getByText(/alleen via Zorgmail, Zivver of een andere beveiligde verzendwijze \(afgesproken: Zivver\)/)).toHaveTextContent(
      "Doe dit opnieuw na elke wijziging.",
    );
  });

  test("a failing save shows the error and keeps the panel", async () => {
    const { user, gateway } = await openSend();
    gateway.failNext("saveWithName");
    await user.click(screen.getByRole("button", { name: "Opslaan onder deze naam" }));
    expect(await screen.findByText("Word is even bezig. Probeer het zo opnieuw.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Sla het document op onder deze naam" })).toHaveValue(NAME);
  });
});

/** @jest-environment jsdom */
// Nothing typed is lost or silently left out: before agreement a box is saved when focus leaves
// it; a draft that is not saved (a correction after agreement, or a value the rules refuse) keeps
// its step from "compleet", holds back agreeing and sending, survives tab switches and makes the
// browser ask before the pane closes.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { openPart, PETRA, renderFormOnWord, stopHost } from "./helpers";

afterEach(stopHost);

const AGREED = "20200901";
const box = (name: string) => screen.getByRole("group", { name });
const stepButton = (name: RegExp) => screen.getByRole("button", { name });

describe("before agreement: a box is saved when focus leaves it", () => {
  test("leaving a box writes it to the document, once", async () => {
    const { user, gateway } = await renderFormOnWord();
    const initials = within(box("Initialen jeugdige")).getByRole("textbox");
    await user.click(initials);
    await user.paste("ES");
    await user.tab();
    await waitFor(() => expect(gateway.callsOf("writeBox")).toEqual([["initialen", "ES", PETRA]]));
    expect(await within(box("Initialen jeugdige")).findByText("Opgeslagen · PH 20200902, Ambiq")).toBeInTheDocument();
  });

  test("Volgende saves the box being typed in", async () => {
    const { user, gateway } = await renderFormOnWord({ values: { ...filledValues(), hulpvraag: "" } });
    await openPart(user, /^Stap 1 – Hulpvraag/);
    await user.click(within(box("Wat is de hulpvraag van de jeugdige en het gezin?")).getByRole("textbox"));
    await user.paste("Rust in huis");
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    await waitFor(() => expect(gateway.callsOf("writeBox")).toEqual([["hulpvraag", "Rust in huis", PETRA]]));
    expect(
      await screen.findByRole("button", { name: /^Stap 1 – Hulpvraag en situatie\s?, compleet$/ }),
    ).toBeInTheDocument();
  });

  test("switching to another tab saves the box being typed in", async () => {
    const { user, gateway } = await renderFormOnWord();
    await user.click(within(box("Initialen jeugdige")).getByRole("textbox"));
    await user.paste("ES");
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    await waitFor(() => expect(gateway.callsOf("writeBox")).toEqual([["initialen", "ES", PETRA]]));
  });

  test("a value the rules refuse is kept, and its step is not compleet", async () => {
    const { user, gateway } = await renderFormOnWord({ values: filledValues() });
    expect(stepButton(/^Basisgegevens\s?, compleet$/)).toBeInTheDocument();
    const date = within(box("Datum MDO")).getByRole("textbox");
    await user.clear(date);
    await user.paste("31-02-2020");
    await user.tab();
    expect(gateway.callsOf("writeBox")).toEqual([]);
    expect(stepButton(/^Basisgegevens\s?, 1 niet opgeslagen$/)).toBeInTheDocument();
    expect(within(box("Datum MDO")).getByRole("textbox")).toHaveValue("31-02-2020");
  });
});

describe("after agreement: a correction waits for its button, and is never left out silently", () => {
  async function typeCorrection() {
    const r = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
    await openPart(r.user, /^Stap 3 – Regie/);
    await r.user.click(screen.getByRole("button", { name: "Corrigeren: ‘Taken en mandaat van de regisseur’" }));
    const input = within(box("Taken en mandaat van de regisseur")).getAllByRole("textbox")[0]!;
    fireEvent.change(input, { target: { value: "Coördineert de hulp en de evaluatie." } });
    await r.user.tab();
    return r;
  }

  test("the step is not compleet while the correction is unsaved", async () => {
    const { gateway } = await typeCorrection();
    expect(gateway.callsOf("writeBox")).toEqual([]);
    expect(stepButton(/^Stap 3 – Regie\s?, 1 niet opgeslagen$/)).toBeInTheDocument();
  });

  test("the draft survives a tab switch", async () => {
    const { user } = await typeCorrection();
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    await user.click(screen.getByRole("tab", { name: "Invullen" }));
    expect(within(box("Taken en mandaat van de regisseur")).getAllByRole("textbox")[0]).toHaveValue(
      "Coördineert de hulp en de evaluatie.",
    );
  });

  test("Verzenden names it, holds back saving, and ‘Alles opslaan’ puts it in the document", async () => {
    const { user, gateway } = await typeCorrection();
    await user.click(screen.getByRole("tab", { name: "Verzenden" }));
    expect(await screen.findByText("1 vak is nog niet opgeslagen")).toBeInTheDocument();
    expect(screen.getByText("Taken en mandaat van de regisseur")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Opslaan onder deze naam" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Kopie downloaden" })).toBeDisabled();
    // the button waits while Word reads the document for the tab (under load the click could land before)
    const saveAll = screen.getByRole("button", { name: "Alles opslaan" });
    await waitFor(() => expect(saveAll).toBeEnabled());
    await user.click(saveAll);
    await waitFor(() =>
      expect(gateway.callsOf("writeBox")).toEqual([["takenRegisseur", "Coördineert de hulp en de evaluatie.", PETRA]]),
    );
    await waitFor(() => expect(screen.queryByText("1 vak is nog niet opgeslagen")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Opslaan onder deze naam" })).toBeEnabled();
  });

  test("an addition typed but not added is named too", async () => {
    const { user } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
    await openPart(user, /^Stap 1 – Hulpvraag/);
    await user.click(
      screen.getByRole("button", { name: "Aanvulling bij ‘Wat is de hulpvraag van de jeugdige en het gezin?’" }),
    );
    const addition = within(box("Wat is de hulpvraag van de jeugdige en het gezin?")).getByRole("textbox", {
      name: /Aanvulling bij/,
    });
    fireEvent.change(addition, { target: { value: "Nieuwe afspraak." } });
    expect(stepButton(/^Stap 1 – Hulpvraag en situatie\s?, 1 niet opgeslagen$/)).toBeInTheDocument();
    await openPart(user, /^Afronden/);
    expect(screen.getByText("Wat is de hulpvraag van de jeugdige en het gezin? (aanvulling)")).toBeInTheDocument();
  });

  test("closing the pane with unsaved text makes the browser ask", async () => {
    await typeCorrection();
    const asked = new Event("beforeunload", { cancelable: true });
    act(() => void window.dispatchEvent(asked));
    expect(asked.defaultPrevented).toBe(true);
  });
});

describe("Afronden waits for unsaved text", () => {
  test("names the unsaved box and keeps ‘Vastgesteld in het MDO’ disabled", async () => {
    const { user, gateway } = await renderFormOnWord({ values: filledValues() });
    const date = within(box("Datum MDO")).getByRole("textbox");
    await user.clear(date);
    await user.paste("31-02-2020");
    await openPart(user, /^Afronden/);
    expect(screen.getByText("1 vak is nog niet opgeslagen")).toBeInTheDocument();
    expect(screen.getByText(/^Datum MDO — eerst verbeteren:/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Alles opslaan" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Vastgesteld in het MDO…" })).toBeDisabled();
    expect(gateway.callsOf("agree")).toEqual([]);
  });

  test("no unsaved text: the browser is not asked on closing", async () => {
    await renderFormOnWord({ values: filledValues() });
    const event = new Event("beforeunload", { cancelable: true });
    act(() => void window.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(false);
  });
});

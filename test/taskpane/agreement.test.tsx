/** @jest-environment jsdom */
// Agreeing is a deliberate act: a confirmation shows who is recorded as present and what is
// missing; with required things missing it needs a reason, which goes into the log.
import { act, screen, waitFor, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import {
  clickWhenEnabled,
  documentNow,
  expectNoAxeViolations,
  openPart,
  PETRA,
  renderFormOnWord,
  stopHost,
} from "./helpers";

afterEach(stopHost);

const agreeButton = () => screen.getByRole("button", { name: "Vastgesteld in het MDO…" });
const confirmation = () => screen.getByRole("region", { name: /^Klopt dit\?/ });

describe("Vastgesteld in het MDO", () => {
  test("a complete form: the confirmation names the date and who was present; nothing happens until ‘Ja, vaststellen’", async () => {
    const { user, gateway, container } = await renderFormOnWord({ values: filledValues() });
    await openPart(user, /^Afronden/);
    await user.click(agreeButton());
    const check = confirmation();
    // the check replaces the button: the focus moves to its heading, not to <body>
    expect(
      within(check).getByRole("heading", { name: "Klopt dit? Vastgesteld in het MDO van 01-09-2020" }),
    ).toHaveFocus();
    expect(within(check).getByText("Moeder")).toBeInTheDocument();
    expect(within(check).getByText("Petra Hof (Ambiq)")).toBeInTheDocument();
    expect(within(check).getByText("Gezin aanwezig: ja.")).toBeInTheDocument();
    expect(within(check).getByText("Alle verplichte onderdelen zijn ingevuld.")).toBeInTheDocument();
    expect(gateway.callsOf("agree")).toEqual([]);
    await expectNoAxeViolations(container);
    await user.click(within(check).getByRole("button", { name: "Annuleren" }));
    expect(gateway.callsOf("agree")).toEqual([]);
    expect(agreeButton()).toHaveFocus(); // back where the user was
    await user.click(agreeButton());
    await user.click(screen.getByRole("button", { name: "Ja, vaststellen" }));
    expect(gateway.callsOf("agree")).toEqual([["20200901", PETRA]]);
  });

  test("the date starts at the form's ‘Datum MDO’ (not today); another date is flagged in ‘Klopt dit?’", async () => {
    const { user, gateway } = await renderFormOnWord({ values: filledValues() });
    await openPart(user, /^Afronden/);
    const date = screen.getByRole("textbox", { name: /Datum van het MDO/ });
    expect(date).toHaveValue("01-09-2020"); // Datum MDO, while today is 02-09-2020
    await user.click(agreeButton());
    expect(within(confirmation()).queryByText(/^Let op: bij ‘Datum MDO’/)).toBeNull();
    await user.click(within(confirmation()).getByRole("button", { name: "Annuleren" }));
    await user.clear(date);
    await user.type(date, "02-09-2020");
    await user.click(agreeButton());
    expect(
      within(confirmation()).getByText(
        "Let op: bij ‘Datum MDO’ staat 01-09-2020, niet 02-09-2020. Klopt de datum van vaststellen?",
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ja, vaststellen" }));
    expect(gateway.callsOf("agree")).toEqual([["20200902", PETRA]]);
  });

  test("an empty form: lists what is missing and refuses without a reason; the reason is logged", async () => {
    const { user, gateway } = await renderFormOnWord();
    await openPart(user, /^Afronden/);
    await user.click(agreeButton());
    const check = confirmation();
    expect(within(check).getByText("Er staat nog niemand bij Betrokkenen.")).toBeInTheDocument();
    expect(within(check).getByText("Gezin aanwezig: niet ingevuld.")).toBeInTheDocument();
    expect(within(check).getByText("Basisgegevens: Vul ‘Initialen jeugdige’ in.")).toBeInTheDocument();
    const yes = within(check).getByRole("button", { name: "Ja, vaststellen" });
    expect(yes).toBeDisabled();
    await user.click(within(check).getByRole("textbox", { name: /Waarom stelt u de handreiking toch vast/ }));
    await user.paste("Gezin wil vandaag starten; rest volgt bij evaluatie.");
    await user.click(yes);
    const calls = gateway.callsOf("agree");
    expect(calls).toHaveLength(1);
    const note = calls[0]?.[2] as { missing: string[]; reason: string };
    expect(note.reason).toBe("Gezin wil vandaag starten; rest volgt bij evaluatie.");
    expect(note.missing).toContain("Basisgegevens: Vul ‘Initialen jeugdige’ in.");
    // the agreement is in Word, with the reason in its log entry (14 missing: converting the document made Petra its
    // ‘Beheerder van dit document’)
    await act(() => gateway.settled());
    expect((await documentNow()).data?.changeLog.at(-1)?.description).toMatch(
      /^Vastgesteld in het MDO van 02-09-2020\. Vastgesteld met 14 verplichte onderdelen nog niet ingevuld\. Reden: Gezin wil vandaag starten; rest volgt bij evaluatie\. Niet ingevuld: Basisgegevens/,
    );
  });

  test("no stale ‘is opgeslagen’: agreeing says what happened, a profile change starts silent", async () => {
    const { user } = await renderFormOnWord({ values: { ...filledValues(), initialen: "" } });
    const initials = within(screen.getByRole("group", { name: "Initialen jeugdige" })).getByRole("textbox");
    await user.type(initials, "ES");
    await user.tab();
    const status = () => screen.getAllByRole("status").find((e) => /opgeslagen|vastgesteld/.test(e.textContent ?? ""));
    await waitFor(() => expect(status()).toHaveTextContent("‘Initialen jeugdige’ is opgeslagen."));
    // the re-read the window's focus started beside the save keeps the save's view (reread-race.test.tsx)
    await screen.findByRole("button", { name: /^Basisgegevens\s?, compleet$/ });
    await openPart(user, /^Afronden/);
    await clickWhenEnabled(user, agreeButton); // the save's answer may still be on its way
    await clickWhenEnabled(user, () => screen.getByRole("button", { name: "Ja, vaststellen" }));
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        "De handreiking is vastgesteld in het MDO van 01-09-2020. Elke wijziging is nu een aanvulling of correctie.",
      ),
    );
    await user.click(screen.getByRole("button", { name: "Wijzigen" }));
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" });
    expect(status()).toBeUndefined();
  });
});

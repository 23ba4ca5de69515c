/** @jest-environment jsdom */
// Issue 28 point 9: after a profile switch the new profile's organisation is used everywhere:
// the stamps the gateway is asked to write, the Beheerder pre-fill, the addition preview, ‘Ikzelf’
// among the authors of an outside edit, and no notice of the old profile stays.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Profile } from "../../src/domain";
import { filledValues } from "handreiking-fixtures/form-values";
import { documentNow, openPart, renderFormOnWord, stopHost, type RenderedOnWord } from "./helpers";

afterEach(stopHost);

const KAREN: Profile = { initials: "KH", organisation: "Tactus", name: "Karen Hof" };
const AGREED = "20200901";

async function switchTo(user: RenderedOnWord["user"], p: Profile): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Wijzigen" }));
  for (const [label, value] of [
    [/Initialen/, p.initials],
    [/Organisatie/, p.organisation],
    [/Naam/, p.name],
  ] as const) {
    const input = screen.getByRole("textbox", { name: label });
    await user.clear(input);
    await user.type(input, value);
  }
  await user.click(screen.getByRole("button", { name: "Opslaan" }));
  await screen.findByText(`${p.initials} · ${p.organisation}`);
}

test("before agreement: the Beheerder pre-fill and the fill stamps are the new profile's", async () => {
  const { user, gateway } = await renderFormOnWord({
    values: { ...filledValues(), beheerder: { name: "", organisation: "" } },
  });
  const owner = () => screen.getByRole("group", { name: "Beheerder van dit document" });
  expect(within(owner()).getByRole("textbox", { name: "Organisatie" })).toHaveValue("Ambiq");
  await switchTo(user, KAREN);
  expect(within(owner()).getByRole("textbox", { name: "Naam" })).toHaveValue("Karen Hof");
  expect(within(owner()).getByRole("textbox", { name: "Organisatie" })).toHaveValue("Tactus");
  await openPart(user, /^Stap 1 – Hulpvraag/);
  const hulpvraag = within(screen.getByRole("group", { name: "Wat is de hulpvraag van de jeugdige en het gezin?" }));
  fireEvent.change(hulpvraag.getByRole("textbox"), { target: { value: "Rust." } });
  fireEvent.blur(hulpvraag.getByRole("textbox"));
  await waitFor(() => expect(gateway.callsOf("writeBox")).toEqual([["hulpvraag", "Rust.", KAREN]]));
  // the fill session in the log is signed by the new organisation, once Word has written it
  await act(() => gateway.settled());
  expect((await documentNow()).data?.changeLog.at(-1)).toMatchObject({ initials: "KH", organisation: "Tactus" });
});

test("after agreement: an addition typed before the switch is previewed and stamped with the new organisation", async () => {
  const { user, gateway } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
  await openPart(user, /^Stap 1 – Hulpvraag/);
  await user.click(
    screen.getByRole("button", { name: "Aanvulling bij ‘Wat is de hulpvraag van de jeugdige en het gezin?’" }),
  );
  const box = () => within(screen.getByRole("group", { name: "Wat is de hulpvraag van de jeugdige en het gezin?" }));
  fireEvent.change(box().getByRole("textbox", { name: /Aanvulling bij/ }), { target: { value: "Ook school." } });
  expect(box().getByText("Wordt toegevoegd: PH 20200902, Ambiq: Ook school.")).toBeInTheDocument();
  await switchTo(user, KAREN);
  expect(box().getByText("Wordt toegevoegd: KH 20200902, Tactus: Ook school.")).toBeInTheDocument();
  await user.click(box().getByRole("button", { name: "Aanvulling toevoegen" }));
  expect(gateway.callsOf("amend")).toEqual([["hulpvraag", "Ook school.", KAREN]]);
  await waitFor(async () =>
    expect((await documentNow()).boxTexts.hulpvraag).toContain("KH 20200902, Tactus: Ook school."),
  );
  expect(screen.queryByText(/Ambiq: Ook school/)).toBeNull();
});

test("an outside edit offers ‘Ikzelf’ with the new organisation, and records it so", async () => {
  const { user, gateway } = await renderFormOnWord({
    values: filledValues(),
    // someone types in the box in Word, outside the pane
    prepare: (host) => host.user.typeInControl("hr:hulpvraag", "Rust in het gezin en op school."),
  });
  await switchTo(user, KAREN);
  const who = screen.getByRole("combobox", { name: "Gewijzigd door" }) as HTMLSelectElement;
  const me = Array.from(who.options).find((o) => o.text.startsWith("Ikzelf"));
  expect(me?.text).toBe("Ikzelf – KH, Tactus");
  await user.selectOptions(who, me!);
  await user.click(screen.getByRole("button", { name: "Wijzigingen vastleggen" }));
  await waitFor(() => expect(gateway.callsOf("attributeOutsideEdits")).toHaveLength(1));
  expect(gateway.callsOf("attributeOutsideEdits")[0]).toEqual([
    [expect.objectContaining({ key: "hulpvraag", author: { kind: "person", initials: "KH", organisation: "Tactus" } })],
    KAREN,
  ]);
});

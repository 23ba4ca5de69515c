/** @jest-environment jsdom */
// Issue 28: after each action focus lands on a sensible element (never the page), and what the
// action did is said in a live region (role="status": read out by screen readers).
import { screen, waitFor, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { JV, openPart, renderFormOnWord, stopHost, writeAs } from "./helpers";

afterEach(stopHost);

const AGREED = "20200901";
const HULPVRAAG = "Wat is de hulpvraag van de jeugdige en het gezin?";

/** Petra's agreed form in which JV (Wijkteam Hengelo) last wrote the hulpvraag: someone else's agreed text. */
const withJVsHulpvraag = () => ({
  values: filledValues(),
  agreed: AGREED,
  prepare: async () => void (await writeAs(JV, "hulpvraag", "Rust in het gezin en op school.")),
});

/** The text is in an element that is, or is inside, a live region. */
function announced(text: string | RegExp): void {
  const regions = [
    ...document.querySelectorAll<HTMLElement>('[role="status"], [aria-live="polite"], [aria-live="assertive"]'),
  ];
  const matches = (t: string) => (typeof text === "string" ? t.includes(text) : text.test(t));
  expect(regions.map((r) => r.textContent ?? "").filter(matches)).not.toEqual([]);
}

const notOnPage = () => expect(document.activeElement).not.toBe(document.body);

test("a box saved on leaving: focus where the user went, the save announced", async () => {
  const { user } = await renderFormOnWord({ values: { ...filledValues(), initialen: "" } });
  const initials = within(screen.getByRole("group", { name: "Initialen jeugdige" })).getByRole("textbox");
  await user.type(initials, "ES");
  const next = within(screen.getByRole("group", { name: "Datum MDO" })).getByRole("textbox");
  await user.click(next);
  await waitFor(() => announced("‘Initialen jeugdige’ is opgeslagen."));
  notOnPage();
  expect(next).toHaveFocus();
});

test("a correction saved after agreement: focus stays in the box's field, the save announced", async () => {
  const { user, gateway } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
  await openPart(user, /^Stap 1 – Hulpvraag/);
  await user.click(screen.getByRole("button", { name: `Corrigeren: ‘${HULPVRAAG}’` }));
  const input = within(screen.getByRole("group", { name: HULPVRAAG })).getByRole("textbox");
  await user.type(input, " Ook voor vader.");
  await user.click(
    within(screen.getByRole("group", { name: HULPVRAAG })).getByRole("button", { name: "Correctie opslaan" }),
  );
  await waitFor(() => expect(gateway.callsOf("writeBox")).toHaveLength(1));
  expect(input).toHaveFocus();
  await waitFor(() => announced(`‘${HULPVRAAG}’ is opgeslagen.`));
});

test("a confirmed correction (another's text): the question goes, focus is in the field", async () => {
  const { user, gateway } = await renderFormOnWord(withJVsHulpvraag());
  await openPart(user, /^Stap 1 – Hulpvraag/);
  await user.click(screen.getByRole("button", { name: `Corrigeren: ‘${HULPVRAAG}’` }));
  const input = within(screen.getByRole("group", { name: HULPVRAAG })).getByRole("textbox");
  await user.clear(input);
  await user.click(
    within(screen.getByRole("group", { name: HULPVRAAG })).getByRole("button", { name: "Correctie opslaan" }),
  );
  await user.click(screen.getByRole("button", { name: "Ja, leegmaken" }));
  await waitFor(() => expect(gateway.callsOf("writeBox")).toHaveLength(1));
  expect(screen.queryByRole("alertdialog")).toBeNull();
  expect(input).toHaveFocus();
});

test("agreeing: the confirmation goes, focus is on the Afronden heading, the agreement announced", async () => {
  const { user } = await renderFormOnWord({ values: filledValues() });
  await openPart(user, /^Afronden/);
  await user.click(screen.getByRole("button", { name: "Vastgesteld in het MDO…" }));
  await user.click(screen.getByRole("button", { name: "Ja, vaststellen" }));
  await screen.findByText(/^Vastgesteld in het MDO op 01-09-2020/);
  await waitFor(() => expect(screen.getByRole("heading", { name: "Afronden" })).toHaveFocus());
  announced(/De handreiking is vastgesteld in het MDO van 01-09-2020/);
});

test("an addition: focus stays in the addition field, the addition announced", async () => {
  const { user, gateway } = await renderFormOnWord({ values: filledValues(), agreed: AGREED });
  await openPart(user, /^Stap 1 – Hulpvraag/);
  await user.click(screen.getByRole("button", { name: `Aanvulling bij ‘${HULPVRAAG}’` }));
  const field = screen.getByRole("textbox", { name: /Aanvulling bij/ });
  await user.type(field, "Ook school.");
  await user.click(screen.getByRole("button", { name: "Aanvulling toevoegen" }));
  await waitFor(() => expect(gateway.callsOf("amend")).toHaveLength(1));
  expect(screen.getByRole("textbox", { name: /Aanvulling bij/ })).toHaveFocus();
  await waitFor(() => announced("De aanvulling is toegevoegd."));
});

test("undo from the log: the button goes, focus is on the log's heading, the undo announced", async () => {
  const { user, gateway } = await renderFormOnWord(withJVsHulpvraag());
  await openPart(user, /^Stap 1 – Hulpvraag/);
  await user.click(screen.getByRole("button", { name: `Corrigeren: ‘${HULPVRAAG}’` }));
  await user.type(within(screen.getByRole("group", { name: HULPVRAAG })).getByRole("textbox"), " Ook voor vader.");
  await user.click(
    within(screen.getByRole("group", { name: HULPVRAAG })).getByRole("button", { name: "Correctie opslaan" }),
  );
  await waitFor(() => expect(gateway.callsOf("writeBox")).toHaveLength(1));
  await user.click(screen.getByRole("tab", { name: /Logboek/ }));
  await user.click(await screen.findByRole("button", { name: /^Correctie terugzetten: / }, { timeout: 5000 }));
  await waitFor(() => expect(gateway.callsOf("writeBox")).toHaveLength(2));
  // the log (its section, named by its heading) has focus
  expect(screen.getByRole("region", { name: "Wijzigingslogboek" })).toHaveFocus();
  await waitFor(() => announced(/is teruggezet\. Dat staat als nieuwe correctie in het logboek\./));
});

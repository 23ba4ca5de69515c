/** @jest-environment jsdom */
// An addition to a one-line box replaces its value with the stamped line: the box stays one
// line, its step stays complete, and the old value is kept in the log.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { documentNow, openPart, PETRA, renderFormOnWord, stopHost } from "./helpers";

afterEach(stopHost);

const AGREED = "20200901";

test("‘Vervanger bij afwezigheid’: the new value with its stamp, the old one in the log", async () => {
  const { user, gateway } = await renderFormOnWord({
    values: { ...filledValues(), vervanger: "Jan (Ambiq)" },
    agreed: AGREED,
  });
  await openPart(user, /^Stap 3 – Regie/);
  await user.click(screen.getByRole("button", { name: "Aanvulling bij ‘Vervanger bij afwezigheid’" }));
  const group = screen.getByRole("group", { name: "Vervanger bij afwezigheid" });
  const input = within(group).getByRole("textbox", { name: "Nieuwe waarde voor ‘Vervanger bij afwezigheid’" });
  fireEvent.change(input, { target: { value: "Kees (Tactus)" } });
  expect(within(group).getByText("Komt in het vak: PH 20200902, Ambiq: Kees (Tactus)")).toBeInTheDocument();
  await user.click(within(group).getByRole("button", { name: "Aanvulling toevoegen" }));
  expect(gateway.callsOf("amend")).toEqual([["vervanger", "Kees (Tactus)", PETRA]]);
  // the amendment is in Word
  await act(() => gateway.settled());
  const now = await documentNow();
  expect(now.boxTexts.vervanger).toBe("PH 20200902, Ambiq: Kees (Tactus)");
  expect(now.data?.changeLog.at(-1)).toMatchObject({
    kind: "amendment",
    before: "Jan (Ambiq)",
    after: "PH 20200902, Ambiq: Kees (Tactus)",
  });
  expect(await screen.findByRole("button", { name: /^Stap 3 – Regie\s?, compleet$/ })).toBeInTheDocument();
  expect(screen.queryByText(/regelovergang/)).not.toBeInTheDocument();
});

test("initials take no addition (a stamp does not fit their rule); a correction still does", async () => {
  await renderFormOnWord({ values: filledValues(), agreed: AGREED });
  const group = screen.getByRole("group", { name: "Initialen jeugdige" });
  expect(within(group).queryByRole("button", { name: /^Aanvulling/ })).not.toBeInTheDocument();
  expect(within(group).getByRole("button", { name: "Corrigeren: ‘Initialen jeugdige’" })).toBeInTheDocument();
});

test("a table cell with a stamped line shows the line under its text, not glued to it", async () => {
  const stamped = "Wekelijks\nPH 20201205, Ambiq: vanaf 1 december";
  const values = filledValues();
  const { user } = await renderFormOnWord({
    values: {
      ...values,
      afspraken: [{ key: "r000004", cells: { afspraak: "Huisbezoek", wie: "Ambiq", wanneer: stamped } }],
    },
    agreed: AGREED,
  });
  await openPart(user, /^Stap 5/);
  const cell = () => screen.getAllByRole("group", { name: /^Wanneer/ })[0]!;
  // compact: each line an element of its own
  expect([...within(cell()).getByText("Wekelijks").parentElement!.children].map((l) => l.textContent)).toEqual([
    "Wekelijks",
    "PH 20201205, Ambiq: vanaf 1 december",
  ]);
  // opened for a correction: lines in a text area, and the cursor in it
  await user.click(within(cell()).getByRole("button", { name: "Corrigeren: ‘Wanneer’" }));
  const input = within(cell()).getAllByRole("textbox")[0]!;
  expect(input.tagName).toBe("TEXTAREA");
  expect(input).toHaveValue(stamped);
  expect(input).toHaveFocus();
});

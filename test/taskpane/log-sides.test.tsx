/** @jest-environment jsdom */
// Issue 14 item 2 and 3: the pane shows both logs and lets the user choose; the log says what it proves.
import { screen, waitFor, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { partsInPackage, replaceDataParts } from "handreiking-fixtures/harness";
import type { WordHost } from "word-host";
import { expectNoAxeViolations, PETRA, renderFormOnWord, stopHost, writeAs } from "./helpers";

afterEach(stopHost);

const ES = { initials: "ES", organisation: "Gemeente Hengelo", name: "" };

/** ES fills in a box; then someone re-attributes her entry to PH in the data part with a zip tool. */
async function reattributedInDataPart(host: WordHost): Promise<void> {
  await writeAs(ES, "gaatGoed", "Opa helpt mee");
  const [xml] = partsInPackage(host, "urn:handreiking-regie:twente:form:1");
  const forged = xml!
    .replace("<initials>ES</initials>", "<initials>PH</initials>")
    .replace("<organisation>Gemeente Hengelo</organisation>", "<organisation>Ambiq</organisation>");
  expect(forged).not.toBe(xml);
  replaceDataParts(host, forged);
}

describe("when the visible log and the data part disagree", () => {
  test("both sides are shown and Herstellen takes the side the user chooses", async () => {
    const { user, gateway, container } = await renderFormOnWord({ prepare: reattributedInDataPart });
    const visible = await screen.findByRole("list", { name: /zichtbare logboek/ });
    expect(within(visible).getByText(/ES \| Gemeente Hengelo/)).toBeInTheDocument();
    expect(
      within(screen.getByRole("list", { name: /verborgen gegevensdeel/ })).getByText(/PH \| Ambiq/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Herstellen" })).not.toBeInTheDocument(); // never one side silently
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Het zichtbare logboek klopt" }));
    expect(gateway.callsOf("repair")).toEqual([[PETRA, "visible"]]);
    // the repair kept the visible log: the two sides are gone
    await waitFor(() => expect(screen.queryByRole("list", { name: /zichtbare logboek/ })).not.toBeInTheDocument());
  });
});

test("the log says what it shows and what it cannot", async () => {
  const r = await renderFormOnWord({
    values: filledValues(),
    prepare: async () => void (await writeAs(ES, "gaatGoed", "Opa helpt mee")),
  });
  await r.user.click(screen.getByRole("tab", { name: "Logboek" }));
  await screen.findByRole("heading", { name: "Wijzigingslogboek" });
  expect(screen.getByText(/toont wat de invoegtoepassing bij elke wijziging heeft vastgelegd/)).toHaveTextContent(
    /geen handtekening.*kan het herschrijven/,
  );
});

/** @jest-environment jsdom */
// Issue 14 item 2 and 3: the pane shows both logs and lets the user choose; the log says what it proves.
import { screen, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { sampleLog } from "./log-fixtures";
import { expectNoAxeViolations, PETRA, renderApp, renderForm } from "./helpers";

describe("when the visible log and the data part disagree", () => {
  test("both sides are shown and Herstellen takes the side the user chooses", async () => {
    const { user, gateway, container } = await renderApp({
      kind: "form",
      problems: [
        {
          id: "entryChanged",
          repairable: true,
          message: "Logregel 3 (02-09-2020, PH) is in het verborgen gegevensdeel buiten de invoegtoepassing gewijzigd.",
          sides: {
            visible: ["02-09-2020 | ES | Gemeente Hengelo | Stap 1 | Ingevuld"],
            data: ["02-09-2020 | PH | Ambiq | Stap 1 | Ingevuld"],
          },
        },
      ],
    });
    const visible = await screen.findByRole("list", { name: /zichtbare logboek/ });
    expect(within(visible).getByText(/ES \| Gemeente Hengelo/)).toBeInTheDocument();
    expect(
      within(screen.getByRole("list", { name: /verborgen gegevensdeel/ })).getByText(/PH \| Ambiq/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Herstellen" })).not.toBeInTheDocument(); // never one side silently
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("button", { name: "Het zichtbare logboek klopt" }));
    expect(gateway.callsOf("repair")).toEqual([[PETRA, "visible"]]);
  });
});

test("the log says what it shows and what it cannot", async () => {
  const r = await renderForm({ values: filledValues(), log: sampleLog() });
  await r.user.click(screen.getByRole("tab", { name: "Logboek" }));
  await screen.findByRole("heading", { name: "Wijzigingslogboek" });
  expect(screen.getByText(/toont wat de invoegtoepassing bij elke wijziging heeft vastgelegd/)).toHaveTextContent(
    /geen handtekening.*kan het herschrijven/,
  );
});

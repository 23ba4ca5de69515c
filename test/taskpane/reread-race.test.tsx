/** @jest-environment jsdom */
// Found moving the pane's tests to the real Word layer (issue 29): leaving a box saves it, and the
// same focus change makes the window re-read the document. That read starts before the save reaches
// Word and answers after it, and useFormView puts every read's view in place, so the pane shows the
// box as before the save (empty, its step incomplete, ‘Vastgesteld in het MDO…’ disabled) until the
// next read, while Word holds the text. The fake answered at once and never showed it.
// `test.failing`: this passes while the bug is there; when useFormView keeps a newer view than a
// read that started before it, jest reports it, and this becomes an ordinary `test`.
import { screen, waitFor, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { documentNow, renderFormOnWord, stopHost } from "./helpers";

afterEach(stopHost);

test.failing("a box saved on leaving it stays shown as saved when a re-read started beside the save", async () => {
  const { user, gateway } = await renderFormOnWord({ values: { ...filledValues(), initialen: "" } });
  await user.type(within(screen.getByRole("group", { name: "Initialen jeugdige" })).getByRole("textbox"), "ES");
  await user.tab(); // saves the box; jsdom gives the window focus, which re-reads
  await waitFor(() => expect(gateway.callsOf("writeBox")).toHaveLength(1));
  await gateway.settled();
  expect((await documentNow()).boxTexts.initialen).toBe("ES");
  // what the user sees once Word has answered both calls
  await waitFor(
    () => expect(screen.getByRole("button", { name: /^Basisgegevens\s?, compleet$/ })).toBeInTheDocument(),
    {
      timeout: 10000,
    },
  );
});

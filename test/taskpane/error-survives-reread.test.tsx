/** @jest-environment jsdom */
// A refused save says so until the user acts again: a re-read that Word (a document change) or the
// window (focus, a visible tab) prompts meanwhile does not wipe the message. A re-read does clear an
// error that came from reading, once reading works again.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { OfficeExtensionError, type WordHost } from "word-host";
import { WordLayerError } from "../../src/word/errors";
import { renderFormOnWord, renderOnWord, stopHost, wordReportsChange } from "./helpers";

afterEach(stopHost);

/** Word refuses the next round trip as busy (another request holds the document). */
const busyNext = (host: WordHost) => host.failSyncAt(1, new OfficeExtensionError("Conflict", "Busy."));

const LOCKED = "Dit deel van het document is vergrendeld en kan niet worden gewijzigd.";
const BUSY = "Word is even bezig. Probeer het zo opnieuw.";

test("a refused save's message stays through re-reads the pane did not ask for", async () => {
  const { user, gateway } = await renderFormOnWord();
  // Word refusing the write as locked; the wrapper refuses it, since a sync count cannot single out the write (focusing
  // the box selects it in Word too)
  gateway.failNext("writeBox", new WordLayerError("locked"));
  await user.type(within(screen.getByRole("group", { name: "Initialen jeugdige" })).getByRole("textbox"), "ES");
  await user.click(document.body);
  expect(await screen.findByText(LOCKED)).toBeInTheDocument();

  const opened = gateway.callsOf("open").length;
  await act(async () => {
    wordReportsChange(gateway);
    fireEvent.focus(window);
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await waitFor(() => expect(gateway.callsOf("open").length).toBeGreaterThanOrEqual(opened + 2));
  await act(async () => {}); // the re-reads' answers are in
  expect(screen.getByText(LOCKED)).toBeInTheDocument();

  // the user's next save that works clears it
  await user.type(within(screen.getByRole("group", { name: "Initialen jeugdige" })).getByRole("textbox"), "X");
  await user.click(document.body);
  await waitFor(() => expect(screen.queryByText(LOCKED)).not.toBeInTheDocument());
});

test("a failed read's message goes when a prompted re-read succeeds", async () => {
  const { gateway, host } = await renderFormOnWord();
  busyNext(host);
  await act(async () => wordReportsChange(gateway));
  expect(await screen.findByText(BUSY)).toBeInTheDocument();
  await act(async () => wordReportsChange(gateway));
  await waitFor(() => expect(screen.queryByText(BUSY)).not.toBeInTheDocument());
});

test("the first read failing, then Word prompting a re-read, shows the document without the old error", async () => {
  const { gateway } = await renderOnWord({ prepare: busyNext });
  expect(await screen.findByText(BUSY)).toBeInTheDocument();
  await act(async () => wordReportsChange(gateway));
  expect(await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" })).toBeInTheDocument();
  expect(screen.queryByText(BUSY)).not.toBeInTheDocument();
});

/** @jest-environment jsdom */
// A lazy part (Logboek, Verzenden, Kopieën, Zelftest) whose chunk cannot be loaded — a new version
// was put on the server while the pane was open — says "Er is een nieuwe versie — herladen"; the
// rest of the pane and every typed text stay (src/taskpane/components/LazyPart.tsx). The chunks
// are made to fail by letting the lazy import's module throw while it is required.
import { fireEvent, screen, within } from "@testing-library/react";
import { filledValues } from "handreiking-fixtures/form-values";
import { NEW_VERSION_TITLE } from "../../src/taskpane/components/LazyPart";
import { openPart, renderOnWord, renderFormOnWord, stopHost } from "./helpers";

const mockFailing = new Set<string>();
const failing = (name: string, path: string): unknown => {
  if (mockFailing.has(name)) throw new Error(`Loading chunk ${name} failed.`);
  return jest.requireActual(path);
};
jest.mock("../../src/taskpane/components/ChangeLogView", () =>
  failing("logboek", "../../src/taskpane/components/ChangeLogView"),
);
jest.mock("../../src/taskpane/components/SendPanel", () =>
  failing("verzenden", "../../src/taskpane/components/SendPanel"),
);
jest.mock("../../src/taskpane/components/copies/CopiesPanel", () =>
  failing("kopieen", "../../src/taskpane/components/copies/CopiesPanel"),
);
jest.mock("../../src/taskpane/components/selftest/SelfTestPage", () =>
  failing("zelftest", "../../src/taskpane/components/selftest/SelfTestPage"),
);

const AGREED = "20200901";
const CORRECTION = "Coördineert de hulp en de evaluatie.";
const taskBox = () =>
  within(screen.getByRole("group", { name: "Taken en mandaat van de regisseur" })).getAllByRole("textbox")[0]!;

afterEach(() => {
  mockFailing.clear();
  stopHost();
});

describe("a lazy part whose code cannot be loaded", () => {
  test("Logboek: the message, the typed correction kept, and Herladen loads only the part again", async () => {
    const reload = jest.fn();
    const { user } = await renderFormOnWord({ values: filledValues(), agreed: AGREED, reload });
    await openPart(user, /^Stap 3 – Regie/);
    await user.click(screen.getByRole("button", { name: "Corrigeren: ‘Taken en mandaat van de regisseur’" }));
    fireEvent.change(taskBox(), { target: { value: CORRECTION } });
    mockFailing.add("logboek");
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    expect(await screen.findByText(NEW_VERSION_TITLE)).toBeInTheDocument();
    expect(
      screen.getByText(/U hebt 1 vak met tekst die nog niet in het document staat; die blijft staan/),
    ).toBeVisible();
    // the rest of the pane still works and the correction is still there
    await user.click(screen.getByRole("tab", { name: "Invullen" }));
    expect(taskBox()).toHaveValue(CORRECTION);
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    expect(await screen.findByText(NEW_VERSION_TITLE)).toBeInTheDocument();
    // the chunk is there again (the old chunks are kept on the server): Herladen loads the part
    mockFailing.delete("logboek");
    await user.click(screen.getByRole("button", { name: "Herladen" }));
    expect(await screen.findByRole("heading", { name: "Wijzigingslogboek" })).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
    await user.click(screen.getByRole("tab", { name: "Invullen" }));
    expect(taskBox()).toHaveValue(CORRECTION);
  });

  test("Verzenden with nothing unsaved: Herladen reloads the whole pane", async () => {
    const reload = jest.fn();
    const { user } = await renderFormOnWord({ values: filledValues(), reload });
    mockFailing.add("verzenden");
    await user.click(screen.getByRole("tab", { name: "Verzenden" }));
    expect(await screen.findByText(NEW_VERSION_TITLE)).toBeInTheDocument();
    expect(screen.getByText(/er gaat geen getypte tekst verloren/)).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Invullen" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Herladen" }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test("Kopieën shows the message instead of a blank pane", async () => {
    const { user } = await renderFormOnWord({ values: filledValues() });
    mockFailing.add("kopieen");
    await user.click(screen.getByRole("tab", { name: "Kopieën" }));
    expect(await screen.findByText(NEW_VERSION_TITLE)).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Invullen" })).toBeInTheDocument();
    expect(screen.getByTestId("pane-footer")).toBeInTheDocument();
  });

  test("Zelftest shows the message and the pane's header and version stay", async () => {
    const reload = jest.fn();
    const { user } = await renderOnWord({ reload });
    mockFailing.add("zelftest");
    await user.click(await screen.findByRole("button", { name: "Zelftest" }));
    expect(await screen.findByText(NEW_VERSION_TITLE)).toBeInTheDocument();
    expect(screen.getByTestId("pane-footer")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Herladen" }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

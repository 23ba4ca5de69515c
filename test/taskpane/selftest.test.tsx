/** @jest-environment jsdom */
// The Zelftest page, reached from the pane's header, with a fake runner (the contract itself runs on the emulator
// in test/word/contract.test.ts), in a new empty document on the emulator.
import { screen, waitFor, within } from "@testing-library/react";
import type { ContractReport, ContractRun } from "../../src/word/contract";
import { NOT_EMPTY_MESSAGE } from "../../src/taskpane/components/selftest/SelfTestPage";
import { expectNoAxeViolations, renderOnWord, stopHost } from "./helpers";

afterEach(stopHost);

const REPORT: ContractReport = {
  addinVersion: "1.2.3",
  wordVersion: "16.0.17928.20000",
  platform: "OfficeOnline",
  host: "Word",
  requirementSets: ["WordApi 1.3", "WordApi 1.5"],
  ranAt: "2020-09-02T08:00:00.000Z",
  results: [
    {
      id: "lock-refuses-write",
      title: "Schrijven in een vergrendeld vak wordt geweigerd",
      verdict: "passed",
      expected: "x",
      seen: "x",
      source: "s",
      emulatorAssumed: true,
      meaning: "m1",
    },
    {
      id: "paragraph-separator",
      title: "Alinea's in de tekst van een vak",
      verdict: "failed",
      expected: '"een\\rtwee"',
      seen: '"eentwee"',
      source: "s",
      emulatorAssumed: true,
      meaning: "Tekst met meerdere regels wordt verkeerd gelezen.",
    },
    {
      id: "save-with-name",
      title: "Opslaan onder een naam is beschikbaar",
      verdict: "notSupported",
      expected: "beschikbaar",
      seen: "WordApi 1.5 ontbreekt",
      source: "s",
      emulatorAssumed: false,
      meaning: "m3",
    },
  ],
};

async function openSelfTest(run: () => Promise<ContractRun>) {
  const r = await renderOnWord({ doc: "empty", runSelfTest: run });
  await r.user.click(await screen.findByRole("button", { name: "Zelftest" }));
  await screen.findByRole("heading", { name: "Zelftest" });
  return r;
}

describe("Zelftest", () => {
  const clipboard = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  afterEach(() => {
    if (clipboard) Object.defineProperty(navigator, "clipboard", clipboard);
    else delete (navigator as { clipboard?: unknown }).clipboard;
    jest.restoreAllMocks();
  });

  test("shows per case passed, failed with expected and seen and its meaning, not supported; the Word version and sets", async () => {
    const run = jest.fn(() => Promise.resolve<ContractRun>({ status: "done", report: REPORT }));
    const { user, container } = await openSelfTest(run);
    expect(run).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Zelftest starten" }));
    const list = await screen.findByRole("list", { name: "Uitkomst per controle" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-verdict"))).toEqual(["passed", "failed", "notSupported"]);
    expect(items[0]).toHaveTextContent("geslaagd");
    expect(items[1]).toHaveTextContent('Verwacht: "een\\rtwee". Gezien: "eentwee".');
    expect(items[1]).toHaveTextContent("Gevolg: Tekst met meerdere regels wordt verkeerd gelezen.");
    expect(items[2]).toHaveTextContent("niet ondersteund in deze Word");
    expect(items[2]).toHaveTextContent("WordApi 1.5 ontbreekt");
    expect(
      screen.getByText(
        /1 controle is mislukt\. Word 16\.0\.17928\.20000, platform OfficeOnline, Handreiking Regie versie 1\.2\.3\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/WordApi 1\.3, WordApi 1\.5/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("the report is copied and downloaded as JSON", async () => {
    const { user } = await openSelfTest(() => Promise.resolve({ status: "done", report: REPORT }));
    await user.click(screen.getByRole("button", { name: "Zelftest starten" }));
    await screen.findByRole("list", { name: "Uitkomst per controle" });
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Verslag kopiëren" }));
    expect(JSON.parse(writeText.mock.calls[0]?.[0] as string)).toEqual(REPORT);
    expect(await screen.findByText("Het verslag is gekopieerd.")).toBeInTheDocument();

    const createObjectURL = jest.fn().mockReturnValue("blob:zelftest");
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicks: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await user.click(screen.getByRole("button", { name: "Verslag downloaden" }));
    expect(clicks).toEqual(["zelftest-handreiking-regie-2020-09-02.json"]);
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe("application/json;charset=utf-8");
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    expect(JSON.parse(text)).toEqual(REPORT);
  });

  test("refuses a document with content, in Dutch, and goes back to the pane", async () => {
    const { user, gateway } = await openSelfTest(() => Promise.resolve({ status: "notEmpty" }));
    await user.click(screen.getByRole("button", { name: "Zelftest starten" }));
    expect(await screen.findByText(NOT_EMPTY_MESSAGE)).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Uitkomst per controle" })).toBeNull();
    const opened = gateway.callsOf("open").length;
    await user.click(screen.getByRole("button", { name: "Terug" }));
    await waitFor(() => expect(screen.queryByRole("heading", { name: "Zelftest" })).toBeNull());
    // back in the pane, which reads the document again
    expect(await screen.findByRole("button", { name: "Nieuwe handreiking" })).toBeInTheDocument();
    expect(gateway.callsOf("open").length).toBeGreaterThan(opened);
  });
});

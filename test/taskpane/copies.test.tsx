/** @jest-environment jsdom */
// The Kopieën tab's screens: the research copy (code check, report before the downloads, the
// review of words that could still be a name before any download, platforms without a copy) and comparing copies
// (differences, the choice a conflict needs,
// refusals, the merge call). The .docx work itself is tested in test/anonymise and test/compare.
import { waitFor, act, fireEvent, render, screen, within } from "@testing-library/react";
import {
  AGREEMENT_CHOICE,
  createEntry,
  newDataPart,
  sealNewEntries,
  TEMPLATE,
  type ChangeEntry,
  type CopyState,
  type NewEntry,
} from "../../src/domain";
import { emptyCounts } from "../../src/domain/anonymise";
import { COPY_WORKER_ERRORS } from "../../src/document/anonymise-in-worker";
import { CompareCopy, type CompareCopyProps } from "../../src/taskpane/components/copies/CompareCopy";
import { ResearchCopy, type PreparedCopy } from "../../src/taskpane/components/copies/ResearchCopy";
import { expectNoAxeViolations, inFluent, setupUser, renderFormOnWord, stopHost } from "./helpers";

// At file level, after Testing Library's own cleanup: unmounting the pane still talks to Word (in a describe block
// it would run first).
afterEach(stopHost);

function wrap(ui: React.ReactElement) {
  const user = setupUser();
  const result = render(inFluent(ui));
  return { ...result, user };
}

describe("Anonieme kopie voor onderzoek", () => {
  const ready = (over: Partial<Extract<PreparedCopy, { status: "ready" }>> = {}): PreparedCopy => ({
    status: "ready",
    fileName: "Onderzoek Handreiking Regie J07.docx",
    summaryName: "Onderzoek Handreiking Regie J07 samenvatting.json",
    counts: { ...emptyCounts(), names: 14, phones: 6, dates: 9 },
    warnings: ["Vrije tekst kan nog namen bevatten die niet in het document als betrokkene staan."],
    review: [
      { word: "Drienerlo", sentence: "Wijkcoach van Drienerlo helpt." },
      { word: "Kwiek", sentence: "Bij Kwiek gaat het goed." },
      { word: "Hozewijn", sentence: "Moeder noemt Hozewijn vaak.", where: "opmerking" },
    ],
    removed: [],
    limits: [],
    download: jest.fn(),
    downloadSummary: jest.fn(),
    ...over,
  });

  test("a code that cannot go into a file name gets a Dutch message and nothing is made", async () => {
    const prepare = jest.fn();
    const { user } = wrap(<ResearchCopy busy={false} blocked={false} prepare={prepare} />);
    await user.type(screen.getByRole("textbox", { name: /Onderzoekscode/ }), "J 07/ES");
    await user.click(screen.getByRole("button", { name: "Anonieme kopie maken" }));
    expect(await screen.findByText(/mag alleen letters, cijfers en een streepje bevatten/)).toBeInTheDocument();
    expect(prepare).not.toHaveBeenCalled();
  });

  test("shows the counts per kind (only those found) and the warnings before any download", async () => {
    const copy = ready();
    const prepare = jest.fn().mockResolvedValue(copy);
    const { user, container } = wrap(<ResearchCopy busy={false} blocked={false} prepare={prepare} />);
    expect(screen.queryByRole("button", { name: "Kopie downloaden" })).toBeNull();
    await user.type(screen.getByRole("textbox", { name: /Onderzoekscode/ }), " J07 ");
    await user.click(screen.getByRole("button", { name: "Anonieme kopie maken" }));
    expect(prepare).toHaveBeenCalledWith("J07", [], expect.any(Function), expect.anything());
    const table = await screen.findByRole("table", { name: "Wat is vervangen" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual(["VervangenAantal", "Namen14", "Telefoonnummers6", "Datums (verschoven)9"]);
    expect(
      screen.getByText("Wat de kopie niet garandeert: lees hem zelf door voordat u hem verstuurt"),
    ).toBeInTheDocument();
    expect(screen.getByText(/Vrije tekst kan nog namen bevatten/)).toBeInTheDocument();
    await expectNoAxeViolations(container);

    // not before the review list has been gone through
    expect(screen.getByRole("button", { name: "Kopie downloaden" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Samenvatting downloaden" })).toBeDisabled();
    expect(screen.getByText("Loop eerst de lijst hierboven na; daarna kunt u downloaden.")).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Ik heb de lijst nagelopen" }));
    expect(copy.status === "ready" && copy.download).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Kopie downloaden" }));
    expect(copy.status === "ready" && copy.download).toHaveBeenCalledTimes(1);
    expect(screen.getByText("‘Onderzoek Handreiking Regie J07.docx’ staat in uw map Downloads.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Samenvatting downloaden" }));
    expect(copy.status === "ready" && copy.downloadSummary).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(
        /J07\.docx’ en ‘Onderzoek Handreiking Regie J07 samenvatting\.json’ staan in uw map Downloads\./,
      ),
    ).toBeInTheDocument();
  });

  test("review: ticked words are replaced in a new copy, the list must be gone through again, marks add up", async () => {
    const prepare = jest
      .fn()
      .mockResolvedValueOnce(ready())
      .mockResolvedValueOnce(ready({ review: [{ word: "Drienerlo", sentence: "Wijkcoach van Drienerlo helpt." }] }))
      .mockResolvedValueOnce(ready({ review: [] }));
    const { user, container } = wrap(<ResearchCopy busy={false} blocked={false} prepare={prepare} />);
    await user.type(screen.getByRole("textbox", { name: /Onderzoekscode/ }), "J07");
    await user.click(screen.getByRole("button", { name: "Anonieme kopie maken" }));
    const list = await screen.findByRole("group", { name: "Woorden die nog een naam of plaats kunnen zijn" });
    expect(within(list).getAllByRole("checkbox")).toHaveLength(3);
    expect(within(list).getByRole("checkbox", { name: "Drienerlo" })).not.toBeChecked();
    // each word in its sentence, as the checkbox's description
    expect(within(list).getByRole("checkbox", { name: "Kwiek" })).toHaveAccessibleDescription(
      "Bij Kwiek gaat het goed.",
    );
    // a word outside the boxes says where it stands
    expect(within(list).getByRole("checkbox", { name: "Hozewijn" })).toHaveAccessibleDescription(
      "opmerking: Moeder noemt Hozewijn vaak.",
    );
    expect(screen.getByText(/De lijst is niet volledig: controleer de kopie zelf\./)).toBeInTheDocument();
    const replace = screen.getByRole("button", { name: "Aangevinkte woorden vervangen" });
    expect(replace).toBeDisabled();
    await user.click(screen.getByRole("checkbox", { name: "Ik heb de lijst nagelopen" }));
    fireEvent.click(within(list).getByRole("checkbox", { name: "Kwiek" }));
    await user.click(replace);
    expect(prepare).toHaveBeenLastCalledWith("J07", ["Kwiek"], expect.any(Function), expect.anything());

    // the new copy: its own list, not yet gone through, the replaced word counted (not shown)
    await screen.findByText(
      "1 woord is op uw verzoek overal vervangen door een code (‘Gemarkeerd A’, ‘Gemarkeerd B’…).",
    );
    const again = screen.getByRole("group", { name: "Woorden die nog een naam of plaats kunnen zijn" });
    expect(within(again).getAllByRole("checkbox")).toHaveLength(1);
    expect(within(again).getByRole("checkbox", { name: "Drienerlo" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Ik heb de lijst nagelopen" })).not.toBeChecked();
    expect(screen.getByRole("button", { name: "Kopie downloaden" })).toBeDisabled();
    await expectNoAxeViolations(container);

    fireEvent.click(within(again).getByRole("checkbox", { name: "Drienerlo" }));
    await user.click(screen.getByRole("button", { name: "Aangevinkte woorden vervangen" }));
    expect(prepare).toHaveBeenLastCalledWith("J07", ["Kwiek", "Drienerlo"], expect.any(Function), expect.anything());
    // nothing left to check: the download is open, with the honest limit
    expect(await screen.findByText(/Dat is geen garantie: lees de kopie zelf door\./)).toBeInTheDocument();
    expect(screen.getByText(/2 woorden zijn op uw verzoek overal vervangen/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kopie downloaden" })).toBeEnabled();
  });

  test("progress while the copy is made; then what was removed and what the copy cannot guarantee", async () => {
    let finish: (copy: PreparedCopy) => void = () => undefined;
    const prepare = jest.fn(
      (_code: string, _marked: readonly string[], onProgress: (done: number, total: number) => void) =>
        new Promise<PreparedCopy>((resolve) => {
          onProgress(3, 9);
          finish = resolve;
        }),
    );
    const { user, container } = wrap(<ResearchCopy busy={false} blocked={false} prepare={prepare} />);
    await user.type(screen.getByRole("textbox", { name: /Onderzoekscode/ }), "J07");
    await user.click(screen.getByRole("button", { name: "Anonieme kopie maken" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Bezig met de anonieme kopie… stap 3 van 9");
    // not clickable while the copy is made, but it keeps focus (a disabled button would drop it to the page)
    const make = screen.getByRole("button", { name: "Anonieme kopie maken" });
    expect(make).toHaveAttribute("aria-disabled", "true");
    expect(make).toHaveFocus();
    await act(async () =>
      finish(
        ready({
          removed: ["De digitale handtekening (2 onderdelen) is verwijderd: de kopie is niet ondertekend."],
          limits: ["Het document bevat 1 afbeelding. Wat erop staat is niet bekeken."],
        }),
      ),
    );
    // the same live region now says it is done
    expect(screen.getByRole("status")).toHaveTextContent("De anonieme kopie is gemaakt.");
    expect(make).toHaveFocus();
    expect(screen.getByText("Verwijderd uit de kopie")).toBeInTheDocument();
    expect(screen.getByText(/de kopie is niet ondertekend/)).toBeInTheDocument();
    expect(screen.getByText(/Wat erop staat is niet bekeken/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("Afbreken stops the copy being made: its signal is aborted, nothing is offered, a Dutch notice", async () => {
    let signalSeen: AbortSignal | null = null;
    const prepare = jest.fn(
      (_code: string, _marked: readonly string[], _onProgress: unknown, signal: AbortSignal) =>
        new Promise<PreparedCopy>((resolve) => {
          signalSeen = signal;
          // as CopiesPanel does with anonymiseInWorker: an abort ends the worker and resolves as cancelled
          signal.addEventListener("abort", () =>
            resolve({ status: "failed", message: COPY_WORKER_ERRORS.cancelled, cancelled: true }),
          );
        }),
    );
    const { user, container } = wrap(<ResearchCopy busy={false} blocked={false} prepare={prepare} />);
    await user.type(screen.getByRole("textbox", { name: /Onderzoekscode/ }), "J07");
    await user.click(screen.getByRole("button", { name: "Anonieme kopie maken" }));
    await user.click(await screen.findByRole("button", { name: "Afbreken" }));
    expect(signalSeen!.aborted).toBe(true);
    expect(await screen.findByText("Onderzoekskopie afgebroken; er is niets opgeslagen.")).toBeInTheDocument();
    // the live region says it was stopped, never "kon niet worden gemaakt"
    expect(screen.getByText("De anonieme kopie is afgebroken.")).toHaveAttribute("role", "status");
    expect(screen.queryByRole("button", { name: "Afbreken" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Kopie downloaden" })).toBeNull();
    expect(screen.getByRole("button", { name: "Anonieme kopie maken" })).toBeEnabled();
    await expectNoAxeViolations(container);
  });

  test("where Word cannot make a copy it says so", async () => {
    const { user } = wrap(
      <ResearchCopy busy={false} blocked={false} prepare={() => Promise.resolve({ status: "unsupported" })} />,
    );
    await user.type(screen.getByRole("textbox", { name: /Onderzoekscode/ }), "J01");
    await user.click(screen.getByRole("button", { name: "Anonieme kopie maken" }));
    expect(
      await screen.findByText(/Deze versie van Word kan geen kopie als bestand aanbieden, dus ook geen anonieme kopie/),
    ).toBeInTheDocument();
  });

  test("a failure is shown in Dutch", async () => {
    const { user } = wrap(
      <ResearchCopy
        busy={false}
        blocked={false}
        prepare={() =>
          Promise.resolve({ status: "failed", message: "De anonieme kopie kon niet worden gemaakt. Kapot." })
        }
      />,
    );
    await user.type(screen.getByRole("textbox", { name: /Onderzoekscode/ }), "J01");
    await user.click(screen.getByRole("button", { name: "Anonieme kopie maken" }));
    expect(await screen.findByText("De anonieme kopie kon niet worden gemaakt. Kapot.")).toBeInTheDocument();
  });

  test("waits while edits outside the pane are unsigned", () => {
    wrap(<ResearchCopy busy={false} blocked={true} prepare={jest.fn()} />);
    expect(screen.getByRole("button", { name: "Anonieme kopie maken" })).toBeDisabled();
    expect(screen.getByText(/Leg eerst de wijzigingen buiten dit venster vast/)).toBeInTheDocument();
  });
});

// --- comparing ---------------------------------------------------------------------------------

let tick = 0;
const seq = () => ((tick = (tick * 7919 + 104729) % 1000003), tick / 1000003);
const PH = { initials: "PH", organisation: "Ambiq" };
const KJ = { initials: "KJ", organisation: "Jeugdbescherming Overijssel" };

function entry(input: NewEntry, who: typeof PH, iso: string): ChangeEntry {
  return createEntry(input, who, new Date(iso), seq);
}

/** A shared start, then this copy changed afstemming and hulpvraag, the other afstemming and stagnatie. */
function copies(): { here: CopyState; there: CopyState } {
  const base = {
    ...newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: seq }),
    lastAttributed: { afstemming: "Elke zes weken.", hulpvraag: "", stagnatie: "" },
  };
  const created = entry({ kind: "created", description: "Omgezet naar formulier." }, PH, "2020-09-01T08:00:00Z");
  const start = { ...base, changeLog: [created] };
  const mine = [
    entry(
      {
        kind: "edit",
        stepId: "stap6",
        boxKey: "afstemming",
        before: "Elke zes weken.",
        after: "Elke drie weken.",
        description: "Gewijzigd",
      },
      PH,
      "2020-09-05T08:00:00Z",
    ),
    entry(
      { kind: "edit", stepId: "stap1", boxKey: "hulpvraag", before: "", after: "Rust thuis.", description: "Ingevuld" },
      PH,
      "2020-09-05T08:01:00Z",
    ),
  ];
  const theirs = [
    entry(
      {
        kind: "edit",
        stepId: "stap6",
        boxKey: "afstemming",
        before: "Elke zes weken.",
        after: "Elke vier weken.",
        description: "Gewijzigd",
      },
      KJ,
      "2020-09-06T08:00:00Z",
    ),
    entry(
      { kind: "edit", stepId: "stap7", boxKey: "stagnatie", before: "", after: "Extra MDO.", description: "Ingevuld" },
      KJ,
      "2020-09-06T08:01:00Z",
    ),
  ];
  const hereTexts = { afstemming: "Elke drie weken.", hulpvraag: "Rust thuis.", stagnatie: "" };
  const thereTexts = { afstemming: "Elke vier weken.", hulpvraag: "", stagnatie: "Extra MDO." };
  return {
    here: { data: { ...start, lastAttributed: hereTexts, changeLog: [created, ...mine] }, boxTexts: hereTexts },
    there: {
      data: { ...start, versionId: "other0001", lastAttributed: thereTexts, changeLog: [created, ...theirs] },
      boxTexts: thereTexts,
    },
  };
}

function renderCompare(props: Partial<CompareCopyProps> = {}) {
  const { here, there } = copies();
  const onMerge = jest.fn().mockResolvedValue(true);
  const readOther = jest.fn().mockResolvedValue({ ok: true, there, fileName: "kopie.docx" });
  const r = wrap(
    <CompareCopy here={here} busy={false} blocked={false} readOther={readOther} onMerge={onMerge} {...props} />,
  );
  const file = new File([new Uint8Array([80, 75, 3, 4])], "kopie.docx");
  return {
    ...r,
    onMerge,
    readOther,
    there,
    choose: () => r.user.upload(screen.getByLabelText("Andere kopie (.docx)"), file),
  };
}

describe("Vergelijk met een andere kopie", () => {
  test("shows whole texts, with their lines, also past an amendment", async () => {
    const { here, there } = copies();
    const long = `${"Het gezin spreekt af dat de school wekelijks meldt hoe het gaat. ".repeat(4).trim()}\nKJ 20201005, Jeugdbescherming Overijssel: Voortaan elke vier weken overleg met school.`;
    const texts = { ...there.boxTexts, afstemming: long };
    const other = { data: { ...there.data, lastAttributed: texts }, boxTexts: texts };
    const { choose } = renderCompare({
      here,
      readOther: jest.fn().mockResolvedValue({ ok: true, there: other, fileName: "kopie.docx" }),
    });
    await choose();
    const item = (await screen.findAllByText(/^Andere kopie:/)).find((el) => el.textContent?.includes("Het gezin"));
    expect(item?.textContent).toBe(`Andere kopie: ${long}`);
  });

  test("shows per box what differs, and asks for a choice where both copies changed it", async () => {
    const { choose, container } = renderCompare();
    await choose();
    expect(await screen.findByText(/^Beide kopieën zijn apart van elkaar gewijzigd: /)).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Verschillen per vak" });
    const items = within(list).getAllByRole("listitem");
    const statusOf = (text: RegExp) => items.find((li) => text.test(li.textContent ?? ""))?.textContent ?? "";
    expect(statusOf(/Elke drie weken/)).toMatch(/In beide kopieën gewijzigd: kies welke tekst blijft\./);
    expect(statusOf(/Rust thuis/)).toMatch(/Alleen hier gewijzigd: blijft zoals het is\./);
    expect(statusOf(/Extra MDO/)).toMatch(/Alleen in de andere kopie gewijzigd: wordt overgenomen\./);
    // per box, which log entries only one copy has, and whose
    expect(statusOf(/Elke drie weken/)).toMatch(
      /Logboek: 1 regel alleen in de andere kopie \(KJ 20200906\); 1 alleen hier \(PH 20200905\)\./,
    );
    expect(statusOf(/Extra MDO/)).toMatch(/Logboek: 1 regel alleen in de andere kopie \(KJ 20200906\)\./);
    expect(screen.getByText("2 regels in het logboek alleen in de andere kopie")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Overnemen in dit document" })).toBeDisabled();
    expect(screen.getByText("Kies bij 1 vak welke tekst blijft; daarna kunt u overnemen.")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  test("merges with the choice made, and says so", async () => {
    const { choose, user, onMerge, there } = renderCompare();
    await choose();
    await user.click(await screen.findByRole("radio", { name: "De tekst van de andere kopie nemen" }));
    const button = screen.getByRole("button", { name: "Overnemen in dit document" });
    expect(button).toBeEnabled();
    await user.click(button);
    expect(onMerge).toHaveBeenCalledWith(there, { afstemming: "there" }, "kopie.docx"); // the file name goes into the merge entry
    const done = await screen.findByText(
      /De wijzigingen uit de andere kopie staan nu in dit document, met 2 regels uit het logboek/,
    );
    // the button that was clicked may go with the comparison: focus is on what the merge did
    await waitFor(() => expect(document.activeElement?.contains(done)).toBe(true));
  });

  test("a file that cannot be read is refused with its Dutch message", async () => {
    const { choose } = renderCompare({
      readOther: () => Promise.resolve({ ok: false, message: "Dit bestand is geen Word-document (.docx)." }),
    });
    await choose();
    expect(await screen.findByText("Dit bestand is geen Word-document (.docx).")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Overnemen in dit document" })).toBeNull();
  });

  test("a copy of another handreiking is refused", async () => {
    const { here, there } = copies();
    const foreign = { ...there, data: { ...there.data, documentId: "eenAnderDocument" } };
    const { choose } = renderCompare({
      here,
      readOther: () => Promise.resolve({ ok: true, there: foreign, fileName: "x.docx" }),
    });
    await choose();
    expect(await screen.findByText(/Deze kopie hoort bij een andere handreiking/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Overnemen in dit document" })).toBeNull();
  });

  test("identical copies: nothing to bring in", async () => {
    const { here } = copies();
    const { choose } = renderCompare({
      here,
      readOther: () => Promise.resolve({ ok: true, there: here, fileName: "x.docx" }),
    });
    await choose();
    expect(await screen.findByText("De kopieën zijn gelijk: er is niets over te nemen.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Overnemen in dit document" })).toBeNull();
  });

  test("waits while edits outside the pane are unsigned", async () => {
    const { choose, user } = renderCompare({ blocked: true });
    await choose();
    await user.click(await screen.findByRole("radio", { name: "Beide teksten houden (deze eerst)" }));
    expect(screen.getByRole("button", { name: "Overnemen in dit document" })).toBeDisabled();
  });
});

describe("Reading the other copy: progress and Annuleren", () => {
  type Result = Awaited<ReturnType<CompareCopyProps["readOther"]>>;
  /** A readOther that reports progress when asked and resolves only when the test (or an abort) says so. */
  function slowRead() {
    let progress: (done: number, total: number) => void = () => undefined;
    let finish: (r: Result) => void = () => undefined;
    let signal: AbortSignal | null = null;
    const readOther = jest.fn((_file: File, onProgress: (done: number, total: number) => void, s: AbortSignal) => {
      progress = onProgress;
      signal = s;
      return new Promise<Result>((resolve) => {
        finish = resolve;
        s.addEventListener("abort", () =>
          resolve({
            ok: false,
            cancelled: true,
            message: "Het lezen van de andere kopie is geannuleerd; er is niets veranderd.",
          }),
        );
      });
    });
    return {
      readOther,
      progress: (d: number, t: number) => act(async () => progress(d, t)),
      finish: (r: Result) => act(async () => finish(r)),
      signal: () => signal,
    };
  }

  test("shows the parts read and, on Annuleren, stops the reading and leaves the comparison as it was", async () => {
    const { here, there } = copies();
    const slow = slowRead();
    const first = jest.fn().mockResolvedValue({ ok: true, there, fileName: "kopie.docx" });
    const { choose, user, container } = renderCompare({
      here,
      readOther: (...args) => (first.mock.calls.length === 0 ? first(...args) : slow.readOther(...args)),
    });
    await choose();
    expect(await screen.findByText(/^Beide kopieën zijn apart van elkaar gewijzigd: /)).toBeInTheDocument();

    await choose(); // a second file: slow
    expect(await screen.findByText("Bezig met lezen…")).toBeInTheDocument();
    await slow.progress(3, 12);
    expect(screen.getByText("Bezig met lezen… onderdeel 3 van 12")).toHaveAttribute("role", "status");
    expect(screen.getByRole("button", { name: "Andere kopie kiezen…" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Overnemen in dit document" })).toBeDisabled();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole("button", { name: "Annuleren" }));
    expect(slow.signal()?.aborted).toBe(true);
    expect(
      await screen.findByText("Het lezen van de andere kopie is geannuleerd; er is niets veranderd."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Bezig met lezen/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Annuleren" })).toBeNull();
    // the comparison shown before is still there, and usable
    expect(screen.getByText(/^Beide kopieën zijn apart van elkaar gewijzigd: /)).toBeInTheDocument();
    expect(screen.getByText("kopie.docx")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Andere kopie kiezen…" })).toBeEnabled();
  });

  test("the result replaces the progress once the reading is done", async () => {
    const slow = slowRead();
    const { choose } = renderCompare({ readOther: slow.readOther });
    await choose();
    await slow.progress(1, 4);
    expect(await screen.findByText("Bezig met lezen… onderdeel 1 van 4")).toBeInTheDocument();
    await slow.finish({ ok: false, message: "Dit bestand is geen Word-document (.docx)." });
    expect(await screen.findByText("Dit bestand is geen Word-document (.docx).")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Annuleren" })).toBeNull();
  });
});

describe("on the emulator", () => {
  test("the Kopieën tab opens from a form (its code loads on demand)", async () => {
    const { user } = await renderFormOnWord();
    await user.click(screen.getByRole("tab", { name: "Kopieën" }));
    expect(
      await screen.findByRole("heading", { name: "Anonieme kopie voor onderzoek" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Vergelijk met een andere kopie" })).toBeInTheDocument();
  });
});

describe("the other copy is checked before anything is taken over (issue 27)", () => {
  test("its log problems are shown, its MDO agreement is offered unticked, and ticking it is passed as a choice", async () => {
    const { here, there } = copies();
    const sealed = await sealNewEntries(there.data, there.data.changeLog.length);
    const forged: CopyState = {
      data: {
        ...sealed,
        changeLog: sealed.changeLog.map((e, i) => (i === 1 ? { ...e, initials: "PH", organisation: "Ambiq" } : e)),
        agreed: { day: "20200906", initials: "KJ", organisation: "Jeugdbescherming Overijssel" },
      },
      boxTexts: there.boxTexts,
    };
    const { choose, user, onMerge, container } = renderCompare({
      here,
      readOther: jest.fn().mockResolvedValue({ ok: true, there: forged, fileName: "kopie.docx" }),
    });
    await choose();
    expect(await screen.findByText("Het logboek van de andere kopie klopt niet")).toBeInTheDocument();
    expect(
      screen.getByText("In de andere kopie is logregel 2 buiten de invoegtoepassing gewijzigd."),
    ).toBeInTheDocument();
    expect(screen.getByText(/ongecontroleerd in de andere kopie/)).toBeInTheDocument();
    const adopt = screen.getByRole("checkbox", {
      name: /Vaststelling overnemen: vastgesteld in het MDO op 06-09-2020 door KJ/,
    });
    expect(adopt).not.toBeChecked();
    await user.click(screen.getByRole("radio", { name: "De tekst van de andere kopie nemen" }));
    await user.click(adopt);
    await user.click(screen.getByRole("button", { name: "Overnemen in dit document" }));
    expect(onMerge).toHaveBeenCalledWith(forged, { afstemming: "there", [AGREEMENT_CHOICE]: "there" }, "kopie.docx");
    await expectNoAxeViolations(container);
  });
});

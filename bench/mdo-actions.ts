// Issue 13, item 2: what filling the form at the MDO costs and what it leaves in the log.
//
// Actions: the real task pane (React, Fluent) renders in jsdom on the real Word layer (the
// emulator, web profile) and a user fills the standard filled example (test/domain/fixtures.ts
// `filledValues`) step by step. Counted are clicks and key commands; typed text is pasted and
// not counted. The user reaches each input with one action: Tab when it is the next tab stop
// (the browser's order: DOM order without tabindex -1 or disabled elements — user-event's own Tab
// lands on <body> under Fluent's tabster in jsdom, so Tab is applied by that rule here), a click
// otherwise. A list box (Gemeente) counts 2 (open, choose), each check box or radio button 1,
// each Volgende 1 (it also saves the box being left).
// "Before" is the pane as issue 13 found it: the same journey plus one "Opslaan" click per box
// and per table cell filled (derived, not run: that pane is gone).
//
// Log: after the filling, the form is agreed and amended three times (an addition to a long
// text, an addition to a one-line box (Vervanger), a new row in Afspraken with its cells filled), all through
// the same Word layer. Then the log's rows are counted and the document is rendered by
// LibreOffice to PDF: the log's A4 pages are the pages from the one holding the heading
// "Wijzigingslogboek" up to the last (pdftotext, one page per form feed).
//
// Run alone: node scripts/ts-run.cjs bench/mdo-actions.ts
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import type { PersonValue, RowValue } from "../src/domain";
import { installDom } from "./pane-dom";

const PLAIN = readFileSync(path.resolve(__dirname, "../assets/handreiking-regie.docx"));

/**
 * The log before per-session entries, measured with this module on the Word layer of commit
 * 559e138 (one log row per box save): the same journey left these.
 */
export const LOG_BEFORE = { logRowsAfterMdo: 26, logRows: 31, logPages: 4, formPages: 4 } as const;

export interface MdoFigures {
  /** Boxes (simple fields and table cells) the filled example fills. */
  boxesFilled: number;
  /** Boxes of the whole form as filled (empty ones included). */
  boxesInForm: number;
  actions: number;
  actionsBefore: number;
  logRowsAfterMdo: number;
  logRows: number;
  /** null when LibreOffice or pdftotext is missing. */
  logPages: number | null;
  formPages: number | null;
}

type Action = "click" | "tab" | "key" | "choose";

export async function benchMdo(): Promise<MdoFigures> {
  const { createWordHost } = await import("word-host");
  const host = await createWordHost({ profile: "web", docx: PLAIN });
  const uninstallDom = installDom();
  // Loaded after the DOM exists: React DOM and Fluent look for it when they load.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const React = require("react") as typeof import("react");
  const rtl = require("@testing-library/react") as typeof import("@testing-library/react");
  const userEvent = (require("@testing-library/user-event") as typeof import("@testing-library/user-event")).default;
  const fluent = require("@fluentui/react-components") as typeof import("@fluentui/react-components");
  const { createOfficeGateway } = require("../src/word/office-gateway") as typeof import("../src/word/office-gateway");
  const { App } = require("../src/taskpane/components/App") as typeof import("../src/taskpane/components/App");
  const { memoryProfileStore } =
    require("../src/taskpane/profile-store") as typeof import("../src/taskpane/profile-store");
  const domain = require("../src/domain") as typeof import("../src/domain");
  const { filledValues } =
    require("handreiking-fixtures/form-values") as typeof import("handreiking-fixtures/form-values");
  const { loadTemplateBase64FromDisk } = require("./template-from-disk") as typeof import("./template-from-disk");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const { screen, within, waitFor, act, render } = rtl;

  const profile = { initials: "PH", organisation: "Ambiq", name: "Petra Hof" };
  const now = new Date("2020-09-01T09:00:00Z");
  let clock = now.getTime();
  const tick = () => new Date((clock += 60_000));
  host.install(globalThis as unknown as Record<string, unknown>);
  const gateway = createOfficeGateway({ loadTemplateBase64: loadTemplateBase64FromDisk, now: tick });
  await gateway.convert(profile);
  // The pane's calls, counted while they run: the journey waits until Word is done.
  let pending = 0;
  const watched = new Proxy(gateway, {
    get(target, key: keyof typeof gateway) {
      const member = target[key];
      if (typeof member !== "function") return member;
      return (...args: unknown[]) => {
        pending++;
        const result = (member as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        void Promise.resolve(result)
          .finally(() => pending--)
          .catch(() => undefined);
        return result;
      };
    },
  });
  const storage = memoryProfileStore(domain.serializeProfile(profile));
  const renderer = fluent.createDOMRenderer(document, {
    unstable_filterCSSRule: (rule: string) => /display:\s*none|visibility:\s*hidden/.test(rule),
  });
  const user = userEvent.setup({ delay: null });
  await act(async () => {
    render(
      React.createElement(
        fluent.RendererProvider,
        { renderer, children: null },
        React.createElement(
          fluent.FluentProvider,
          { theme: fluent.webLightTheme },
          React.createElement(App, { gateway: watched, storage, clock: () => new Date(clock) }),
        ),
      ),
    );
  });
  await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" }, { timeout: 20_000 });

  const counted: Record<Action, number> = { click: 0, tab: 0, key: 0, choose: 0 };
  let saves = 0;
  const tabStops = () =>
    Array.from(document.querySelectorAll<HTMLElement>("input, button, select, textarea, [tabindex]")).filter(
      (el) => el.getAttribute("tabindex") !== "-1" && !(el as HTMLButtonElement).disabled && !el.closest("[hidden]"),
    );
  /** Puts the cursor in an input with one action: Tab when it is the next stop, else a click. */
  const reach = async (input: HTMLElement) => {
    const stops = tabStops();
    const active = document.activeElement as HTMLElement | null;
    if (active && stops[stops.indexOf(active) + 1] === input) {
      counted.tab++;
      await act(async () => input.focus());
    } else {
      counted.click++;
      await user.click(input);
    }
  };
  const fill = async (input: HTMLElement, text: string) => {
    await reach(input);
    await user.paste(text);
    saves++;
  };
  const box = (name: string) => screen.getByRole("group", { name });
  // a box's first input: a text field, or a combobox where the pane offers a pick list (people, organisations)
  const textIn = (name: string, scope?: HTMLElement) => {
    const group = within(scope ? within(scope).getByRole("group", { name }) : box(name));
    return group.queryAllByRole("textbox")[0] ?? group.getAllByRole("combobox")[0]!;
  };
  const settle = () =>
    waitFor(
      () => {
        if (pending > 0) throw new Error("Word is still busy");
      },
      { timeout: 20_000 },
    );
  const label = (id: string) => domain.findField(id)?.field.label ?? id;
  const next = async () => {
    counted.click++;
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    await settle();
  };
  const clickChoice = async (group: string, name: string, role: "checkbox" | "radio") => {
    counted.click++;
    await user.click(within(box(group)).getByRole(role, { name }));
  };

  const v = filledValues();
  // Basisgegevens
  await fill(textIn(label("initialen")), String(v.initialen));
  counted.choose += 2;
  await user.selectOptions(within(box(label("gemeente"))).getByRole("combobox"), String(v.gemeente));
  saves++;
  for (const choice of v.indicatie as string[]) await clickChoice(label("indicatie"), choice, "checkbox");
  saves++;
  await fill(textIn(label("datumMdo")), "01-09-2020");
  // Beheerder: filled from the profile; reaching it once is enough (it is saved when left).
  await reach(within(box(label("beheerder"))).getByLabelText("Naam"));
  saves++;
  await next();
  // Stap 1
  await fill(textIn(label("hulpvraag")), String(v.hulpvraag));
  await next();
  // Stap 2: Betrokkenen, cell by cell; empty cells are skipped with a click on the next filled one
  const fillRows = async (
    fieldLabel: string,
    rows: readonly { cells: Record<string, string> }[],
    columns: readonly { id: string; label: string }[],
  ) => {
    for (const [index, r] of rows.entries()) {
      let group = screen.queryByRole("group", { name: `${fieldLabel}, rij ${index + 1}` });
      if (!group) {
        counted.key++; // Enter in the last cell of the last row
        await user.keyboard("{Enter}");
        group = await screen.findByRole("group", { name: `${fieldLabel}, rij ${index + 1}` });
      }
      for (const column of columns) {
        const text = r.cells[column.id] ?? "";
        if (text !== "") await fill(textIn(column.label, group), text);
      }
    }
  };
  const columnsOf = (id: string) =>
    domain.TEMPLATE.steps.flatMap((s) => s.fields).find((f) => f.id === id)?.columns ?? [];
  await fillRows(label("betrokkenen"), v.betrokkenen as RowValue[], columnsOf("betrokkenen"));
  await clickChoice(label("gezinAanwezig"), "Ja", "radio");
  saves++;
  await next();
  // Stap 3
  const regisseur = v.regisseur as PersonValue;
  await fill(within(box(label("regisseur"))).getByLabelText("Naam"), regisseur.name);
  saves--; // one box, two inputs
  await fill(within(box(label("regisseur"))).getByLabelText("Organisatie"), regisseur.organisation);
  await fill(textIn(label("takenRegisseur")), String(v.takenRegisseur));
  await next();
  // Stap 4, 5
  await fillRows(label("doelen"), v.doelen as RowValue[], columnsOf("doelen"));
  await next();
  await fillRows(label("afspraken"), v.afspraken as RowValue[], columnsOf("afspraken"));
  await next();
  // Stap 6
  await fill(textIn(label("afstemming")), String(v.afstemming));
  await clickChoice(label("toestemming"), "Ja", "radio");
  saves++;
  await fill(textIn(label("datumToestemming")), "01-09-2020");
  await clickChoice(label("verzendwijze"), String(v.verzendwijze), "radio");
  saves++;
  await next();
  // Stap 7
  await fill(textIn(label("evaluatiedatum")), "01-12-2020");
  await next();
  await settle();

  const view = await gateway.open();
  const missing = domain.missingByStep(view.values).flatMap((m) => m.messages);
  if (missing.length > 0) throw new Error(`The journey left boxes empty: ${missing.join(" ")}`);
  const boxes = domain.listBoxes(domain.TEMPLATE, view.values);
  const boxesFilled = boxes.filter((b) => b.text.trim() !== "").length;
  const logRowsAfterMdo = view.data?.changeLog.length ?? 0;

  // The MDO agrees the plan; then three amendments over the following weeks.
  const later = (days: number) => (clock = now.getTime() + days * 86_400_000);
  later(0);
  await gateway.agree("20200901", profile);
  later(14);
  await gateway.amend("takenRegisseur", "Belt de school elke maand.", profile);
  later(28);
  await gateway.amend("vervanger", "Kees Jansen (Wijkteam)", profile);
  later(42);
  const withRow = await gateway.addRow("afspraken", profile);
  const rows = withRow.values.afspraken as RowValue[];
  const added = rows[rows.length - 1]!;
  await gateway.writeBox(`afspraken.${added.key}.afspraak`, "Gesprek met school", {
    ...profile,
    initials: "KJ",
    organisation: "Wijkteam",
  });
  const final = await gateway.open();
  const logRows = final.data?.changeLog.length ?? 0;
  // The log must still check out: chain, visible table and state agree.
  if (final.problems.length > 0)
    throw new Error(`The log check found: ${final.problems.map((p) => p.message).join(" ")}`);
  if (process.env.MDO_BENCH_LOG)
    for (const e of final.data?.changeLog ?? []) console.log(`${e.day} ${e.initials} ${e.description}`);

  const pages = await renderedPages(await host.saveDocx(), domain.TEMPLATE.changeLog.title);
  rtl.cleanup();
  host.uninstall();
  uninstallDom();
  const actions = counted.click + counted.tab + counted.key + counted.choose;
  return {
    boxesFilled,
    boxesInForm: boxes.length,
    actions,
    actionsBefore: actions + saves,
    logRowsAfterMdo,
    logRows,
    logPages: pages?.log ?? null,
    formPages: pages ? pages.total - pages.log : null,
  };
}

/** Renders with LibreOffice; the log's pages run from the page with its heading to the end. */
async function renderedPages(docx: Uint8Array, heading: string): Promise<{ total: number; log: number } | null> {
  const { findSoffice } = await import("word-host/soffice");
  if (!findSoffice()) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "mdo-bench-"));
  try {
    const input = path.join(dir, "handreiking.docx");
    writeFileSync(input, docx);
    const { sofficeConvert } = await import("word-host/soffice");
    const pdf = sofficeConvert(input, dir, "pdf");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const pages = text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim() !== "");
    let first = -1;
    pages.forEach((p, i) => {
      if (p.split("\n").some((line) => line.trim() === heading)) first = i;
    });
    if (first < 0) throw new Error(`The heading ‘${heading}’ is not in the rendered document.`);
    return { total: pages.length, log: pages.length - first };
  } catch (error) {
    if (error instanceof Error && /ENOENT/.test(error.message)) return null;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function mdoTable(f: MdoFigures): string {
  const per = (n: number, d: number) => (n / d).toFixed(2);
  return [
    `Filling the standard filled example through the pane: ${f.boxesFilled} boxes filled (${f.boxesInForm} boxes in the form)`,
    `  actions (clicks and key commands) before: ${f.actionsBefore} (${per(f.actionsBefore, f.boxesFilled)} per box filled)`,
    `  actions now:                            ${f.actions} (${per(f.actions, f.boxesFilled)} per box filled, ${per(f.actions, f.boxesInForm)} per box in the form; goal ≤ 1)`,
    `Log before (one row per box save): ${LOG_BEFORE.logRowsAfterMdo} rows after the MDO, ${LOG_BEFORE.logRows} after three amendments, ${LOG_BEFORE.logPages} A4 pages (form: ${LOG_BEFORE.formPages} pages)`,
    `Log now: ${f.logRowsAfterMdo} rows after the MDO, ${f.logRows} after three amendments, ${f.logPages === null ? "? (no soffice/pdftotext)" : `${f.logPages} A4 ${f.logPages === 1 ? "page" : "pages"}`} (LibreOffice render${f.formPages !== null ? `; form: ${f.formPages} pages` : ""}); goal ≤ 1 page`,
  ].join("\n");
}

if (path.resolve(process.argv[1] ?? "") === __filename) {
  benchMdo().then(
    (f) => {
      console.log(mdoTable(f));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

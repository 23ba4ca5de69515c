// Rendering the pane for tests: on the real Word layer over the word-host emulator (renderOnWord), with a stored
// profile, a fixed clock and axe. Failures are injected with the emulator (failSyncAt) or recorded-gateway.ts.
import { act, configure, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import userEvent from "@testing-library/user-event";
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from "@fluentui/react-components";
import axe from "axe-core";
import { serializeProfile, type Profile } from "../../src/domain";
import { App, type AppProps } from "../../src/taskpane/components/App";
import { memoryProfileStore, type ProfileStore } from "../../src/taskpane/profile-store";
import type { WordHost, ProfileName } from "word-host";
import { boxDefOf, findField, formatBoxText, type FieldValue, type RowValue } from "../../src/domain";
import { createOfficeGateway } from "../../src/word/office-gateway";
import { loadTemplateBase64 } from "../../src/word/template-asset";
import type { FormGateway, FormView } from "../../src/word/gateway";
import { PLAIN, startHost, stopHost } from "handreiking-fixtures/harness";
import { recorded, type RecordedGateway } from "./recorded-gateway";

// The emulator answers in milliseconds alone but far later on a loaded machine: findBy* and waitFor
// wait for Word as long as a test may take, and still end as soon as the element is there.
configure({ asyncUtilTimeout: 60000 });

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to decide its layout.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, configurable: true, writable: true });
}

/**
 * jsdom computes styles by matching every stylesheet rule against every element, and Fluent's
 * Griffel injects thousands of atomic rules: one axe run or getByRole query then takes seconds.
 * Only rules that hide something matter to roles, names and axe here, so only those are inserted.
 */
const HIDING_RULE = /display:\s*none|visibility:\s*hidden|content-visibility:\s*hidden/;
function testRenderer(): ReturnType<typeof createDOMRenderer> {
  return createDOMRenderer(document, { unstable_filterCSSRule: (rule) => HIDING_RULE.test(rule) });
}

/** The element inside Fluent's theme, with the test renderer above. */
export function inFluent(ui: ReactElement): ReactElement {
  return (
    <RendererProvider renderer={testRenderer()}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </RendererProvider>
  );
}

/** user-event without the macrotask it waits between keystrokes by default (not under test here). */
export function setupUser(): ReturnType<typeof userEvent.setup> {
  return userEvent.setup({ delay: null });
}

/** The pane's clock in every test: 2 September 2020, the day of the MDO. */
const FIXED_NOW = new Date("2020-09-02T10:00:00Z");

export const PETRA: Profile = { initials: "PH", organisation: "Ambiq", name: "Petra Hof" };

/** What the tests pass to App besides the gateway. */
interface MountOptions {
  stored?: string | null;
  runSelfTest?: AppProps["runSelfTest"];
  reload?: AppProps["reload"];
  signing?: AppProps["signing"];
}

/** Renders App on a gateway with Petra's stored profile (unless told otherwise) and a fixed clock. */
async function mountApp(
  gateway: AppProps["gateway"],
  options: MountOptions,
): Promise<
  RenderResult & { storage: ProfileStore & { value: string | null }; user: ReturnType<typeof userEvent.setup> }
> {
  const storage = memoryProfileStore(options.stored === undefined ? serializeProfile(PETRA) : options.stored);
  const user = setupUser();
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      inFluent(
        <App
          gateway={gateway}
          storage={storage}
          clock={() => FIXED_NOW}
          runSelfTest={options.runSelfTest}
          reload={options.reload}
          signing={options.signing}
        />,
      ),
    );
  });
  if (!result) throw new Error("not rendered");
  return { ...result, storage, user };
}

export async function expectNoAxeViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

/** Clicks a button once it is enabled: the pane disables its actions while Word answers a read or a save, and on the
 * emulator under load a click can come before that answer. */
export async function clickWhenEnabled(user: RenderedOnWord["user"], button: () => HTMLElement): Promise<void> {
  await waitFor(() => expect(button()).toBeEnabled());
  await user.click(button());
}

export async function openPart(user: RenderedOnWord["user"], label: RegExp): Promise<void> {
  await user.click(screen.getByRole("button", { name: label }));
  await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: label })).toBeInTheDocument());
}

// ---- The pane on the real Word layer (src/word/office-gateway.ts) over the word-host emulator ----

/** The real gateway on the emulator's current document, with the pane's clock unless told another day. */
export function wordGateway(now: Date = FIXED_NOW): FormGateway {
  return createOfficeGateway({ loadTemplateBase64, now: () => now });
}

/** The template converted by Petra, once per file and host profile: converting takes the emulator a while. */
const converted = new Map<string, Uint8Array>();
async function convertedForm(profile: ProfileName, withoutSets: string[] | undefined): Promise<Uint8Array> {
  const id = `${profile}:${(withoutSets ?? []).join(",")}`;
  const cached = converted.get(id);
  if (cached) return cached;
  const host = await startHost(profile, PLAIN, { withoutSets });
  await wordGateway().convert(PETRA);
  const docx = await host.saveDocx();
  converted.set(id, docx);
  return docx;
}

export interface WordOptions {
  /** The document: a form Petra converted from the template (default), the template itself ("plain"), a new empty
   * document ("empty") or a .docx. */
  doc?: "form" | "plain" | "empty" | string | Uint8Array;
  /** The Word version: requirement sets and known bugs (default "web"). */
  host?: ProfileName;
  withoutSets?: string[];
  /** Box texts Petra fills in through the Word layer before the pane opens (values as the pane saves them). */
  values?: Record<string, FieldValue>;
  /** Agreed at the MDO on this day (YYYYMMDD) by Petra before the pane opens. */
  agreed?: string;
  /** Done to the document last, before the pane opens (e.g. someone typing in it, another program saving it). */
  prepare?: (host: WordHost) => void | Promise<void>;
  /** The day the pane's gateway stamps and judges hand stamps by (default FIXED_NOW, the pane's clock). */
  now?: Date;
  stored?: string | null;
  runSelfTest?: AppProps["runSelfTest"];
  reload?: AppProps["reload"];
  signing?: AppProps["signing"];
}

export interface RenderedOnWord extends RenderResult {
  gateway: RecordedGateway;
  host: WordHost;
  storage: ProfileStore & { value: string | null };
  user: ReturnType<typeof userEvent.setup>;
}

/** Starts a host on the document the options describe and prepares it through the Word layer. */
export async function wordDocument(options: WordOptions = {}): Promise<WordHost> {
  const doc = options.doc ?? "form";
  const file =
    doc === "form"
      ? await convertedForm(options.host ?? "web", options.withoutSets)
      : doc === "plain"
        ? PLAIN
        : doc === "empty"
          ? undefined
          : doc;
  const host = await startHost(options.host ?? "web", file, { withoutSets: options.withoutSets });
  const gateway = wordGateway();
  if (options.values || options.agreed) await fillIn(gateway, options.values ?? {});
  if (options.agreed) await gateway.agree(options.agreed, PETRA);
  await options.prepare?.(host);
  return host;
}

/** Writes the values box by box as the pane would (rows added where needed); boxes that already hold the text are
 * left alone. */
async function fillIn(gateway: FormGateway, values: Record<string, FieldValue>): Promise<void> {
  let view = await gateway.open();
  const write = async (key: string, text: string) => {
    if ((view.boxTexts[key] ?? "") !== text) view = await gateway.writeBox(key, text, PETRA);
  };
  for (const [id, value] of Object.entries(values)) {
    const field = findField(id)?.field;
    if (!field) throw new Error(`no field ${id}`);
    if (field.kind !== "rows") {
      await write(id, formatBoxText(boxDefOf(field), value as never));
      continue;
    }
    const rows = value as RowValue[];
    while ((view.data?.rowOrder[id] ?? []).length < rows.length) view = await gateway.addRow(id, PETRA);
    // the table holds exactly these rows, as the values say (the template brings empty ones)
    while ((view.data?.rowOrder[id] ?? []).length > Math.max(rows.length, 1))
      view = await gateway.removeRow(id, view.data?.rowOrder[id]?.at(-1) ?? "", PETRA);
    const keys = view.data?.rowOrder[id] ?? [];
    for (const [r, row] of rows.entries())
      for (const column of field.columns ?? [])
        await write(`${id}.${keys[r]}.${column.id}`, row.cells[column.id] ?? "");
  }
}

/** Renders the pane on the real gateway over the emulator and lets the first read of the document finish. */
export async function renderOnWord(options: WordOptions = {}): Promise<RenderedOnWord> {
  const host = await wordDocument(options);
  const gateway = recorded(wordGateway(options.now));
  const mounted = await mountApp(gateway, options);
  // the first read of the document, and what the pane asks right after it
  await act(() => gateway.settled());
  return { ...mounted, gateway, host };
}

/** Renders a form on the emulator and waits until the wizard is there. */
export async function renderFormOnWord(options: WordOptions = {}): Promise<RenderedOnWord> {
  const r = await renderOnWord(options);
  await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" });
  return r;
}

/** A colleague of Wijkteam Hengelo, for text in the document that is not Petra's. */
export const JV: Profile = { initials: "JV", organisation: "Wijkteam Hengelo", name: "" };

/** Someone writes a box through the Word layer on that day, as their pane would (logged under their name). */
export async function writeAs(who: Profile, key: string, text: string, now: Date = FIXED_NOW): Promise<FormView> {
  const gateway = wordGateway(now);
  await gateway.open();
  return gateway.writeBox(key, text, who);
}

/** Word telling the pane the document changed (the emulator registers the handler but never calls it). */
export function wordReportsChange(gateway: RecordedGateway): void {
  const [callback] = gateway.callsOf("onDocumentChanged").at(-1) as [() => void];
  callback();
}

/** What the document holds now, read by a gateway of its own (not among the pane's recorded calls). */
export async function documentNow(): Promise<FormView> {
  return wordGateway().open();
}

export { FIXED_NOW, stopHost };

// Rendering the pane for tests: a FakeGateway, a stored profile, a fixed clock, and axe.
import { act, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import userEvent from "@testing-library/user-event";
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from "@fluentui/react-components";
import axe from "axe-core";
import { serializeProfile, type Profile } from "../../src/domain";
import { App, type AppProps } from "../../src/taskpane/components/App";
import { memoryProfileStore, type ProfileStore } from "../../src/taskpane/profile-store";
import { FakeGateway, FIXED_NOW, type FakeOptions } from "./fake-gateway";

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

export const PETRA: Profile = { initials: "PH", organisation: "Ambiq", name: "Petra Hof" };

export interface Rendered extends RenderResult {
  gateway: FakeGateway;
  storage: ProfileStore & { value: string | null };
  user: ReturnType<typeof userEvent.setup>;
}

/** Renders the pane and lets the first read of the document finish. */
export async function renderApp(
  options: FakeOptions & {
    stored?: string | null;
    gateway?: FakeGateway;
    runSelfTest?: AppProps["runSelfTest"];
    reload?: AppProps["reload"];
    signing?: AppProps["signing"];
  } = {},
): Promise<Rendered> {
  const gateway = options.gateway ?? new FakeGateway(options);
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
  return { ...result, gateway, storage, user };
}

/** Renders a form document and waits until the wizard is there. */
export async function renderForm(options: Parameters<typeof renderApp>[0] = {}): Promise<Rendered> {
  const r = await renderApp({ kind: "form", ...options });
  await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" });
  return r;
}

export async function expectNoAxeViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

export async function openPart(user: Rendered["user"], label: RegExp): Promise<void> {
  await user.click(screen.getByRole("button", { name: label }));
  await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: label })).toBeInTheDocument());
}

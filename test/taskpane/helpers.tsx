// Rendering the pane for tests: a FakeGateway, a stored profile, a fixed clock, and axe.
import { act, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import axe from "axe-core";
import { serializeProfile, type Profile } from "../../src/domain";
import { App } from "../../src/taskpane/components/App";
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

export const PETRA: Profile = { initials: "PH", organisation: "Ambiq", name: "Petra Hof" };

export interface Rendered extends RenderResult {
  gateway: FakeGateway;
  storage: ProfileStore & { value: string | null };
  user: ReturnType<typeof userEvent.setup>;
}

/** Renders the pane and lets the first read of the document finish. */
export async function renderApp(options: FakeOptions & { stored?: string | null; gateway?: FakeGateway } = {}): Promise<Rendered> {
  const gateway = options.gateway ?? new FakeGateway(options);
  const storage = memoryProfileStore(options.stored === undefined ? serializeProfile(PETRA) : options.stored);
  const user = userEvent.setup();
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <FluentProvider theme={webLightTheme}>
        <App gateway={gateway} storage={storage} clock={() => FIXED_NOW} />
      </FluentProvider>,
    );
  });
  if (!result) throw new Error("not rendered");
  return { ...result, gateway, storage, user };
}

/** Renders a form document and waits until the wizard is there. */
export async function renderForm(options: FakeOptions = {}): Promise<Rendered> {
  const r = await renderApp({ kind: "form", ...options });
  await screen.findByRole("navigation", { name: "Onderdelen van de handreiking" });
  return r;
}

export async function expectNoAxeViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

export async function openPart(user: Rendered["user"], label: RegExp): Promise<void> {
  await user.click(screen.getByRole("button", { name: label }));
  await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: label })).toBeInTheDocument());
}

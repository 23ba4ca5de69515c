/** @jest-environment jsdom */
// Volgende/Vorige move focus to the new part's heading and scroll it into view.
import { screen } from "@testing-library/react";
import { renderFormOnWord, stopHost } from "./helpers";

afterEach(stopHost);

test("Volgende and Vorige focus the new heading and scroll it into view", async () => {
  const scrolled: string[] = [];
  Object.defineProperty(HTMLElement.prototype, "scrollIntoView", {
    configurable: true,
    value(this: HTMLElement) {
      scrolled.push(this.textContent ?? "");
    },
  });
  try {
    const { user } = await renderFormOnWord();
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    const heading = screen.getByRole("heading", { level: 2, name: "Stap 1 – Hulpvraag en situatie" });
    expect(heading).toHaveFocus();
    expect(scrolled).toEqual(["Stap 1 – Hulpvraag en situatie"]);
    await user.click(screen.getByRole("button", { name: "Vorige" }));
    expect(screen.getByRole("heading", { level: 2, name: "Basisgegevens" })).toHaveFocus();
    expect(scrolled).toEqual(["Stap 1 – Hulpvraag en situatie", "Basisgegevens"]);
  } finally {
    delete (HTMLElement.prototype as { scrollIntoView?: unknown }).scrollIntoView;
  }
});

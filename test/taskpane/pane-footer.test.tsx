/** @jest-environment jsdom */
// The version and the support contact at the bottom of the pane (src/taskpane/components/PaneFooter.tsx).
import { render, screen } from "@testing-library/react";
import { PaneFooter } from "../../src/taskpane/components/PaneFooter";
import { BUILD_INFO } from "../../src/build-info";
import { inFluent, renderOnWord, stopHost } from "./helpers";

afterEach(stopHost);

describe("pane footer", () => {
  test("names the version and the organisation's support contact", () => {
    render(inFluent(<PaneFooter info={{ version: "2.0.1", supportContact: "Servicedesk Hengelo, 074 245 9999" }} />));
    expect(screen.getByTestId("pane-footer")).toHaveTextContent(
      "Handreiking Regie versie 2.0.1. Vragen of problemen: Servicedesk Hengelo, 074 245 9999.",
    );
  });

  test("without a contact it points to the organisation's functional administrator", () => {
    render(inFluent(<PaneFooter info={{ version: "2.0.1", supportContact: "" }} />));
    expect(screen.getByTestId("pane-footer")).toHaveTextContent(
      "Vragen of problemen: de functioneel beheerder van uw organisatie.",
    );
  });

  test("the pane shows it with the build's version", async () => {
    await renderOnWord({ doc: "empty" });
    expect(await screen.findByTestId("pane-footer")).toHaveTextContent(`versie ${BUILD_INFO.version}.`);
  });
});

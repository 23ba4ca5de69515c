/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { HostPlaceholder } from "../../src/taskpane/components/HostPlaceholder";
import { inFluent } from "./helpers";

// The placeholder is shown before Office reports, so no gateway and no document take part.

const renderPlaceholder = (host: Parameters<typeof HostPlaceholder>[0]["host"]) =>
  render(inFluent(<HostPlaceholder host={host} />));

describe("placeholder task pane", () => {
  test("says it is loading until Office reports", () => {
    renderPlaceholder(null);
    expect(screen.getByRole("heading", { name: "Handreiking Regie" })).toBeInTheDocument();
    expect(screen.getByText("Word wordt geladen…")).toBeInTheDocument();
  });

  test("lists the requirement sets Word reported", () => {
    renderPlaceholder({ host: "Word", platform: "OfficeOnline", supportedSets: ["WordApi 1.3", "WordApi 1.9"] });
    expect(screen.getByText(/Gevonden: Word \(OfficeOnline\)/)).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["WordApi 1.3", "WordApi 1.9"]);
  });

  test("is honest outside Word", () => {
    renderPlaceholder({ host: "geen", platform: "onbekend", supportedSets: [] });
    expect(screen.getByText(/geen Office-programma/)).toBeInTheDocument();
    expect(screen.getByText(/open deze pagina vanuit Word/)).toBeInTheDocument();
  });
});

/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HostPlaceholder } from "../../src/taskpane/components/HostPlaceholder";

const renderApp = (host: Parameters<typeof HostPlaceholder>[0]["host"]) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <HostPlaceholder host={host} />
    </FluentProvider>,
  );

describe("placeholder task pane", () => {
  test("says it is loading until Office reports", () => {
    renderApp(null);
    expect(screen.getByRole("heading", { name: "Handreiking Regie" })).toBeInTheDocument();
    expect(screen.getByText("Word wordt geladen…")).toBeInTheDocument();
  });

  test("lists the requirement sets Word reported", () => {
    renderApp({ host: "Word", platform: "OfficeOnline", supportedSets: ["WordApi 1.3", "WordApi 1.9"] });
    expect(screen.getByText(/Gevonden: Word \(OfficeOnline\)/)).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["WordApi 1.3", "WordApi 1.9"]);
  });

  test("is honest outside Word", () => {
    renderApp({ host: "geen", platform: "onbekend", supportedSets: [] });
    expect(screen.getByText(/geen Office-programma/)).toBeInTheDocument();
    expect(screen.getByText(/open deze pagina vanuit Word/)).toBeInTheDocument();
  });
});

/** @jest-environment jsdom */
import { act, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";

import { deserializeProfile } from "../../src/domain";
import {
  expectNoAxeViolations,
  inFluent,
  setupUser,
  renderOnWord,
  stopHost,
  wordDocument,
  wordGateway,
} from "./helpers";

afterEach(stopHost);

describe("profile", () => {
  test("first use asks for initials and organisation, then keeps them", async () => {
    const { user, storage, container, gateway } = await renderOnWord({ stored: null, doc: "empty" });
    expect(screen.getByRole("heading", { name: "Uw gegevens" })).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.type(screen.getByRole("textbox", { name: /Initialen/ }), "p.h.");
    await user.type(screen.getByRole("textbox", { name: /Organisatie/ }), "Ambiq");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));

    expect(await screen.findByText("PH · Ambiq")).toBeInTheDocument();
    // the form is gone: the focus is on the button that opens it again, not dropped to <body>
    expect(screen.getByRole("button", { name: "Wijzigen" })).toHaveFocus();
    const stored = deserializeProfile(storage.value);
    expect(stored).toEqual({ ok: true, profile: { initials: "PH", organisation: "Ambiq", name: "" } });
    expect(await screen.findByRole("button", { name: "Nieuwe handreiking" })).toBeInTheDocument();
    expect(gateway.callsOf("open").length).toBeGreaterThan(0);
  });

  test("shows the domain's Dutch messages next to each field", async () => {
    const { user, storage, container } = await renderOnWord({ stored: null });
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(screen.getByText("Vul uw initialen in (1 tot 5 letters, bijvoorbeeld PH).")).toBeInTheDocument();
    expect(screen.getByText("Vul uw organisatie in.")).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: /Initialen/ }), "P1");
    await user.type(screen.getByRole("textbox", { name: /Organisatie/ }), "Ambiq: jeugd");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(screen.getByText(/Initialen mogen alleen letters bevatten/)).toBeInTheDocument();
    expect(screen.getByText(/mag geen dubbele punt/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Initialen/ })).toHaveAttribute("aria-invalid", "true");
    expect(storage.value).toBeNull();
    await expectNoAxeViolations(container);
  });

  test("a damaged stored profile asks again, with a short note", async () => {
    const { container } = await renderOnWord({ stored: "{not json" });
    expect(screen.getByText("Het opgeslagen profiel is beschadigd. Vul uw gegevens opnieuw in.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Initialen/ })).toHaveValue("");
    await expectNoAxeViolations(container);
  });

  test("the profile in the header can be changed later", async () => {
    const { user, storage } = await renderOnWord({ doc: "empty" });
    expect(await screen.findByText("PH · Ambiq")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Wijzigen" }));
    const initials = screen.getByRole("textbox", { name: /Initialen/ });
    expect(initials).toHaveValue("PH");
    await user.clear(initials);
    await user.type(initials, "ES");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("ES · Ambiq")).toBeInTheDocument();
    expect(deserializeProfile(storage.value)).toMatchObject({
      ok: true,
      profile: { initials: "ES", organisation: "Ambiq", name: "Petra Hof" },
    });

    await user.click(screen.getByRole("button", { name: "Wijzigen" }));
    await user.click(screen.getByRole("button", { name: "Annuleren" }));
    await waitFor(() => expect(screen.getByText("ES · Ambiq")).toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Wijzigen" })).toHaveFocus();
  });
});

test("a browser that refuses to store the profile still lets the user work, with a warning", async () => {
  const user = setupUser();
  const refusing = {
    load: () => null,
    save: () => {
      throw new Error("QuotaExceededError");
    },
  };
  await wordDocument({ doc: "empty" });
  await act(async () => {
    render(inFluent(<App gateway={wordGateway()} storage={refusing} />));
  });
  await user.type(screen.getByRole("textbox", { name: /Initialen/ }), "PH");
  await user.type(screen.getByRole("textbox", { name: /Organisatie/ }), "Ambiq");
  await user.click(screen.getByRole("button", { name: "Opslaan" }));
  expect(await screen.findByText(/konden niet op deze computer worden bewaard/)).toBeInTheDocument();
  expect(screen.getByText("PH · Ambiq")).toBeInTheDocument();
});

test("the profile form says what is stored where: initials and organisation in the document, the name only in the Beheerder box", async () => {
  await renderOnWord({ stored: null, doc: "empty" });
  expect(screen.getByText(/uw initialen, de datum en uw organisatie in het document/)).toHaveTextContent(
    /gaan mee met elke kopie die u verstuurt/,
  );
  expect(
    screen.getByText(/Uw naam zet de invoegtoepassing alleen in het vak ‘Beheerder van dit document’/),
  ).toHaveTextContent(/Bij uw wijzigingen staan alleen uw initialen\./);
  expect(screen.queryByText(/Deze gegevens worden alleen op deze computer bewaard/)).not.toBeInTheDocument();
});

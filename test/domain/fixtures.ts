// A completely filled form, for tests that need one.
import type { FormValues } from "../../src/domain";
import { emptyFormValues } from "../../src/domain";

export function filledValues(): FormValues {
  return {
    ...emptyFormValues(),
    initialen: "ES",
    gemeente: "Enschede",
    indicatie: ["OB3b", "OB4a"],
    datumMdo: "2020-09-01",
    beheerder: { name: "Petra Hof", organisation: "Ambiq" },
    hulpvraag: "Rust in het gezin.",
    betrokkenen: [
      { key: "r000001", cells: { naam: "Moeder", organisatie: "", functie: "", rol: "Ouder", bereikbaarheid: "" } },
      {
        key: "r000002",
        cells: {
          naam: "Petra Hof",
          organisatie: "Ambiq",
          functie: "Behandelaar",
          rol: "Regisseur",
          bereikbaarheid: "06-12345678",
        },
      },
    ],
    gezinAanwezig: true,
    regisseur: { name: "Petra Hof", organisation: "Ambiq" },
    takenRegisseur: "Coördineert de hulp.",
    doelen: [{ key: "r000003", cells: { doel: "Naar school", termijn: "3 maanden" } }],
    afspraken: [{ key: "r000004", cells: { afspraak: "Huisbezoek", wie: "Ambiq", wanneer: "Wekelijks" } }],
    afstemming: "Elke zes weken een MDO.",
    toestemming: true,
    datumToestemming: "2020-09-01",
    verzendwijze: "Zivver",
    evaluatiedatum: "2020-12-01",
  };
}

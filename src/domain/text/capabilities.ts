// What the pane says about a Word that cannot do everything: one line per missing capability
// (shown in FormView.reduced), and the refusal of a Word whose form protection misbehaves.

export const REDUCED_TEXT = {
  form: "Deze versie van Word is te oud voor het formulier (Word 2016 of nieuwer is nodig).",
  dataPart:
    "Deze versie van Word bewaart de gegevens van het formulier op een andere plek in het document dan nieuwere versies van Word. Is het document in een nieuwere versie van Word ingevuld? Werk het dan liever daar bij: dit venster ziet die gegevens niet.",
  events:
    "Typt u rechtstreeks in het document, buiten dit venster? Dan ziet het venster dat pas als u het document opent of opslaat, of terugkomt in het venster; niet meteen.",
  saveWithName:
    "Dit venster kan een nieuw document hier niet zelf onder de juiste naam opslaan. Sla het op met Opslaan als, onder de naam die het venster bij Verzenden noemt.",
  fileCopy:
    "Een kopie downloaden of een anonieme kopie maken kan in deze versie van Word niet (Word voor Mac en iPad laten invoegtoepassingen niets downloaden). Gebruik daarvoor Word op het web of Word voor Windows.",
} as const;

/** Saving under a name when Word cannot (the save action's notSupported outcome). */
export const SAVE_NOT_SUPPORTED =
  "Deze versie van Word kan een document niet zelf onder een naam opslaan. Gebruik Bestand > Opslaan als en plak de naam.";

/** The startup guard found a Word that protects the form differently than the add-in expects. */
export const UNSAFE_MESSAGE =
  "Deze versie van Word gedraagt zich bij het beveiligen van het formulier anders dan de invoegtoepassing verwacht. Om het formulier niet te beschadigen, schrijft het venster in deze Word niets in het document. U kunt het document wel lezen. Open Zelftest (bovenaan) in een leeg document en stuur het verslag naar de beheerder.";

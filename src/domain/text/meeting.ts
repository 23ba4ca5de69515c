// What the pane says around the meeting and the weeks after (issue 28): a form not yet restored
// after another program, compact agreed boxes, pick lists from the betrokkenen.

/** Over the wizard while the boxes are gone (LibreOffice): the data is shown, nothing is lost. */
export const NOT_RESTORED_TITLE = "Nog niet hersteld";
export const NOT_RESTORED_TEXT =
  "Dit is wat de formuliergegevens bewaren; er is niets verloren. De vakken zelf zijn uit het document verdwenen, daarom kunt u nog niets wijzigen. Kies bovenaan ‘Herstellen’: dan komen de vakken terug en kunt u verder.";
/** Beside each box while not restored. */
export const NOT_RESTORED_MARK = "Uit de formuliergegevens, nog niet hersteld";
/** Afronden while not restored. */
export const NOT_RESTORED_AGREE = "Vaststellen kan pas als het document is hersteld (‘Herstellen’ bovenaan).";

/** An empty box, shown read-only. */
export const EMPTY_BOX = "(leeg)";

/** After agreement: the buttons of a compact box and of its opened editor. */
export const AMEND_OPEN = "Aanvulling";
export const CORRECT_OPEN = "Corrigeren";
export const CLOSE_EDITOR = "Sluiten";
export const CORRECTION_UNSAVED = "Correctie nog niet opgeslagen";
export const ADDITION_UNSAVED = "Aanvulling nog niet toegevoegd";

/** The pick list under a name field: people of step 2. */
export const PICK_HINT = "Typ een naam of kies iemand uit Betrokkenen (stap 2).";
/** The pick list under an organisation column: the organisations of step 2. */
export const PICK_ORGANISATION_HINT = "Typ of kies een organisatie uit Betrokkenen (stap 2).";

/** Said in the research copy's live region when making it stopped. */
export const RESEARCH_COPY_READY = "De anonieme kopie is gemaakt. Hieronder staat wat is vervangen.";
/** The live region after "Afbreken" (the notice below says what it means: nothing was saved). */
export const RESEARCH_COPY_CANCELLED = "De anonieme kopie is afgebroken.";
export const RESEARCH_COPY_FAILED = "De anonieme kopie kon niet worden gemaakt; de reden staat hieronder.";
export const RESEARCH_COPY_UNSUPPORTED =
  "In deze versie van Word kan de invoegtoepassing geen kopie als bestand aanbieden; zie hieronder.";

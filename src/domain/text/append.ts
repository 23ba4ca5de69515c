// "Nieuwe handreiking" after existing content, and undoing it: what the pane says when it refuses.

/** Refused when the body is empty after all: then the ordinary "Nieuwe handreiking" applies. */
export const APPEND_NOTHING_BEFORE = "Dit document is leeg; kies ‘Nieuwe handreiking’. Er is niets veranderd.";

/** The inserted part did not read as the handreiking (a Word that merged it into other content). */
export const APPEND_NOT_RECOGNISED =
  "De handreiking is na de bestaande inhoud ingevoegd, maar Word gaf haar zo terug dat de vakken niet te herkennen zijn; er is geen formulier van gemaakt. De bestaande inhoud is niet veranderd. Sluit het document zonder op te slaan om het terug te krijgen zoals het was.";

export const UNDO_NOT_APPENDED = "Deze handreiking is niet na bestaande inhoud toegevoegd; er is niets weggehaald.";
export const UNDO_TOUCHED =
  "De handreiking is na het toevoegen al gebruikt (een vak ingevuld, een logregel erbij of iets buiten het paneel gewijzigd). Wat iemand heeft getypt haalt de invoegtoepassing niet weg; er is niets veranderd.";
export const UNDO_MOVED =
  "De inhoud vóór de handreiking is niet meer zoals bij het toevoegen; er is niets weggehaald. Sluit het document zonder op te slaan of gebruik Ongedaan maken in Word om het terug te krijgen.";

// What the pane says when it cannot sign or check signatures (src/taskpane/hooks/useSigning.ts,
// src/taskpane/signing/served-key-ring.ts).

export const SIGNING_TEXT = {
  notSigning: "Deze versie van de invoegtoepassing ondertekent niet.",
  keyUnusable:
    "Uw sleutel kon op deze computer niet worden gemaakt of gelezen: uw wijzigingen worden niet ondertekend.",
  listsUnreadable: "De sleutellijsten konden niet worden gelezen.",
  noAnchors: "Deze versie van de invoegtoepassing kent geen organisatiesleutels.",
  noLists: "Er zijn geen sleutellijsten meegeleverd.",
} as const;

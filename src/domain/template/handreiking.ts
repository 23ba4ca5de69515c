// The Handreiking Regie in 7 samenwerkingsstappen, as data (a faithful reconstruction of the
// region's form; see shared/spec/handreiking.md). Replace the wording here, not in code.
import type { TemplateInput } from "./schema";

export const MUNICIPALITIES = [
  "Almelo",
  "Borne",
  "Dinkelland",
  "Enschede",
  "Haaksbergen",
  "Hellendoorn",
  "Hengelo",
  "Hof van Twente",
  "Losser",
  "Oldenzaal",
  "Rijssen-Holten",
  "Tubbergen",
  "Twenterand",
  "Wierden",
] as const;

export const INDICATIONS = ["OB3b", "OB3c", "OB4a", "OB4b", "OB4c", "OB4e", "Wonen/Verblijf met behandeling"] as const;

export const SECURE_CHANNELS = ["Zorgmail", "Zivver", "Anders beveiligd"] as const;

export const handreikingTemplate: TemplateInput = {
  templateId: "handreikingRegie",
  version: "1.0",
  title: "Handreiking Regie in 7 samenwerkingsstappen",
  introduction: [
    "Deze handreiking legt vast hoe de betrokken professionals, het gezin en de jeugdige samenwerken: wie doet wat, wie heeft de regie en hoe stemmen we af.",
    "Het document wordt ingevuld tijdens het multidisciplinair overleg (MDO), voordat de hulp start, samen met alle betrokken organisaties, de ouders en de jeugdige.",
  ],
  rulesOfUse: [
    "Eén professional is beheerder van dit document en daarvoor verantwoordelijk.",
    "Vul alleen de daarvoor bestemde vakken in. Wijzig niets anders en typ niet buiten de vakken.",
    "Werk altijd in hetzelfde document: dit is een levend document.",
    "Zet bij elke aanvulling uw initialen, de datum en uw organisatie, bijvoorbeeld: PH 20200902, Ambiq: Wisseling van behandelaar voor cliënt ES.",
    "Werkt u zonder de invoegtoepassing Handreiking Regie? Typ uw aanvulling in het vak op een nieuwe regel onder de tekst die er al staat, en begin die regel met uw stempel: Initialen JJJJMMDD, Organisatie: tekst (bijvoorbeeld KH 20201005, Jarabee: Voortaan elke vier weken overleg). Wijzig of verwijder geen tekst van anderen. Wie het document daarna met de invoegtoepassing opent, legt uw aanvulling met uw stempel vast in het wijzigingslogboek.",
    "Bestandsnaam: JJJJMMDD Handreiking Regie <initialen cliënt>, bijvoorbeeld 20200901 Handreiking Regie ES. Na een wijziging wordt de datum in de naam de datum van die wijziging.",
    "Verstuur het document alleen beveiligd (Zorgmail, Zivver of een andere beveiligde verzendwijze), na elke wijziging opnieuw naar alle betrokkenen.",
  ],
  steps: [
    {
      id: "basis",
      shortTitle: "Basisgegevens",
      title: "Basisgegevens",
      guidance:
        "Vul de gegevens in die bij het MDO bekend zijn. Gebruik voor de jeugdige alleen initialen, nooit een volledige naam: de initialen komen ook in de bestandsnaam.",
      fields: [
        {
          id: "initialen",
          label: "Initialen jeugdige",
          kind: "text",
          required: true,
          hint: "Bijvoorbeeld ES",
          maxLength: 5,
          pattern: {
            regex: "^\\p{L}{1,5}$",
            message: "Vul 1 tot 5 letters in, zonder punten of spaties (bijvoorbeeld ES).",
          },
          usedInFileName: true,
          roles: ["clientInitials"],
        },
        {
          id: "gemeente",
          label: "Gemeente",
          kind: "singleChoice",
          required: true,
          hint: "Kies de gemeente",
          choices: [...MUNICIPALITIES],
          roles: ["municipality"],
        },
        {
          id: "indicatie",
          label: "Indicatie",
          kind: "multiChoice",
          required: true,
          minItems: 1,
          hint: "Kies één of meer indicaties",
          choices: [...INDICATIONS],
          roles: ["indication"],
        },
        { id: "datumMdo", label: "Datum MDO", kind: "date", required: true, hint: "dd-mm-jjjj", roles: ["mdoDate"] },
        {
          id: "beheerder",
          label: "Beheerder van dit document",
          kind: "person",
          required: true,
          hint: "Naam (organisatie)",
          prefill: "profile",
          roles: ["documentOwner"],
        },
      ],
    },
    {
      id: "stap1",
      shortTitle: "Stap 1",
      title: "Hulpvraag en situatie",
      guidance:
        "Beschrijf in de woorden van het gezin wat de hulpvraag is. Benoem ook wat goed gaat: daar bouwen we op voort.",
      fields: [
        {
          id: "hulpvraag",
          label: "Wat is de hulpvraag van de jeugdige en het gezin?",
          kind: "longText",
          required: true,
          hint: "De hulpvraag in de woorden van het gezin",
        },
        {
          id: "gaatGoed",
          label: "Wat gaat goed?",
          kind: "longText",
          hint: "Krachten van de jeugdige, het gezin en het netwerk",
        },
        {
          id: "zorgen",
          label: "Wat zijn de zorgen?",
          kind: "longText",
          hint: "Zorgen van het gezin en van de professionals",
        },
      ],
    },
    {
      id: "stap2",
      shortTitle: "Stap 2",
      title: "Betrokkenen en rollen",
      guidance:
        "Noem iedereen die betrokken is, met de rol die hij of zij in dit traject heeft. Spreek rollen uitdrukkelijk uit: elke gemeente gebruikt andere titels (regisseur, wijkcoach, consulent, voogd, toegangsmedewerker).",
      fields: [
        {
          id: "betrokkenen",
          label: "Betrokkenen",
          kind: "rows",
          required: true,
          minRows: 2,
          hint: "Minstens het gezin en één professional",
          roles: ["people"],
          columns: [
            { id: "naam", label: "Naam", kind: "text", required: true, role: "personName" },
            { id: "organisatie", label: "Organisatie", kind: "text", role: "organisation" },
            { id: "functie", label: "Functie", kind: "text", role: "function" },
            { id: "rol", label: "Rol in dit traject", kind: "text", required: true, role: "roleInTrajectory" },
            { id: "bereikbaarheid", label: "Bereikbaarheid", kind: "text", role: "contact" },
          ],
        },
        { id: "gezinAanwezig", label: "Was het gezin aanwezig bij het MDO?", kind: "yesNo", roles: ["familyPresent"] },
      ],
    },
    {
      id: "stap3",
      shortTitle: "Stap 3",
      title: "Regie",
      guidance:
        "Spreek af wie de regie heeft en wat die regisseur wel en niet mag beslissen. Bespreek dit ook met het gezin.",
      fields: [
        {
          id: "regisseur",
          label: "Wie is de regisseur?",
          kind: "person",
          required: true,
          hint: "Naam (organisatie)",
          roles: ["coordinator"],
        },
        {
          id: "takenRegisseur",
          label: "Taken en mandaat van de regisseur",
          kind: "longText",
          required: true,
          hint: "Wat doet en beslist de regisseur?",
        },
        {
          id: "vervanger",
          label: "Vervanger bij afwezigheid",
          kind: "text",
          hint: "Naam en organisatie",
          roles: ["coordinatorDeputy"],
        },
        { id: "rolBesproken", label: "Is de rol van de regisseur met het gezin besproken?", kind: "yesNo" },
      ],
    },
    {
      id: "stap4",
      shortTitle: "Stap 4",
      title: "Gezamenlijke doelen",
      guidance: "Formuleer de doelen samen met het gezin, zo concreet mogelijk, elk met een termijn.",
      fields: [
        {
          id: "doelen",
          label: "Doelen",
          kind: "rows",
          required: true,
          minRows: 1,
          hint: "Minstens één doel",
          columns: [
            { id: "doel", label: "Doel", kind: "text", required: true },
            { id: "termijn", label: "Termijn", kind: "text" },
          ],
        },
      ],
    },
    {
      id: "stap5",
      shortTitle: "Stap 5",
      title: "Afspraken: wie doet wat",
      guidance: "Leg per afspraak vast wie (welke organisatie) wat doet en wanneer.",
      fields: [
        {
          id: "afspraken",
          label: "Afspraken",
          kind: "rows",
          required: true,
          minRows: 1,
          hint: "Minstens één afspraak",
          columns: [
            { id: "afspraak", label: "Afspraak", kind: "text", required: true },
            { id: "wie", label: "Wie (organisatie)", kind: "text", required: true, role: "organisation" },
            { id: "wanneer", label: "Wanneer", kind: "text" },
          ],
        },
      ],
    },
    {
      id: "stap6",
      shortTitle: "Stap 6",
      title: "Communicatie en informatie-uitwisseling",
      guidance:
        "Spreek af hoe en hoe vaak we afstemmen. Informatie delen mag alleen met toestemming van het gezin, en alleen via een beveiligde verzendwijze.",
      fields: [
        {
          id: "afstemming",
          label: "Hoe en hoe vaak stemmen we af?",
          kind: "longText",
          required: true,
          hint: "Bijvoorbeeld: elke zes weken overleg, tussendoor per beveiligde mail",
        },
        {
          id: "toestemming",
          label: "Toestemming van het gezin voor informatie-uitwisseling",
          kind: "yesNo",
          required: true,
        },
        {
          id: "datumToestemming",
          label: "Datum toestemming",
          kind: "date",
          hint: "dd-mm-jjjj",
          requiredWhen: { field: "toestemming", equals: true },
          roles: ["consentDate"],
        },
        {
          id: "verzendwijze",
          label: "Beveiligde verzendwijze",
          kind: "singleChoice",
          required: true,
          hint: "Kies de verzendwijze",
          choices: [...SECURE_CHANNELS],
          roles: ["secureChannel"],
        },
      ],
    },
    {
      id: "stap7",
      shortTitle: "Stap 7",
      title: "Evaluatie, wijzigingen en afsluiting",
      guidance: "Plan de evaluatie en spreek af wat we doen als het vastloopt, en hoe we afsluiten en overdragen.",
      fields: [
        {
          id: "evaluatiedatum",
          label: "Evaluatiedatum",
          kind: "date",
          required: true,
          hint: "dd-mm-jjjj",
          roles: ["evaluationDate"],
        },
        {
          id: "stagnatie",
          label: "Wat doen we bij stagnatie of als afspraken niet worden nagekomen?",
          kind: "longText",
        },
        { id: "afsluiting", label: "Wanneer sluiten we af en hoe dragen we over?", kind: "longText" },
      ],
    },
  ],
  changeLog: {
    title: "Wijzigingslogboek",
    columns: ["Datum", "Initialen", "Organisatie", "Onderdeel", "Wijziging"],
  },
};

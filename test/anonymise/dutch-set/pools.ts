// Name and place pools for the Dutch test set, two disjoint halves: "tune" (the recogniser may be
// looked at against it) and "heldout" (never tuned against; different names, places, institutions
// and sentences). Names come from varied sources written down by hand, not from the recogniser's
// own lists: common Dutch names of several generations, Twente and Frisian surnames, names common
// in families of Turkish, Moroccan, Surinamese, Antillean, Syrian, Eritrean, Somali, Afghan,
// Polish, Ukrainian, Indonesian and Chinese origin, and English names.

export interface Pools {
  girls: string[];
  boys: string[];
  adults: string[];
  /** Surnames, with their particles as written after a first name. */
  surnames: string[];
  places: string[];
  streets: string[];
  schools: string[];
  care: string[];
  hospitals: string[];
}

export const TUNE: Pools = {
  girls:
    "Lotte Sanne Fleur Noa Julia Mila Tess Evi Sara Yara Nora Liv Saar Lieke Femke Isa Zoë Elif Nisrine Ayla Hiba Selam Oliwia Dewi Mei Amber Jasmijn".split(
      " ",
    ),
  boys: "Daan Sem Finn Luuk Milan Bram Thijs Ruben Jesse Stijn Levi Teun Mees Emir Yusuf Ilias Ravi Kenzo Dawit Omar Kacper Rayan Bilal Jayden Sven Wessel".split(
    " ",
  ),
  adults:
    "Marieke Annemiek Ingrid Petra Wilma Hanneke Monique Esther Gerrit Henk Bert Johan Marco Erik Peter Ahmet Fatma Khadija Mohamed Samira Tesfay Agnieszka Rachid Anouk Jeroen Roel Miriam".split(
      " ",
    ),
  surnames: [
    "Bakker",
    "de Wit",
    "Mulder",
    "Smit",
    "Kok",
    "Bos",
    "ter Horst",
    "van der Meer",
    "de Vries",
    "Jansen",
    "Visser",
    "Oude Luttikhuis",
    "Nijhuis",
    "Kamphuis",
    "Brinkhuis",
    "ten Hove",
    "Wolters",
    "Veldhuis",
    "van den Berg",
    "Hendriks",
    "Yilmaz",
    "Öztürk",
    "El Amrani",
    "Bouzid",
    "Haddad",
    "Tesfay",
    "Kowalski",
    "Sardjoe",
    "Martina",
    "Olde Rikkert",
    "Scholten",
    "Groot Wassink",
    "Pietersen",
    "van 't Hof",
    "Hoekstra",
    "Dijkstra",
    "in 't Veld",
    "Aksoy",
  ],
  places:
    "Boekelo Glanerbrug Losser Oldenzaal Haaksbergen Borne Hengelo Almelo Rijssen Vriezenveen Tubbergen Ootmarsum Denekamp Goor Delden Lonneker Enter Zwolle Deventer Apeldoorn Utrecht Arnhem".split(
      " ",
    ),
  streets: [
    "Hengelosestraat",
    "Lasondersingel",
    "Oldenzaalsestraat",
    "Kuipersdijk",
    "Haaksbergerstraat",
    "Molenstraat",
    "Wooldriksweg",
    "Deurningerstraat",
    "Zuiderval",
    "Bentstraat",
    "Van Heeklaan",
    "Gronausestraat",
  ],
  schools: [
    "basisschool De Regenboog",
    "obs De Wielewaal",
    "het Bonhoeffer College",
    "het Stedelijk Lyceum",
    "De Zonnewijzer",
    "cbs Het Kompas",
    "het Twents Carmel College",
    "ROC van Twente",
    "SBO De Bolster",
    "Jan Ligthartschool",
  ],
  care: [
    "Karakter",
    "Jarabee",
    "Accare",
    "Mediant",
    "Dimence",
    "Pluryn",
    "Ambiq",
    "Stichting Humanitas",
    "Praktijk Zonnebloem",
    "Kinderdagverblijf Kikker",
  ],
  hospitals: [
    "MST",
    "ZGT",
    "Medisch Spectrum Twente",
    "het UMCG",
    "Ziekenhuisgroep Twente",
    "het Deventer Ziekenhuis",
    "Kliniek De Hoop",
    "het Wilhelmina Kinderziekenhuis",
  ],
};

export const HELDOUT: Pools = {
  girls:
    "Roos Anna Emma Sophie Maud Lynn Jente Merel Floor Iris Naomi Meryem Zeynep Salma Aisha Ruta Hanna Maja Lily Chloë Esmee Noor Fenna Ilse Priya Xiu".split(
      " ",
    ),
  boys: "Lucas Noah Jens Tijn Gijs Jort Niels Koen Siem Cas Hamza Mehmet Ayoub Idris Yonas Mateusz Tobias Owen Kyan Mustafa Jasper Wout Joep Hidde Dex Aryan".split(
    " ",
  ),
  adults:
    "Corrie Truus Gerda Marjolein Astrid Karin Yvonne Ellen Harm Jan-Willem Hans Wim Dirk Frank Albert Hatice Aicha Hassan Ibrahim Zahra Yohannes Katarzyna Said Danielle Ruud Thea Arjen".split(
      " ",
    ),
  surnames: [
    "Brouwer",
    "de Boer",
    "Meijer",
    "Dekker",
    "Vos",
    "Peters",
    "ten Brinke",
    "van Dijk",
    "de Jong",
    "Willems",
    "Prins",
    "Oude Vrielink",
    "Kuipers",
    "Leferink",
    "Nijenhuis",
    "ter Haar",
    "Bruggink",
    "Lammertink",
    "van der Linden",
    "Schipper",
    "Kaya",
    "Demir",
    "Benali",
    "Azzouzi",
    "Khalil",
    "Haile",
    "Nowak",
    "Ramdin",
    "Isenia",
    "Olde Scholtenhuis",
    "Wiggers",
    "Groot Koerkamp",
    "Gerritsen",
    "van 't Zand",
    "Postma",
    "Bosma",
    "in 't Groen",
    "Şahin",
  ],
  places:
    "Enschede Weerselo Hellendoorn Nijverdal Wierden Markelo Diepenheim Neede Eibergen Lochem Hardenberg Vroomshoop Daarle Bornerbroek Saasveld Weerselo Fleringen Kampen Nijmegen Groningen Leeuwarden Amersfoort".split(
      " ",
    ),
  streets: [
    "Boulevard 1945",
    "Parkweg",
    "Ariënsplein",
    "Noorderhagen",
    "Walstraat",
    "Brinkstraat",
    "Kerkweg",
    "Marktstraat",
    "Geessinkweg",
    "Javastraat",
    "Van Lochemstraat",
    "Schoolstraat",
  ],
  schools: [
    "basisschool Het Palet",
    "obs De Esch",
    "het Pius X College",
    "het Greijdanus",
    "De Kameleon",
    "cbs De Schakel",
    "het Canisius",
    "Saxion",
    "SO De Brug",
    "Dr. Ariënsschool",
  ],
  care: [
    "Aveleijn",
    "Tactus",
    "Trubendorffer",
    "Lentis",
    "Youké",
    "Intermetzo",
    "Yes We Can Clinics",
    "Stichting Leger des Heils",
    "Praktijk De Linde",
    "Kinderopvang Smallsteps",
  ],
  hospitals: [
    "ZGT Almelo",
    "MST Enschede",
    "het Radboudumc",
    "het AMC",
    "Saxenburgh",
    "het Isala",
    "Kliniek Het Roessingh",
    "het Prinses Máxima Centrum",
  ],
};

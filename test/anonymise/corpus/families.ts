// Thirty synthetic families (all people, addresses and numbers invented) described compactly;
// texts.ts writes each one out as a filled handreiking in the language of youth care.
// Varied on purpose: origins (Dutch, Turkish, Moroccan, Syrian, Eritrean, Polish, mixed), who is
// listed in step 2 and who is only named in free text, names that are also Dutch words.

export interface Named {
  first: string;
  last: string;
}

export interface Pro extends Named {
  org: string;
  functie: string;
  rol: string;
  initials: string;
  phone: string;
  email: string;
}

export interface Family {
  origin: "nl" | "tr" | "ma" | "sy" | "er" | "pl" | "mix";
  child: Named & { age: number; son: boolean; second?: string };
  /** The client's initials (box "initialen"). */
  initials: string;
  /** The child's full name in step 2 (else the child is only in free text). */
  childListed: boolean;
  mother: Named;
  /** The father: in step 2, or only under the zorgen. */
  father: Named & { listed: boolean };
  sibling: { first: string; word: "broertje" | "zusje" | "broer" | "zus" };
  kin: { word: "oma" | "opa" | "tante" | "oom"; first: string };
  mentor: { title: "dhr." | "mevr." | "mw." | "meneer" | "mevrouw"; last: string; school: string };
  teacher: { word: "juf" | "meester"; first: string };
  /** [regisseur, behandelaar, third professional] */
  pros: [Pro, Pro, Pro];
  /** A new behandelaar, named only in an amendment. */
  newPro: Named & { org: string; initials: string };
  gemeente: string;
  wijk: string;
  street: string;
  village: string;
  phone: string;
  email: string;
  bsn: string;
}

const pro = (first: string, last: string, org: string, functie: string, rol: string, phone: string, email: string): Pro => {
  const initials = (first.charAt(0) + last.split(" ").filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join("")).toUpperCase() || first.charAt(0);
  return { first, last, org, functie, rol, initials, phone, email };
};

export const FAMILIES: Family[] = [
  {
    origin: "nl", child: { first: "Sanne", last: "de Jong", age: 14, son: false }, initials: "SJ", childListed: false,
    mother: { first: "Els", last: "de Jong" }, father: { first: "Mark", last: "Visser", listed: false },
    sibling: { first: "Daan", word: "broertje" }, kin: { word: "oma", first: "Roos" },
    mentor: { title: "dhr.", last: "Bos", school: "Het Stedelijk Lyceum" }, teacher: { word: "juf", first: "Anouk" },
    pros: [pro("Marieke", "ter Horst", "Wijkteam Enschede", "Jeugdconsulent", "Regisseur", "053-4812345", "m.terhorst@wijkteam-enschede.nl"),
      pro("Joris", "Nijenhuis", "Karakter", "Gedragswetenschapper", "Behandelaar", "088-1234567", "j.nijenhuis@karakter.nl"),
      pro("Ilse", "Brinkman", "GGD Twente", "Jeugdarts", "Jeugdarts", "053-4876543", "i.brinkman@ggdtwente.nl")],
    newPro: { first: "Thijs", last: "Oude Luttikhuis", org: "Karakter", initials: "TO" },
    gemeente: "Enschede", wijk: "Deppenbroek", street: "Lasondersingel", village: "Glanerbrug", phone: "06-41235678", email: "els.dejong83@hotmail.com", bsn: "111222333",
  },
  {
    origin: "tr", child: { first: "Emir", last: "Yılmaz", age: 11, son: true }, initials: "EY", childListed: true,
    mother: { first: "Ayşe", last: "Yılmaz" }, father: { first: "Mehmet", last: "Yılmaz", listed: true },
    sibling: { first: "Elif", word: "zusje" }, kin: { word: "oom", first: "Hakan" },
    mentor: { title: "meneer", last: "Kaya", school: "Basisschool De Regenboog" }, teacher: { word: "meester", first: "Bart" },
    pros: [pro("Fatma", "Demir", "Wijkteam Almelo", "Wijkcoach", "Regisseur", "0546-541234", "f.demir@almelo.nl"),
      pro("Pieter", "Hendriks", "Ambiq", "Ambulant hulpverlener", "Behandelaar", "06-22334455", "p.hendriks@ambiq.nl"),
      pro("Karin", "Jansen", "Jeugdbescherming Overijssel", "Jeugdbeschermer", "Jeugdbeschermer", "088-7654321", "k.jansen@jbov.nl")],
    newPro: { first: "Sevgi", last: "Aydın", org: "Ambiq", initials: "SA" },
    gemeente: "Almelo", wijk: "Kerkelanden", street: "Wierdensestraat", village: "Aadorp", phone: "06 1234 5678", email: "ayse.yilmaz@gmail.com", bsn: "123456782",
  },
  {
    origin: "ma", child: { first: "Yassin", last: "El Amrani", age: 15, son: true }, initials: "YE", childListed: false,
    mother: { first: "Fatima", last: "Bouzid" }, father: { first: "Mohammed", last: "El Amrani", listed: true },
    sibling: { first: "Nora", word: "zus" }, kin: { word: "tante", first: "Khadija" },
    mentor: { title: "mevr.", last: "Smit", school: "Bonhoeffer College" }, teacher: { word: "juf", first: "Naima" },
    pros: [pro("Hanneke", "Mulder", "Gemeente Enschede", "Consulent jeugd", "Regisseur", "053-4817700", "h.mulder@enschede.nl"),
      pro("Rachid", "Amezian", "Mediant", "Psychiater", "Behandelaar", "053-4755755", "r.amezian@mediant.nl"),
      pro("Sophie", "van der Meer", "Raad voor de Kinderbescherming", "Raadsonderzoeker", "Raadsonderzoeker", "088-0000000", "s.vandermeer@rvdk.nl")],
    newPro: { first: "Loes", last: "Wolters", org: "Mediant", initials: "LW" },
    gemeente: "Enschede", wijk: "Velve-Lindenhof", street: "Oldenzaalsestraat", village: "Boekelo", phone: "06-98765432", email: "f.bouzid@live.nl", bsn: "234567891",
  },
  {
    origin: "sy", child: { first: "Lina", last: "Haddad", age: 9, son: false }, initials: "LH", childListed: true,
    mother: { first: "Rania", last: "Haddad" }, father: { first: "Omar", last: "Al-Khatib", listed: false },
    sibling: { first: "Karim", word: "broer" }, kin: { word: "oma", first: "Samira" },
    mentor: { title: "mevrouw", last: "Dijkstra", school: "Kindcentrum De Vlinder" }, teacher: { word: "juf", first: "Roos" },
    pros: [pro("Jeroen", "Kamphuis", "Wijkteam Hengelo", "Jeugdconsulent", "Regisseur", "074-2459876", "j.kamphuis@hengelo.nl"),
      pro("Noor", "Alsayed", "Jarabee", "Gezinsbehandelaar", "Behandelaar", "06-55443322", "n.alsayed@jarabee.nl"),
      pro("Wendy", "Bakker", "Vluchtelingenwerk Oost", "Maatschappelijk begeleider", "Begeleider statushouders", "06-11223344", "w.bakker@vwon.nl")],
    newPro: { first: "Ahmad", last: "Darwish", org: "Jarabee", initials: "AD" },
    gemeente: "Hengelo", wijk: "Hasseler Es", street: "Enschedesestraat", village: "Beckum", phone: "+31 6 23456789", email: "rania.haddad90@gmail.com", bsn: "345678912",
  },
  {
    origin: "er", child: { first: "Yonas", last: "Tesfay", age: 16, son: true }, initials: "YT", childListed: false,
    mother: { first: "Selam", last: "Gebremedhin" }, father: { first: "Tesfay", last: "Haile", listed: false },
    sibling: { first: "Luwam", word: "zusje" }, kin: { word: "oom", first: "Berhane" },
    mentor: { title: "dhr.", last: "de Vries", school: "ROC van Twente" }, teacher: { word: "meester", first: "Henk" },
    pros: [pro("Annemiek", "Oosterhof", "Gemeente Almelo", "Jeugdconsulent", "Regisseur", "0546-541100", "a.oosterhof@almelo.nl"),
      pro("Dawit", "Kidane", "Pluryn", "Ambulant begeleider", "Begeleider", "06-33445566", "d.kidane@pluryn.nl"),
      pro("Gerrit", "Scholten", "Jeugdbescherming Overijssel", "Voogd", "Voogd", "088-1112223", "g.scholten@jbov.nl")],
    newPro: { first: "Saba", last: "Tekle", org: "Pluryn", initials: "ST" },
    gemeente: "Almelo", wijk: "Schelfhorst", street: "Grotestraat", village: "Bornerbroek", phone: "06-77889900", email: "selam.g@outlook.com", bsn: "456789123",
  },
  {
    origin: "pl", child: { first: "Kacper", last: "Nowak", age: 13, son: true }, initials: "KN", childListed: true,
    mother: { first: "Agnieszka", last: "Nowak" }, father: { first: "Tomasz", last: "Kowalski", listed: false },
    sibling: { first: "Zofia", word: "zusje" }, kin: { word: "oma", first: "Halina" },
    mentor: { title: "mw.", last: "Visser", school: "Het Erasmus" }, teacher: { word: "juf", first: "Els" },
    pros: [pro("Bas", "Wessels", "Wijkteam Borne", "Wijkcoach", "Regisseur", "074-2658000", "b.wessels@borne.nl"),
      pro("Magda", "Wiśniewska", "Ambiq", "Gezinshulpverlener", "Behandelaar", "06-44556677", "m.wisniewska@ambiq.nl"),
      pro("Eva", "Roelofs", "Leerplicht Twente", "Leerplichtambtenaar", "Leerplicht", "053-4811111", "e.roelofs@leerplicht.nl")],
    newPro: { first: "Krzysztof", last: "Zieliński", org: "Ambiq", initials: "KZ" },
    gemeente: "Borne", wijk: "Hofbrug", street: "Azelosestraat", village: "Zenderen", phone: "06 31 45 67 89", email: "a.nowak@wp.pl", bsn: "567891234",
  },
  {
    origin: "nl", child: { first: "Lotte", last: "Bosman", age: 12, son: false, second: "Marie" }, initials: "LB", childListed: true,
    mother: { first: "Ingrid", last: "Bosman" }, father: { first: "Erik", last: "Kuipers", listed: true },
    sibling: { first: "Jesse", word: "broer" }, kin: { word: "opa", first: "Gerard" },
    mentor: { title: "dhr.", last: "de Boer", school: "Twents Carmel College" }, teacher: { word: "meester", first: "Wim" },
    pros: [pro("Linda", "Groothuis", "Sociaal Team Oldenzaal", "Jeugdconsulent", "Regisseur", "0541-588123", "l.groothuis@oldenzaal.nl"),
      pro("Frank", "Bruggink", "Karakter", "Psycholoog", "Behandelaar", "088-1234999", "f.bruggink@karakter.nl"),
      pro("Mirjam", "Post", "Jeugdbescherming Overijssel", "Jeugdbeschermer", "Jeugdbeschermer", "088-3334445", "m.post@jbov.nl")],
    newPro: { first: "Roel", last: "Hofman", org: "Karakter", initials: "RH" },
    gemeente: "Oldenzaal", wijk: "De Thij", street: "Vondelstraat", village: "De Lutte", phone: "06-12312312", email: "ingrid.bosman@ziggo.nl", bsn: "678912345",
  },
  {
    origin: "tr", child: { first: "Zeynep", last: "Öztürk", age: 15, son: false }, initials: "ZÖ", childListed: false,
    mother: { first: "Hatice", last: "Öztürk" }, father: { first: "Murat", last: "Şahin", listed: true },
    sibling: { first: "Burak", word: "broer" }, kin: { word: "tante", first: "Emine" },
    mentor: { title: "mevr.", last: "Koster", school: "Het Hengelosch Lyceum" }, teacher: { word: "juf", first: "Merve" },
    pros: [pro("Tom", "Lansink", "Wijkteam Hengelo", "Jeugdconsulent", "Regisseur", "074-2459000", "t.lansink@hengelo.nl"),
      pro("Derya", "Çelik", "Accare", "Kinder- en jeugdpsycholoog", "Behandelaar", "088-2223334", "d.celik@accare.nl"),
      pro("Nienke", "Dekker", "GGD Twente", "Jeugdverpleegkundige", "Jeugdverpleegkundige", "053-4870000", "n.dekker@ggdtwente.nl")],
    newPro: { first: "Kerem", last: "Arslan", org: "Accare", initials: "KA" },
    gemeente: "Hengelo", wijk: "Berflo Es", street: "Deldenerstraat", village: "Hengevelde", phone: "06-90807060", email: "hatice.ozturk@hotmail.nl", bsn: "789123456",
  },
  {
    origin: "ma", child: { first: "Amira", last: "Benali", age: 10, son: false }, initials: "AB", childListed: true,
    mother: { first: "Samira", last: "Benali" }, father: { first: "Youssef", last: "Benali", listed: false },
    sibling: { first: "Ilyas", word: "broertje" }, kin: { word: "opa", first: "Abdelkader" },
    mentor: { title: "meneer", last: "Jansen", school: "Basisschool Het Kompas" }, teacher: { word: "juf", first: "Hafsa" },
    pros: [pro("Saskia", "Meijer", "Wijkteam Almelo", "Wijkcoach", "Regisseur", "0546-541999", "s.meijer@almelo.nl"),
      pro("Khalid", "Ouali", "Jarabee", "Gezinsbehandelaar", "Behandelaar", "06-56565656", "k.ouali@jarabee.nl"),
      pro("Peter", "Smeenk", "Veilig Thuis Twente", "Medewerker", "Veilig Thuis", "0800-2000", "p.smeenk@veiligthuistwente.nl")],
    newPro: { first: "Hanna", last: "Lubbers", org: "Jarabee", initials: "HL" },
    gemeente: "Almelo", wijk: "De Riet", street: "Ootmarsumsestraat", village: "Mariaparochie", phone: "06-24682468", email: "samira.benali@gmail.com", bsn: "891234567",
  },
  {
    origin: "sy", child: { first: "Adam", last: "Al-Masri", age: 17, son: true }, initials: "AA", childListed: false,
    mother: { first: "Huda", last: "Al-Masri" }, father: { first: "Bilal", last: "Al-Masri", listed: false },
    sibling: { first: "Maya", word: "zus" }, kin: { word: "oom", first: "Tarek" },
    mentor: { title: "dhr.", last: "Wolters", school: "ROC van Twente" }, teacher: { word: "meester", first: "Rik" },
    pros: [pro("Esther", "Nijhof", "Gemeente Hengelo", "Jeugdconsulent", "Regisseur", "074-2458888", "e.nijhof@hengelo.nl"),
      pro("Yara", "Hamwi", "Mediant", "GZ-psycholoog", "Behandelaar", "053-4755111", "y.hamwi@mediant.nl"),
      pro("Johan", "Stegeman", "Jeugdbescherming Overijssel", "Jeugdreclasseerder", "Jeugdreclassering", "088-4445556", "j.stegeman@jbov.nl")],
    newPro: { first: "Ruud", last: "Veldhuis", org: "Mediant", initials: "RV" },
    gemeente: "Hengelo", wijk: "Groot Driene", street: "Drienerstraat", village: "Oele", phone: "06-86420864", email: "huda.almasri@gmail.com", bsn: "912345678",
  },
  {
    origin: "er", child: { first: "Semhar", last: "Tekle", age: 14, son: false }, initials: "ST", childListed: true,
    mother: { first: "Senait", last: "Tekle" }, father: { first: "Mebrahtu", last: "Ghebre", listed: false },
    sibling: { first: "Filmon", word: "broertje" }, kin: { word: "tante", first: "Ruta" },
    mentor: { title: "mevrouw", last: "Hofstede", school: "Het Noordik" }, teacher: { word: "juf", first: "Sanne" },
    pros: [pro("Marloes", "Klein Velderman", "Gemeente Almelo", "Jeugdconsulent", "Regisseur", "0546-541888", "m.kleinvelderman@almelo.nl"),
      pro("Abraham", "Yohannes", "Pluryn", "Ambulant hulpverlener", "Behandelaar", "06-13579135", "a.yohannes@pluryn.nl"),
      pro("Joyce", "Lammers", "Leerplicht Twente", "Leerplichtambtenaar", "Leerplicht", "053-4812222", "j.lammers@leerplicht.nl")],
    newPro: { first: "Merhawi", last: "Berhe", org: "Pluryn", initials: "MB" },
    gemeente: "Almelo", wijk: "Nieuwstraatkwartier", street: "Bornsestraat", village: "Wierden", phone: "06-97531975", email: "senait.tekle@yahoo.com", bsn: "102030405",
  },
  {
    origin: "pl", child: { first: "Zuzanna", last: "Wójcik", age: 8, son: false }, initials: "ZW", childListed: false,
    mother: { first: "Katarzyna", last: "Wójcik" }, father: { first: "Piotr", last: "Wójcik", listed: true },
    sibling: { first: "Jakub", word: "broer" }, kin: { word: "opa", first: "Stanisław" },
    mentor: { title: "meneer", last: "Brouwer", school: "Basisschool De Wilgen" }, teacher: { word: "meester", first: "Joost" },
    pros: [pro("Anke", "Huisman", "Wijkteam Haaksbergen", "Jeugdconsulent", "Regisseur", "053-5734000", "a.huisman@haaksbergen.nl"),
      pro("Marta", "Lewandowska", "Ambiq", "Gezinshulpverlener", "Behandelaar", "06-11122233", "m.lewandowska@ambiq.nl"),
      pro("Dirk", "Kok", "GGD Twente", "Jeugdarts", "Jeugdarts", "053-4871111", "d.kok@ggdtwente.nl")],
    newPro: { first: "Ewa", last: "Kamińska", org: "Ambiq", initials: "EK" },
    gemeente: "Haaksbergen", wijk: "Wolferink", street: "Spoorstraat", village: "Buurse", phone: "06-55566677", email: "k.wojcik@onet.pl", bsn: "203040506",
  },
  {
    origin: "nl", child: { first: "Thijs", last: "Roelofsen", age: 16, son: true }, initials: "TR", childListed: false,
    mother: { first: "Petra", last: "Roelofsen" }, father: { first: "Hans", last: "Bos", listed: false },
    sibling: { first: "Roos", word: "zusje" }, kin: { word: "oma", first: "Jannie" },
    mentor: { title: "mevr.", last: "de Jong", school: "Pius X College" }, teacher: { word: "meester", first: "Koen" },
    pros: [pro("Wouter", "Kip", "Gemeente Twenterand", "Jeugdconsulent", "Regisseur", "0546-840840", "w.kip@twenterand.nl"),
      pro("Maaike", "Vos", "Accare", "Orthopedagoog", "Behandelaar", "088-2229999", "m.vos@accare.nl"),
      pro("Ronald", "Tijhuis", "Raad voor de Kinderbescherming", "Raadsonderzoeker", "Raadsonderzoeker", "088-1110000", "r.tijhuis@rvdk.nl")],
    newPro: { first: "Femke", last: "Haverkate", org: "Accare", initials: "FH" },
    gemeente: "Twenterand", wijk: "Vriezenveen-Oost", street: "Westeinde", village: "Westerhaar", phone: "06-23232323", email: "petra.roelofsen@kpnmail.nl", bsn: "304050607",
  },
  {
    origin: "tr", child: { first: "Yusuf", last: "Doğan", age: 12, son: true }, initials: "YD", childListed: true,
    mother: { first: "Fadime", last: "Doğan" }, father: { first: "Serkan", last: "Doğan", listed: false },
    sibling: { first: "Ecrin", word: "zusje" }, kin: { word: "oma", first: "Zehra" },
    mentor: { title: "dhr.", last: "Koç", school: "Het Assink Lyceum" }, teacher: { word: "juf", first: "Ilse" },
    pros: [pro("Carla", "Ten Dam", "Gemeente Haaksbergen", "Jeugdconsulent", "Regisseur", "053-5739000", "c.tendam@haaksbergen.nl"),
      pro("Emre", "Yıldız", "Karakter", "Gedragswetenschapper", "Behandelaar", "088-1237777", "e.yildiz@karakter.nl"),
      pro("Marian", "Leferink", "Entrea Lindenhout", "Gezinshuisouder", "Gezinshuis", "06-34343434", "m.leferink@entrealindenhout.nl")],
    newPro: { first: "Ali", last: "Güneş", org: "Karakter", initials: "AG" },
    gemeente: "Haaksbergen", wijk: "Honesch", street: "Hibbertsweg", village: "Sint Isidorushoeve", phone: "06-45454545", email: "fadime.dogan@hotmail.com", bsn: "405060708",
  },
  {
    origin: "ma", child: { first: "Nour", last: "Ait Haddou", age: 13, son: false }, initials: "NA", childListed: false,
    mother: { first: "Latifa", last: "Ait Haddou" }, father: { first: "Hassan", last: "Ait Haddou", listed: true },
    sibling: { first: "Soufiane", word: "broer" }, kin: { word: "tante", first: "Zineb" },
    mentor: { title: "mevr.", last: "Bakker", school: "Het Bataafs Lyceum" }, teacher: { word: "meester", first: "Mustafa" },
    pros: [pro("Remco", "Pots", "Wijkteam Hengelo", "Wijkcoach", "Regisseur", "074-2451234", "r.pots@hengelo.nl"),
      pro("Ikram", "Bennani", "Ambiq", "Ambulant hulpverlener", "Behandelaar", "06-67676767", "i.bennani@ambiq.nl"),
      pro("Monique", "Schuttert", "Jeugdbescherming Overijssel", "Jeugdbeschermer", "Jeugdbeschermer", "088-5556667", "m.schuttert@jbov.nl")],
    newPro: { first: "Dounia", last: "Chaouch", org: "Ambiq", initials: "DC" },
    gemeente: "Hengelo", wijk: "Wilderinkshoek", street: "Tuindorpstraat", village: "Woolde", phone: "06-78787878", email: "latifa.aithaddou@gmail.com", bsn: "506070809",
  },
  {
    origin: "sy", child: { first: "Rama", last: "Khalil", age: 7, son: false }, initials: "RK", childListed: true,
    mother: { first: "Dima", last: "Khalil" }, father: { first: "Fadi", last: "Khalil", listed: true },
    sibling: { first: "Jad", word: "broertje" }, kin: { word: "opa", first: "Mahmoud" },
    mentor: { title: "meneer", last: "Mensink", school: "Basisschool Sint Jozef" }, teacher: { word: "juf", first: "Dana" },
    pros: [pro("Inge", "Wigger", "Gemeente Oldenzaal", "Jeugdconsulent", "Regisseur", "0541-588999", "i.wigger@oldenzaal.nl"),
      pro("Nadia", "Zahra", "Jarabee", "Gezinsbehandelaar", "Behandelaar", "06-89898989", "n.zahra@jarabee.nl"),
      pro("Gert", "Oude Vrielink", "GGD Twente", "Jeugdarts", "Jeugdarts", "053-4872222", "g.oudevrielink@ggdtwente.nl")],
    newPro: { first: "Ghassan", last: "Nasser", org: "Jarabee", initials: "GN" },
    gemeente: "Oldenzaal", wijk: "Zuidwest", street: "Molenstraat", village: "Lemselo", phone: "06-90909090", email: "dima.khalil@gmail.com", bsn: "607080901",
  },
  {
    origin: "er", child: { first: "Robel", last: "Abraha", age: 17, son: true }, initials: "RA", childListed: true,
    mother: { first: "Helen", last: "Woldu" }, father: { first: "Abraha", last: "Kahsay", listed: false },
    sibling: { first: "Winta", word: "zus" }, kin: { word: "oom", first: "Yohannes" },
    mentor: { title: "dhr.", last: "Ruiter", school: "ROC van Twente" }, teacher: { word: "meester", first: "Erwin" },
    pros: [pro("Chantal", "Vrielink", "Gemeente Enschede", "Jeugdconsulent", "Regisseur", "053-4819000", "c.vrielink@enschede.nl"),
      pro("Filmon", "Asmerom", "Pluryn", "Mentor beschermd wonen", "Begeleider", "06-12121212", "f.asmerom@pluryn.nl"),
      pro("Hester", "Blokhuis", "Nidos", "Voogd", "Voogd", "030-2345678", "h.blokhuis@nidos.nl")],
    newPro: { first: "Mussie", last: "Tesfamariam", org: "Pluryn", initials: "MT" },
    gemeente: "Enschede", wijk: "Wesselerbrink", street: "Gronausestraat", village: "Lonneker", phone: "06-31313131", email: "robel.abraha@gmail.com", bsn: "708090102",
  },
  {
    origin: "pl", child: { first: "Oliwia", last: "Kamińska", age: 15, son: false }, initials: "OK", childListed: false,
    mother: { first: "Joanna", last: "Kamińska" }, father: { first: "Marek", last: "Kamiński", listed: false },
    sibling: { first: "Filip", word: "broertje" }, kin: { word: "oma", first: "Danuta" },
    mentor: { title: "mevrouw", last: "Hendriks", school: "Het Twickel College" }, teacher: { word: "juf", first: "Marloes" },
    pros: [pro("Sander", "Eshuis", "Wijkteam Hof van Twente", "Jeugdconsulent", "Regisseur", "0547-858585", "s.eshuis@hofvantwente.nl"),
      pro("Agata", "Mazur", "Mediant", "Sociaal psychiatrisch verpleegkundige", "Behandelaar", "053-4755333", "a.mazur@mediant.nl"),
      pro("Bert", "Leusink", "Leerplicht Twente", "Leerplichtambtenaar", "Leerplicht", "053-4813333", "b.leusink@leerplicht.nl")],
    newPro: { first: "Paweł", last: "Wróbel", org: "Mediant", initials: "PW" },
    gemeente: "Hof van Twente", wijk: "Goor-Noord", street: "Deldensestraat", village: "Markelo", phone: "06-42424242", email: "joanna.kaminska@o2.pl", bsn: "809010203",
  },
  {
    origin: "mix", child: { first: "Noah", last: "van Dijk", age: 6, son: true }, initials: "NvD", childListed: true,
    mother: { first: "Esra", last: "Kılıç" }, father: { first: "Martijn", last: "van Dijk", listed: true },
    sibling: { first: "Mila", word: "zusje" }, kin: { word: "opa", first: "Cor" },
    mentor: { title: "mw.", last: "Boerrigter", school: "Kindcentrum Het Palet" }, teacher: { word: "juf", first: "Kim" },
    pros: [pro("Rianne", "Stoffers", "Gemeente Rijssen-Holten", "Jeugdconsulent", "Regisseur", "0548-854854", "r.stoffers@rijssen-holten.nl"),
      pro("Bram", "Reef", "Karakter", "Kinderpsychiater", "Behandelaar", "088-1236666", "b.reef@karakter.nl"),
      pro("Lieke", "Nijkamp", "Kinderopvang Humankind", "Pedagogisch medewerker", "Opvang", "06-56785678", "l.nijkamp@humankind.nl")],
    newPro: { first: "Stefan", last: "Bouwhuis", org: "Karakter", initials: "SB" },
    gemeente: "Rijssen-Holten", wijk: "Het Opbroek", street: "Haarstraat", village: "Holten", phone: "06-67896789", email: "esra.kilic@gmail.com", bsn: "901020304",
  },
  {
    origin: "nl", child: { first: "Jesse", last: "Visser", age: 11, son: true }, initials: "JV", childListed: false,
    mother: { first: "Roos", last: "Visser" }, father: { first: "Dennis", last: "Bos", listed: true },
    sibling: { first: "Fenna", word: "zusje" }, kin: { word: "tante", first: "Els" },
    mentor: { title: "meneer", last: "Bos", school: "Basisschool De Es" }, teacher: { word: "meester", first: "Gijs" },
    pros: [pro("Marjolein", "Veneklaas", "Wijkteam Losser", "Wijkcoach", "Regisseur", "053-5377377", "m.veneklaas@losser.nl"),
      pro("Harm", "Assink", "Ambiq", "Gezinshulpverlener", "Behandelaar", "06-78907890", "h.assink@ambiq.nl"),
      pro("Tessa", "Rouwenhorst", "GGD Twente", "Jeugdverpleegkundige", "Jeugdverpleegkundige", "053-4873333", "t.rouwenhorst@ggdtwente.nl")],
    newPro: { first: "Anne", last: "de Jong", org: "Ambiq", initials: "AJ" },
    gemeente: "Losser", wijk: "Het Hof", street: "Gronausestraat", village: "Overdinkel", phone: "06-89018901", email: "roosvisser@gmail.com", bsn: "112233445",
  },
  {
    origin: "tr", child: { first: "Ayla", last: "Aksoy", age: 16, son: false }, initials: "AA", childListed: false,
    mother: { first: "Songül", last: "Aksoy" }, father: { first: "Orhan", last: "Aksoy", listed: false },
    sibling: { first: "Kaan", word: "broertje" }, kin: { word: "opa", first: "Hüseyin" },
    mentor: { title: "dhr.", last: "Ter Haar", school: "Het Scala College" }, teacher: { word: "juf", first: "Gül" },
    pros: [pro("Debora", "Hulshof", "Gemeente Almelo", "Jeugdconsulent", "Regisseur", "0546-541777", "d.hulshof@almelo.nl"),
      pro("Cem", "Polat", "Accare", "GZ-psycholoog", "Behandelaar", "088-2228888", "c.polat@accare.nl"),
      pro("Jolanda", "Wesselink", "Jeugdbescherming Overijssel", "Jeugdbeschermer", "Jeugdbeschermer", "088-6667778", "j.wesselink@jbov.nl")],
    newPro: { first: "Büşra", last: "Kurt", org: "Accare", initials: "BK" },
    gemeente: "Almelo", wijk: "Sluitersveld", street: "Violierstraat", village: "Bornerbroek", phone: "06-90129012", email: "songul.aksoy@outlook.com", bsn: "223344556",
  },
  {
    origin: "ma", child: { first: "Ibrahim", last: "Azzouzi", age: 14, son: true }, initials: "IA", childListed: true,
    mother: { first: "Naima", last: "Azzouzi" }, father: { first: "Abdel", last: "Azzouzi", listed: false },
    sibling: { first: "Salma", word: "zus" }, kin: { word: "oma", first: "Aicha" },
    mentor: { title: "mevr.", last: "Brink", school: "Het Bonhoeffer College" }, teacher: { word: "meester", first: "Driss" },
    pros: [pro("Vera", "Overbeek", "Gemeente Enschede", "Jeugdconsulent", "Regisseur", "053-4818000", "v.overbeek@enschede.nl"),
      pro("Hamid", "El Idrissi", "Mediant", "Systeemtherapeut", "Behandelaar", "053-4755222", "h.elidrissi@mediant.nl"),
      pro("Arjan", "Kroeze", "Halt Twente", "Medewerker Halt", "Halt", "053-4814444", "a.kroeze@halt.nl")],
    newPro: { first: "Yasmina", last: "Tahiri", org: "Mediant", initials: "YT" },
    gemeente: "Enschede", wijk: "Twekkelerveld", street: "Hengelosestraat", village: "Usselo", phone: "06-01230123", email: "naima.azzouzi@hotmail.com", bsn: "334455667",
  },
  {
    origin: "sy", child: { first: "Hamza", last: "Sabbagh", age: 12, son: true }, initials: "HS", childListed: false,
    mother: { first: "Reem", last: "Sabbagh" }, father: { first: "Walid", last: "Sabbagh", listed: true },
    sibling: { first: "Layla", word: "zusje" }, kin: { word: "tante", first: "Hiba" },
    mentor: { title: "dhr.", last: "Oldenhof", school: "Het Marianum" }, teacher: { word: "juf", first: "Lotte" },
    pros: [pro("Mark", "Brinkhuis", "Wijkteam Oost Gelre", "Jeugdconsulent", "Regisseur", "0544-393939", "m.brinkhuis@oostgelre.nl"),
      pro("Lama", "Zein", "Jarabee", "Gezinsbehandelaar", "Behandelaar", "06-32103210", "l.zein@jarabee.nl"),
      pro("Harry", "Wopereis", "Vluchtelingenwerk Oost", "Maatschappelijk begeleider", "Begeleider statushouders", "06-43214321", "h.wopereis@vwon.nl")],
    newPro: { first: "Rami", last: "Saleh", org: "Jarabee", initials: "RS" },
    gemeente: "Oost Gelre", wijk: "Lichtenvoorde-Zuid", street: "Varsseveldseweg", village: "Harreveld", phone: "06-54325432", email: "reem.sabbagh@gmail.com", bsn: "445566778",
  },
  {
    origin: "er", child: { first: "Feven", last: "Mehari", age: 10, son: false }, initials: "FM", childListed: false,
    mother: { first: "Yordanos", last: "Mehari" }, father: { first: "Kibrom", last: "Gebreyesus", listed: false },
    sibling: { first: "Natnael", word: "broer" }, kin: { word: "oma", first: "Letensae" },
    mentor: { title: "meneer", last: "Timmer", school: "Basisschool De Zonnewijzer" }, teacher: { word: "juf", first: "Lisa" },
    pros: [pro("Judith", "Poorthuis", "Wijkteam Hengelo", "Jeugdconsulent", "Regisseur", "074-2457777", "j.poorthuis@hengelo.nl"),
      pro("Tsegay", "Habte", "Ambiq", "Ambulant hulpverlener", "Behandelaar", "06-65436543", "t.habte@ambiq.nl"),
      pro("Wilma", "Steggink", "GGD Twente", "Jeugdverpleegkundige", "Jeugdverpleegkundige", "053-4874444", "w.steggink@ggdtwente.nl")],
    newPro: { first: "Eden", last: "Russom", org: "Ambiq", initials: "ER" },
    gemeente: "Hengelo", wijk: "Nijverheid", street: "Bornsestraat", village: "Oele", phone: "06-76547654", email: "yordanos.m@gmail.com", bsn: "556677889",
  },
  {
    origin: "pl", child: { first: "Mateusz", last: "Zieliński", age: 17, son: true }, initials: "MZ", childListed: true,
    mother: { first: "Beata", last: "Zielińska" }, father: { first: "Grzegorz", last: "Zieliński", listed: true },
    sibling: { first: "Maja", word: "zus" }, kin: { word: "oom", first: "Andrzej" },
    mentor: { title: "dhr.", last: "Koster", school: "ROC van Twente" }, teacher: { word: "meester", first: "Frits" },
    pros: [pro("Yvonne", "Ter Huurne", "Gemeente Hellendoorn", "Jeugdconsulent", "Regisseur", "0548-630630", "y.terhuurne@hellendoorn.nl"),
      pro("Ania", "Kaczmarek", "Tactus", "Verslavingsarts", "Behandelaar", "0570-666666", "a.kaczmarek@tactus.nl"),
      pro("Edwin", "Rikkerink", "Jeugdbescherming Overijssel", "Jeugdreclasseerder", "Jeugdreclassering", "088-7778889", "e.rikkerink@jbov.nl")],
    newPro: { first: "Michał", last: "Dąbrowski", org: "Tactus", initials: "MD" },
    gemeente: "Hellendoorn", wijk: "Nijverdal-Noord", street: "Grotestraat", village: "Haarle", phone: "06-87658765", email: "beata.zielinska@interia.pl", bsn: "667788990",
  },
  {
    origin: "nl", child: { first: "Fleur", last: "Nijland", age: 13, son: false }, initials: "FN", childListed: true,
    mother: { first: "Monique", last: "Nijland" }, father: { first: "Rob", last: "Nijland", listed: false },
    sibling: { first: "Sem", word: "broertje" }, kin: { word: "oma", first: "Riek" },
    mentor: { title: "mevrouw", last: "Visser", school: "Het Reggesteyn" }, teacher: { word: "juf", first: "Roos" },
    pros: [pro("Patrick", "Westerhof", "Gemeente Wierden", "Jeugdconsulent", "Regisseur", "0546-580580", "p.westerhof@wierden.nl"),
      pro("Sabine", "Egberink", "Accare", "Psycholoog", "Behandelaar", "088-2227777", "s.egberink@accare.nl"),
      pro("Gerben", "Wiggers", "Raad voor de Kinderbescherming", "Raadsonderzoeker", "Raadsonderzoeker", "088-1119999", "g.wiggers@rvdk.nl")],
    newPro: { first: "Lonneke", last: "Kuiper", org: "Accare", initials: "LK" },
    gemeente: "Wierden", wijk: "De Lage Es", street: "Rijssensestraat", village: "Enter", phone: "06-98769876", email: "monique.nijland@planet.nl", bsn: "778899001",
  },
  {
    origin: "mix", child: { first: "Sara", last: "Bakker", age: 15, son: false }, initials: "SB", childListed: false,
    mother: { first: "Karima", last: "Ouahbi" }, father: { first: "Jeroen", last: "Bakker", listed: false },
    sibling: { first: "Adam", word: "broertje" }, kin: { word: "opa", first: "Driss" },
    mentor: { title: "dhr.", last: "Smit", school: "Het Stedelijk Lyceum" }, teacher: { word: "meester", first: "Paul" },
    pros: [pro("Ellen", "Lenferink", "Wijkteam Enschede", "Wijkcoach", "Regisseur", "053-4816000", "e.lenferink@enschede.nl"),
      pro("Samir", "Boukhari", "Karakter", "Gedragswetenschapper", "Behandelaar", "088-1235555", "s.boukhari@karakter.nl"),
      pro("Anja", "Hofstee", "Leerplicht Twente", "Leerplichtambtenaar", "Leerplicht", "053-4815555", "a.hofstee@leerplicht.nl")],
    newPro: { first: "Els", last: "Roosendaal", org: "Karakter", initials: "ER" },
    gemeente: "Enschede", wijk: "Roombeek", street: "Roomweg", village: "Glanerbrug", phone: "06-10981098", email: "karima.ouahbi@gmail.com", bsn: "889900112",
  },
  {
    origin: "tr", child: { first: "Mert", last: "Kaya", age: 9, son: true }, initials: "MK", childListed: true,
    mother: { first: "Gülsen", last: "Kaya" }, father: { first: "Ahmet", last: "Kaya", listed: true },
    sibling: { first: "Defne", word: "zus" }, kin: { word: "tante", first: "Sevim" },
    mentor: { title: "mw.", last: "Nijenhuis", school: "Basisschool De Wonnebald" }, teacher: { word: "juf", first: "Yasemin" },
    pros: [pro("Niels", "Grootenhuis", "Gemeente Dinkelland", "Jeugdconsulent", "Regisseur", "0541-854854", "n.grootenhuis@dinkelland.nl"),
      pro("Aylin", "Koçak", "Jarabee", "Gezinsbehandelaar", "Behandelaar", "06-21092109", "a.kocak@jarabee.nl"),
      pro("Martin", "Dijkhuis", "Huisartsenpraktijk Weerselo", "Huisarts", "Huisarts", "0541-661234", "m.dijkhuis@hapweerselo.nl")],
    newPro: { first: "Oğuz", last: "Erdem", org: "Jarabee", initials: "OE" },
    gemeente: "Dinkelland", wijk: "Denekamp-Zuid", street: "Oldenzaalsestraat", village: "Weerselo", phone: "06-32193219", email: "gulsen.kaya@hotmail.com", bsn: "990011223",
  },
  {
    origin: "ma", child: { first: "Rayan", last: "Chaouch", age: 8, son: true }, initials: "RC", childListed: false,
    mother: { first: "Hanan", last: "Chaouch" }, father: { first: "Karim", last: "Chaouch", listed: false },
    sibling: { first: "Imane", word: "zus" }, kin: { word: "oom", first: "Mustapha" },
    mentor: { title: "mevrouw", last: "Bos", school: "Basisschool De Bron" }, teacher: { word: "juf", first: "Els" },
    pros: [pro("Margriet", "Bolscher", "Wijkteam Almelo", "Wijkcoach", "Regisseur", "0546-541666", "m.bolscher@almelo.nl"),
      pro("Mohamed", "Ezzahri", "Ambiq", "Ambulant hulpverlener", "Behandelaar", "06-43204320", "m.ezzahri@ambiq.nl"),
      pro("Iris", "Kleinheerenbrink", "Veilig Thuis Twente", "Medewerker", "Veilig Thuis", "0800-2000", "i.kleinheerenbrink@veiligthuistwente.nl")],
    newPro: { first: "Sanne", last: "Lohuis", org: "Ambiq", initials: "SL" },
    gemeente: "Almelo", wijk: "Ossenkoppelerhoek", street: "Vriezenveenseweg", village: "Aadorp", phone: "06-54315431", email: "hanan.chaouch@gmail.com", bsn: "100200300",
  },
  {
    origin: "nl", child: { first: "Daan", last: "ten Brinke", age: 10, son: true }, initials: "DB", childListed: false,
    mother: { first: "Sandra", last: "ten Brinke" }, father: { first: "Rick", last: "de Jong", listed: false },
    sibling: { first: "Lieke", word: "zus" }, kin: { word: "opa", first: "Bennie" },
    mentor: { title: "meneer", last: "de Jong", school: "Basisschool De Esch" }, teacher: { word: "juf", first: "Marieke" },
    pros: [pro("Hilde", "Wolbert", "Gemeente Tubbergen", "Jeugdconsulent", "Regisseur", "0546-628000", "h.wolbert@tubbergen.nl"),
      pro("Koen", "Morsink", "Ambiq", "Gezinshulpverlener", "Behandelaar", "06-65426542", "k.morsink@ambiq.nl"),
      pro("Yvette", "Pierik", "GGD Twente", "Jeugdarts", "Jeugdarts", "053-4875555", "y.pierik@ggdtwente.nl")],
    newPro: { first: "Bas", last: "Visser", org: "Ambiq", initials: "BV" },
    gemeente: "Tubbergen", wijk: "Reutum", street: "Uelserweg", village: "Albergen", phone: "06-76537653", email: "sandra.tenbrinke@gmail.com", bsn: "200300400",
  },
];

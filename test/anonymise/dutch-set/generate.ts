// Builds the Dutch test set (tune.txt, heldout.txt): varied free text that was not written around
// the handreiking's template, with every identifier annotated as [[category:text]]. Each text
// starts with a line "# id client=XY" (the child's initials, as the form holds them). The two
// halves use disjoint pools (pools.ts) and different sentences; the recogniser is never tuned on
// the held-out half. Run: node scripts/ts-run.cjs test/anonymise/dutch-set/generate.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  age,
  bsn,
  date,
  email,
  handle,
  houseNumber,
  iban,
  phone,
  pickOf,
  postcode,
  seeded,
  url,
  type Rand,
} from "./formats";
import { HELDOUT, TUNE, type Pools } from "./pools";

interface Person {
  first: string;
  last: string;
}

const m = (category: string, text: string): string => `[[${category}:${text}]]`;
const cap = (s: string): string => s.charAt(0).toLocaleUpperCase("nl") + s.slice(1);
const PARTICLE = /^(van|de|der|den|ter|ten|te|in|'t|het)$/u;
const core = (last: string): string =>
  last
    .split(" ")
    .filter((w) => !PARTICLE.test(w))
    .join(" ");

export interface Doc {
  id: string;
  client: string;
  marked: string;
}

/** What one text draws from its half's pools. */
class Cast {
  readonly pick: <T>(xs: readonly T[]) => T;
  readonly child: Person;
  readonly son: boolean;
  constructor(
    readonly r: Rand,
    readonly pools: Pools,
  ) {
    this.pick = pickOf(r);
    this.son = r() < 0.5;
    this.child = { first: this.pick(this.son ? pools.boys : pools.girls), last: this.pick(pools.surnames) };
  }
  get initials(): string {
    return (this.child.first.charAt(0) + core(this.child.last).charAt(0)).toLocaleUpperCase("nl");
  }
  adult(): Person {
    return { first: this.pick(this.pools.adults), last: this.pick(this.pools.surnames) };
  }
  kid(): Person {
    return { first: this.pick(this.r() < 0.5 ? this.pools.boys : this.pools.girls), last: this.child.last };
  }
  /** A full name: "Lotte Bakker", "Jan van der Meer". */
  full(p: Person): string {
    return m("persoon", `${p.first} ${p.last}`);
  }
  first(p: Person): string {
    return m("persoon", p.first);
  }
  /** A professional as a title, initials or a full name: "mevr. Kok", "dhr. J. Bos", "dr. H.M. Smit", "K Bakker". */
  pro(p: Person): string {
    const i1 = `${p.first.charAt(0)}.`;
    const i2 = `${p.first.charAt(0)}.${this.pick("ABCDEGHJKLMPRSTW".split(""))}.`;
    const bare = cap(p.last);
    return this.pick([
      `mevr. ${m("persoon", bare)}`,
      `dhr. ${m("persoon", `${i1} ${p.last}`)}`,
      `dr. ${m("persoon", `${i2} ${p.last}`)}`,
      m("persoon", `${i1} ${p.last}`),
      m("persoon", `${i2} ${p.last}`),
      m("persoon", `${p.first.charAt(0)} ${bare}`),
      `mw. ${m("persoon", bare)}`,
      `meneer ${m("persoon", bare)}`,
      `mr. ${m("persoon", `${i1} ${bare}`)}`,
      `drs. ${m("persoon", `${p.first} ${p.last}`)}`,
      `ir. ${m("persoon", `${i2} ${bare}`)}`,
      `prof. ${m("persoon", `${i1} ${p.last}`)}`,
      this.full(p),
    ]);
  }
  /** A surname that starts a sentence, with its particle capitalised: "Ter Horst belde". */
  startSurname(p: Person): string {
    return m("persoon", cap(p.last));
  }
  /** Mixed-case initials as people sign notes: "JvdM", "LB". */
  signature(p: Person): string {
    const words = p.last.split(" ");
    const letters = words.map((w) => (PARTICLE.test(w) ? w.charAt(0).toLocaleLowerCase("nl") : w.charAt(0))).join("");
    return m("persoon", `${p.first.charAt(0)}${letters}`);
  }
  date(): string {
    return m("datum", date(this.r));
  }
  age(): string {
    return m("leeftijd", age(this.r));
  }
  phone(): string {
    return m("telefoon", phone(this.r));
  }
  email(p: Person): string {
    return m("email", email(this.r, p.first, core(p.last)));
  }
  handle(p: Person): string {
    return m("handle", handle(this.r, p.first, core(p.last)));
  }
  url(p: Person): string {
    return m("url", url(this.r, p.first, core(p.last)));
  }
  bsn(): string {
    return m("bsn", bsn(this.r));
  }
  iban(): string {
    return m("iban", iban(this.r));
  }
  place(): string {
    return m("plaats", this.pick(this.pools.places));
  }
  address(): string {
    return m("adres", `${this.pick(this.pools.streets)} ${houseNumber(this.r)}`);
  }
  street(): string {
    return m("adres", this.pick(this.pools.streets));
  }
  postcode(): string {
    return m("postcode", postcode(this.r));
  }
  /** "basisschool De Regenboog": an article in front stays outside the annotation. */
  school(): string {
    return this.institution(this.pick(this.pools.schools));
  }
  care(): string {
    return this.institution(this.pick(this.pools.care));
  }
  hospital(): string {
    return this.institution(this.pick(this.pools.hospitals));
  }
  private institution(name: string): string {
    const article = /^(het|de) /u.exec(name);
    return article ? `${article[0]}${m("instelling", name.slice(article[0].length))}` : m("instelling", name);
  }
}

type Template = (c: Cast) => string;

/** Texts for the tuning half: case notes, e-mails, WhatsApp messages, lists. */
const TUNE_TEXTS: Template[] = [
  (c) => {
    const mo = c.adult();
    const pro = c.adult();
    return `Telefoonnotitie ${c.date()}\n${c.full(c.child)} (${c.age()}) woont met moeder ${c.first(mo)} aan de ${c.address()} in ${c.place()}. Moeder belde om 9 uur: ${c.first(c.child)} heeft al een week niet geslapen. ${c.startSurname(pro)} van ${c.care()} komt ${c.date()} op huisbezoek. Terugbellen op ${c.phone()}.`;
  },
  (c) => {
    const mo = c.adult();
    const juf = c.adult();
    return `Van: ${c.full(mo)} <${c.email(mo)}>\nOnderwerp: afspraak ${c.first(c.child)}\n\nBeste ${c.pro(juf)},\n\nZoals besproken op ${c.date()} gaat ${c.first(c.child)} vanaf volgende week naar ${c.school()}. Kunt u het verslag sturen naar ${c.email(mo)}? Ons nieuwe adres is ${c.address()}, ${c.postcode()} ${c.place()}.\n\nMet vriendelijke groet,\n${c.full(mo)}`;
  },
  (c) => {
    const sib = c.kid();
    const friend = c.kid();
    return `[${c.date()} 21:14] ${c.first(c.child)}: ik ga niet meer naar ${c.first(friend)} hoor\n[21:15] ${c.first(sib)}: waarom niet dan\n[21:15] ${c.first(c.child)}: ze zet alles op insta ${c.handle(c.child)} kijk maar\n[21:17] ${c.first(sib)}: bel me ff ${c.phone()}`;
  },
  (c) => {
    const a = c.adult();
    const b = c.adult();
    const d = c.adult();
    return `Aanwezig bij het overleg:\n- ${c.pro(a)}, jeugdarts ${c.hospital()}\n- ${c.pro(b)}, intern begeleider ${c.school()}\n- ${c.full(d)}, wijkcoach\nAfwezig: ${c.pro(c.adult())} (${c.care()}).\nVolgende keer op ${c.date()}, locatie ${c.address()}.`;
  },
  (c) => {
    const mo = c.adult();
    return `${c.first(c.child)} is een ${c.age()} ${c.son ? "jongen" : "meisje"} uit ${c.place()}. ${c.first(c.child)} zit in groep 6 van ${c.school()}. Moeder ${c.full(mo)} werkt bij ${c.hospital()} en is bereikbaar op ${c.phone()}. BSN ${c.first(c.child)}: ${c.bsn()}.`;
  },
  (c) => {
    const pro = c.adult();
    const vader = c.adult();
    return `${c.startSurname(pro)} zei dat vader ${c.full(vader)} sinds ${c.date()} in ${c.place()} woont. Volgens ${c.pro(c.adult())} is dat niet veilig. Vader heeft een nieuwe partner, ${c.first(c.adult())}, en een rekening op ${c.iban()}. ${c.signature(pro)}`;
  },
  (c) => {
    const oma = c.adult();
    return `Oma ${c.first(oma)} brengt ${c.first(c.child)} elke woensdag naar zwemles in ${c.place()}. Ze woont aan de ${c.street()}. ${c.first(c.child)} vertelde dat oma soms boos wordt. Gesprek gepland ${c.date()} met ${c.pro(c.adult())} van ${c.care()}.`;
  },
  (c) => {
    const mentor = c.adult();
    return `Verslag schoolgesprek ${c.date()}\nMentor ${c.full(mentor)} ziet dat ${c.first(c.child)} (${c.age()}) vaak te laat komt. ${c.startSurname(mentor)} stelt voor om ${c.first(c.child)} aan te melden bij ${c.care()}. Contact via ${c.email(mentor)} of ${c.phone()}.`;
  },
  (c) => {
    const p1 = c.adult();
    return `Ik heb ${c.first(c.child)} gevonden op ${c.url(c.child)} en ${c.handle(c.child)}. Daar staan foto's van het huis aan de ${c.address()} in ${c.place()}. Moeder is ingelicht door ${c.pro(p1)} op ${c.date()}.`;
  },
  (c) => {
    const ouder = c.adult();
    const huisarts = c.adult();
    return `${c.first(c.child)} is op ${c.date()} gezien in ${c.hospital()} door ${c.pro(huisarts)}. Geboortedatum: ${c.date()}. Ouder: ${c.full(ouder)}, ${c.address()}, ${c.postcode()} ${c.place()}, tel. ${c.phone()}.`;
  },
  (c) => {
    const a = c.adult();
    return `Samenvatting: ${c.full(c.child)}, ${c.age()}, BSN ${c.bsn()}. Verwezen door ${c.pro(a)} (${c.care()}) op ${c.date()}. Eerder in behandeling bij ${c.care()} in ${c.place()}. Rekeningnummer ouders voor de PGB: ${c.iban()}.`;
  },
  (c) => {
    const bro = c.kid();
    const mo = c.adult();
    return `${c.first(bro)} (broer, ${c.age()}) en ${c.first(c.child)} slapen op één kamer. ${c.startSurname(mo)} wil verhuizen naar ${c.place()}. "Ik wil hier weg," zei ${c.first(mo)} op ${c.date()}. Huisbezoek door ${c.pro(c.adult())} staat voor ${c.date()}.`;
  },
];

/** Texts for the held-out half: other genres and sentences. */
const HELDOUT_TEXTS: Template[] = [
  (c) => {
    const pro = c.adult();
    const mo = c.adult();
    return `Gespreksverslag\nDatum: ${c.date()}\nAanwezig: ${c.full(mo)} (moeder), ${c.pro(pro)} (${c.care()})\n${c.first(mo)} vertelt dat ${c.first(c.child)} sinds ${c.date()} niet meer eet. De huisarts in ${c.place()} heeft doorverwezen naar ${c.hospital()}.`;
  },
  (c) => {
    const leraar = c.adult();
    return `> Op ${c.date()} schreef ${c.full(leraar)} <${c.email(leraar)}>:\n> ${c.first(c.child)} was vandaag weer niet op ${c.school()}. Kunt u mij bellen op ${c.phone()}?\n\nDag meester ${c.first(leraar)}, ${c.first(c.child)} is ziek. Groet, ${c.full(c.adult())}`;
  },
  (c) => {
    const vr = c.kid();
    return `${c.first(vr)}: heb je ${c.first(c.child)} gezien?\n${c.first(vr)}: ze stond in ${c.place()} bij het station\nIk: volg haar op ${c.handle(c.child)}\n${c.first(vr)}: of op ${c.url(c.child)}`;
  },
  (c) => {
    const a = c.adult();
    const b = c.adult();
    return `Actiepunten\n1. ${c.pro(a)} neemt contact op met ${c.hospital()} (voor ${c.date()}).\n2. ${c.startSurname(b)} regelt vervoer naar ${c.school()}.\n3. Moeder geeft het nieuwe nummer ${c.phone()} door.\n4. Evaluatie op ${c.date()} in ${c.place()}.`;
  },
  (c) => {
    const va = c.adult();
    return `De ${c.age()} ${c.first(c.child)} woont sinds ${c.date()} bij vader ${c.full(va)} aan de ${c.address()}, ${c.postcode()} ${c.place()}. Vader werkt in ${c.place()} en is slecht bereikbaar.`;
  },
  (c) => {
    const ggz = c.adult();
    return `${c.startSurname(ggz)} (${c.care()}) belde op ${c.date()}: de intake voor ${c.full(c.child)}, BSN ${c.bsn()}, is rond. ${c.first(c.child)} kan vanaf ${c.date()} terecht in ${c.place()}. Mail: ${c.email(ggz)}. ${c.signature(ggz)}`;
  },
  (c) => {
    const tante = c.adult();
    return `Tante ${c.first(tante)} uit ${c.place()} wil ${c.first(c.child)} opvangen. Zij woont aan de ${c.street()} en heeft zelf twee kinderen. Volgens ${c.pro(c.adult())} is dat een goed idee. Besluit uiterlijk ${c.date()}.`;
  },
  (c) => {
    const pro = c.adult();
    return `Overdracht van ${c.pro(pro)} aan ${c.pro(c.adult())}, ${c.date()}.\n${c.full(c.child)} (${c.age()}) zit op ${c.school()} en heeft een PGB, uitbetaling op ${c.iban()}. Eerdere hulp: ${c.care()} en ${c.care()}.`;
  },
  (c) => {
    const mo = c.adult();
    return `Moeder (${c.full(mo)}, ${c.phone()}) meldt dat ${c.first(c.child)} ${c.date()} is weggelopen en pas om 23 uur thuiskwam in ${c.place()}. ${c.first(c.child)} zei: "Ik was bij ${c.first(c.kid())}." Moeder heeft ${c.hospital()} gebeld.`;
  },
  (c) => {
    const jgz = c.adult();
    return `Verwijsbrief\n${c.pro(jgz)}, jeugdarts\n${c.address()}\n${c.postcode()} ${c.place()}\nBetreft: ${c.full(c.child)}, geboren ${c.date()}\nGraag onderzoek door ${c.hospital()} naar de groei van deze ${c.age()}.`;
  },
  (c) => {
    const a = c.adult();
    return `Na het MDO van ${c.date()} heeft ${c.full(a)} contact gezocht met ${c.care()}. ${c.startSurname(a)} vindt dat ${c.first(c.child)} meer structuur nodig heeft. Zie ook ${c.url(a)}.`;
  },
  (c) => {
    const opa = c.adult();
    return `Opa ${c.full(opa)} (${c.phone()}) en oma halen ${c.first(c.child)} op vrijdag op van ${c.school()}. Ze wonen in ${c.place()}, ${c.address()}. ${c.first(c.child)} is daar graag, zegt ${c.pro(c.adult())}.`;
  },
];

function build(name: string, pools: Pools, templates: Template[], rounds: number, seed: number): Doc[] {
  const r = seeded(seed);
  const docs: Doc[] = [];
  for (let round = 0; round < rounds; round++)
    templates.forEach((t, i) => {
      const c = new Cast(r, pools);
      docs.push({ id: `${name}-${round + 1}-${i + 1}`, client: c.initials, marked: t(c) });
    });
  return docs;
}

export const tuneDocs = (): Doc[] => build("tune", TUNE, TUNE_TEXTS, 5, 2023);
export const heldoutDocs = (): Doc[] => build("heldout", HELDOUT, HELDOUT_TEXTS, 5, 4047);

function write(file: string, docs: Doc[]): void {
  const text = docs.map((d) => `# ${d.id} client=${d.client}\n${d.marked}\n`).join("\n");
  writeFileSync(join(__dirname, file), text);
}

if (process.argv.some((a) => a.endsWith("dutch-set/generate.ts"))) {
  write("tune.txt", tuneDocs());
  write("heldout.txt", heldoutDocs());
  console.log("wrote tune.txt and heldout.txt");
}

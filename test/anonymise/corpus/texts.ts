// Writes a family of families.ts out as a filled handreiking: step 2 rows, free text in every
// longText box with each identifier annotated, and an amendment (a stamp) that names a new
// behandelaar. Variants are picked by the family's index so the thirty texts differ.
import { createEntry, newDataPart, TEMPLATE, type ChangeEntry, type DataPart } from "../../../src/domain";
import type { Family, Named } from "./families";
import { FAMILIES } from "./families";
import { parseMarkup, type Annotation } from "./markup";

export interface CorpusDoc {
  id: string;
  data: DataPart;
  boxTexts: Record<string, string>;
  /** Annotations per free-text box key (offsets into boxTexts[key]). */
  annotations: Record<string, Annotation[]>;
}

const full = (p: Named): string => `${p.first} ${p.last}`;
/** "van der Meer" → "Van der Meer" after "mevrouw", as Dutch writes a surname without first name. */
const bare = (last: string): string => last.charAt(0).toLocaleUpperCase("nl") + last.slice(1);
const pick = <T>(i: number, xs: readonly T[]): T => xs[i % xs.length] as T;

function texts(f: Family, i: number): Record<string, string> {
  const c = f.child.first;
  const hij = f.child.son ? "hij" : "zij";
  const Hij = f.child.son ? "Hij" : "Zij";
  const zijn = f.child.son ? "zijn" : "haar";
  const zoon = f.child.son ? "zoon" : "dochter";
  const [reg, beh, third] = f.pros;
  const K = `[[naam/kind:${c}]]`;
  const kin = `${f.kin.word} [[naam/kin:${f.kin.first}]]`;
  const Kin = kin.charAt(0).toUpperCase() + kin.slice(1);
  const mentor = `${f.mentor.title} [[naam/mentor:${bare(f.mentor.last)}]]`;
  const teacher = `${f.teacher.word} [[naam/juf:${f.teacher.first}]]`;
  const vader = `[[naam/vader:${f.father.first}]]`;
  const moeder = `[[naam/moeder:${f.mother.first}]]`;
  const hulpvraag = pick(i, [
    `${K} ([[leeftijd:${f.child.age} jaar]]) wil weer naar school en minder ruzie thuis. Moeder wil weten hoe ze ${K} kan helpen zonder dat het elke avond escaleert. Het gezin woont in de wijk [[plaats:${f.wijk}]].`,
    `Moeder ${moeder} vraagt hulp bij de opvoeding van haar [[leeftijd:${f.child.age}-jarige]] ${zoon} [[naam/kind:${f.child.first} ${f.child.last}]]. ${Hij} slaapt slecht sinds de verhuizing naar de [[plaats:${f.street}]] en wil vooral rust in ${zijn} hoofd.`,
    `De [[leeftijd:${f.child.age}-jarige]] ${K} zegt zelf: 'Ik wil gewoon dat iemand naar me luistert.' Moeder wil dat ${K} weer met ${zijn} ${f.sibling.word} [[naam/sibling:${f.sibling.first}]] kan spelen zonder ruzie.`,
    `${K} is [[leeftijd:${f.child.age} jaar]] en durft na de zomer niet meer naar school. Het gezin vraagt hulp om de dag weer op gang te krijgen; ${kin} helpt nu 's ochtends mee.`,
  ]);
  const gaatGoed = pick(i + 1, [
    `${K} sport twee keer per week bij de voetbalclub in [[plaats:${f.village}]]. ${Kin} haalt ${f.child.son ? "hem" : "haar"} op woensdag op. Het contact met ${mentor} van school loopt goed.`,
    `Moeder is betrokken en komt op alle afspraken. ${Kin} is een belangrijke steun. ${K} heeft een goede band met ${teacher}. In het bos achter het huis kan ${hij} tot rust komen.`,
    `Er is veel liefde in het gezin. ${K} tekent graag en helpt ${zijn} ${f.sibling.word} [[naam/sibling:${f.sibling.first}]] met huiswerk. Volgens ${mentor} is ${hij} slim en sociaal.`,
  ]);
  const zorgen = pick(i + 2, [
    `${f.father.listed ? "Vader" : `Vader ${vader}`} woont sinds [[datum:3 maart]] in [[plaats:${f.village}]] en ziet ${K} onregelmatig. Er zijn zorgen over spanningen bij de overdracht. ${K} is nog jong en snapt niet alles wat er gebeurt. BSN van ${K}: [[nummer:${f.bsn}]].`,
    `Schoolverzuim sinds [[datum:12 september]]: volgens ${mentor} mist ${K} ongeveer de helft van de lessen. ${f.father.listed ? "Vader" : `Vader ${vader}`} drinkt, zegt moeder; hij belt vaak 's nachts. Moeder is bereikbaar op [[contact:${f.phone}]].`,
    `Moeder ${moeder} is uitgeput. Er is een melding gedaan bij Veilig Thuis op [[datum:${pick(i, ["2 februari 2021", "14-01-2021", "21 mei 2021"])}]]. ${f.father.listed ? "Vader" : `Vader [[naam/vader:${full(f.father)}]]`} heeft een contactverbod. Mail van moeder: [[contact:${f.email}]].`,
  ]);
  const takenRegisseur = pick(i, [
    `[[naam/regisseur:${reg.first}]] houdt overzicht, plant de MDO's en belt elke maand met [[naam/behandelaar:${bare(beh.last)}]] van [[organisatie:${beh.org}]].`,
    `De regisseur ([[naam/regisseur:${full(reg)}]]) bewaakt de afspraken en spreekt ${K} één keer per maand. Bij twijfel overlegt ${reg.first.length > 0 ? "zij" : "hij"} met [[naam/derde:${full(third)}]].`,
    `Regie ligt bij [[naam/regisseur:${reg.first}]]. Zij mag in overleg met moeder beslissen over de inzet van [[organisatie:${beh.org}]] en informeert [[naam/behandelaar:${beh.first}]] over elke wijziging.`,
  ]);
  const afstemming = pick(i + 1, [
    `Elke zes weken een MDO op het kantoor aan de [[plaats:${f.street}]]. Tussendoor per beveiligde mail: [[contact:${reg.email}]] of telefonisch [[contact:${reg.phone}]].`,
    `Eens per maand overleg tussen [[naam/regisseur:${reg.first}]] en [[naam/behandelaar:${beh.first}]]. Moeder kan altijd bellen met [[contact:${beh.phone}]]. Het volgende MDO is op [[datum:${pick(i, ["9 november", "dinsdag 9 november", "9 nov."])}]].`,
    `Afstemming via Zivver. Contact school: ${mentor}, [[contact:${pick(i, ["mentor@school.nl", `${f.mentor.last.replace(/\s/g, "").toLowerCase()}@school.nl`])}]]. Regisseur: [[contact:${reg.phone}]].`,
  ]);
  const stagnatie = pick(i + 2, [
    `[[naam/regisseur:${reg.first}]] belt binnen een week een extra MDO in met mevrouw [[naam/moeder:${bare(f.mother.last)}]] en ${teacher}.`,
    `Als ${K} drie weken niet naar school gaat, schakelt de regisseur [[naam/derde:${bare(third.last)}]] in. Opa en oma worden dan ook gevraagd.`,
    `Bij stagnatie overlegt de regisseur met [[organisatie:${beh.org}]]; als dat niet helpt, wordt [[naam/derde:${full(third)}]] gevraagd mee te denken.`,
  ]);
  const afsluiting = pick(i, [
    `Na twee goede evaluaties, uiterlijk [[datum:1 juli]]. Overdracht aan ${teacher} en de huisarts van ${K}.`,
    `Afsluiten als ${K} [[leeftijd:${f.child.age + 1}]] wordt en weer naar school gaat; overdracht aan ${mentor}.`,
    `Als het gezin dat wil. [[naam/behandelaar:${beh.first}]] draagt over aan de POH-jeugd in [[plaats:${f.village}]].`,
  ]);
  return { hulpvraag, gaatGoed, zorgen, takenRegisseur, afstemming, stagnatie, afsluiting };
}

let seed = 0;
const rand = (): number => ((seed = (seed * 9301 + 49297) % 233280), seed / 233280);

export function buildCorpus(): CorpusDoc[] {
  seed = 42;
  return FAMILIES.map((f, i) => {
    const marked = texts(f, i);
    const annotations: Record<string, Annotation[]> = {};
    const boxTexts: Record<string, string> = {};
    const [reg, beh] = f.pros;
    // the amendment: a stamp in zorgen that names a new behandelaar
    const day = `2021${String((i % 9) + 1).padStart(2, "0")}${String((i % 27) + 1).padStart(2, "0")}`;
    const amendment = `[[naam:${beh.initials}]] [[datum:${day}]], [[organisatie:${beh.org}]]: vanaf nu is [[naam/nieuw:${f.newPro.first} ${f.newPro.last}]] de behandelaar van ${f.child.first === "" ? "" : `[[naam/kind:${f.child.first}]]`}.`;
    marked.zorgen = `${marked.zorgen ?? ""}\n${amendment}`;
    for (const [k, m] of Object.entries(marked)) {
      const a = parseMarkup(m);
      boxTexts[k] = a.text;
      annotations[k] = a.annotations;
    }
    const rows: string[][] = [];
    if (f.childListed) rows.push([full(f.child), "Gezin", "", "Jeugdige", ""]);
    rows.push([full(f.mother), "Gezin", "", "Moeder", f.phone]);
    if (f.father.listed) rows.push([full(f.father), "Gezin", "", "Vader", ""]);
    for (const p of f.pros) rows.push([full(p), p.org, p.functie, p.rol, `${p.phone}, ${p.email}`]);
    const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: rand });
    const rowKeys = rows.map((_, r) => `r${String(i).padStart(2, "0")}${String(r).padStart(4, "0")}`);
    data.rowOrder = { betrokkenen: rowKeys };
    rows.forEach((row, r) => {
      ["naam", "organisatie", "functie", "rol", "bereikbaarheid"].forEach(
        (col, c) => (boxTexts[`betrokkenen.${rowKeys[r] ?? ""}.${col}`] = row[c] ?? ""),
      );
    });
    boxTexts.initialen = f.initials;
    boxTexts.gemeente = f.gemeente;
    boxTexts.datumMdo = "01-09-2021";
    boxTexts.regisseur = `${full(reg)} (${reg.org})`;
    const who = { initials: reg.initials, organisation: reg.org, name: full(reg) };
    const log: ChangeEntry[] = [
      createEntry(
        { kind: "created", description: "Omgezet naar formulier." },
        who,
        new Date("2021-09-01T08:00:00Z"),
        rand,
      ),
    ];
    const zorgenBefore = (boxTexts.zorgen ?? "").split("\n")[0] ?? "";
    log.push(
      createEntry(
        { kind: "edit", stepId: "stap1", boxKey: "zorgen", before: "", after: zorgenBefore, description: "Ingevuld" },
        who,
        new Date("2021-09-01T09:00:00Z"),
        rand,
      ),
    );
    log.push(
      createEntry(
        {
          kind: "amendment",
          stepId: "stap1",
          boxKey: "zorgen",
          before: zorgenBefore,
          after: boxTexts.zorgen ?? "",
          description: "Aanvulling",
        },
        { initials: beh.initials, organisation: beh.org },
        new Date("2021-10-01T09:00:00Z"),
        rand,
      ),
    );
    data.changeLog = log;
    data.lastAttributed = { ...boxTexts };
    return { id: `${String(i + 1).padStart(2, "0")}-${f.origin}-${f.child.first}`, data, boxTexts, annotations };
  });
}

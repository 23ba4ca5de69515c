// Box texts of awkward shapes for the scan-time check (linear-scan.test.ts) and the benchmark
// (bench/scan-shapes.ts): one unbroken word, digits, "1.2.3…", comma-separated names, all caps,
// particles, spaces… The time is the process's CPU time for the whole research copy of a form
// whose one free-text box holds the text: free names, the scrubber and the review.
import { newDataPart, TEMPLATE } from "../../src/domain";
import { anonymiseForm } from "../../src/domain/anonymise";
import type { Lexicon } from "../../src/domain/anonymise/lexicon";

/** Named shapes as a repeated unit: the text is the unit repeated up to the wanted length. */
export const SHAPES: Record<string, string> = {
  "one word": "a",
  "all caps": "A",
  digits: "7",
  "1.2.3…": "1.",
  "1-2-3…": "1-",
  "A-A-A-…": "A-",
  "Ab-Ab-…": "Ab-",
  "A'A'A'…": "A'",
  spaces: " ",
  "comma-separated names": "Jan, ",
  "distinct names": "",
  "capitalised words": "Bakker Visser ",
  particles: "van de ",
  "initials with dots": "A.",
  "at signs": "a@",
  "dotted words": "www.a",
  "digits and spaces": "1 ",
  "plus and digits": "+31 6",
  "quotes and capitals": "'A ",
  "line breaks": "\n",
  "mixed sentence": "Sanne de Jong belde op 3-2-2014 met dr. H.M. Smit (06-12345678). ",
  // institutions by list and context, and ages (institutions.ts, ages.ts)
  "listed institutions": "Karakter en Leger des Heils, MEE Twente en ",
  "institution context": "aangemeld bij Zonnedael, hulp: Brakveen en ",
  "age notations": "9;3 bijna tien, de 14 jaar Tobias, ",
  // ages told by a clause, dates by context, house additions, account names (ages-clause.ts, date-partial.ts,
  // patterns.ts)
  "age clauses": "Hij is pas zeven en als ik twaalf ben, sinds zijn tiende ",
  "labelled ages": "Leeftijd: 4, ",
  "house additions": "Kerkstraat t/o 12 A-",
  "platform names": "snap: a_",
  "date contexts": "(12/2) er 3/4 in de nacht van 2019 tot ",
};

/** The unit repeated to exactly `length` characters; "distinct names" uses names from `names`. */
export function shapeText(unit: string, length: number, names: readonly string[] = []): string {
  if (unit === "" && names.length > 0) {
    let out = "";
    for (let i = 0; out.length < length; i++) {
      const n = names[(i * 7919) % names.length] ?? "Jan";
      out += `${n.charAt(0).toLocaleUpperCase("nl")}${n.slice(1)}, `;
    }
    return out.slice(0, length);
  }
  const u = unit === "" ? "a" : unit;
  return u.repeat(Math.ceil(length / u.length)).slice(0, length);
}

/** CPU milliseconds (user + system) to make the research copy of a form with `text` in one free-text box. */
export function copyCpuMs(text: string, lexicon: Lexicon): number {
  const data = newDataPart({ templateId: TEMPLATE.templateId, templateVersion: TEMPLATE.version, random: () => 0.5 });
  const before = process.cpuUsage();
  anonymiseForm({ data, boxTexts: { initialen: "SJ", zorgen: text }, offsetDays: 30, lexicon });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

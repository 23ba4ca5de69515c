// Issue 23, from tuning half 4b's misses (ages 0.727 at its last sealed reading): ages said in passing — in a bracket
// after a person with who they are, after "die" for a name or a pronoun at a clause's end, a sentence that is only an
// age, "vandaag 12 geworden", old spelling, a baby's milestone — and the clean shapes beside them that stay: bounds
// ("tot 18 jaar,"), a generic subject ("als een leerling zestien wordt"), weekday parts, feasts and apps at a
// sentence's start. Sentences made up for this test; each age case survived the copy before this change.
import { copyOfBox } from "./one-box";

const out = (text: string): string => copyOfBox(text, 30).text;

test.each([
  ["Ruben (ons pleegkind, 10) wilde niet naar zwemles.", ["10"]],
  ["Mette en Ole Brandsma (tweeling, 8). Vader werkt veel.", ["8"]],
  ["Yusuf en Hira Demir (broer en zus, 11 en 14): beiden op tijd.", ["11", "14"]],
  ["haar oudste, Dani (nu 6), gaat naar groep 3.", ["6"]],
  ["een onbekende jongen (12–13?) stond bij de deur", ["12", "13"]],
  ["baby Linde (4 mnd) en baby Job (9 weken) sliepen.", ["4 mnd", "9 weken"]],
  ["een vriend uit Borne, Sven, die 20 is. Moeder weet het niet.", ["20"]],
  ["ze zei dat ze pas vijf was en bang werd", ["vijf"]],
  ["Feest voor Jaimy! Negen jaar. Opa kwam ook.", ["Negen jaar"]],
  ["mijn dochter Ilse is vandaag 7 geworden!", ["7"]],
  ["Toen gij acht jaar waart, woonden wij nog in de stad.", ["acht jaar"]],
  ["Eerste stapjes rond 14 maanden, daarna snel.", ["14 maanden"]],
  ["Controle bij 10 maanden: groei goed.", ["10 maanden"]],
  ["de jongste, Ties heet hij, een jaar of 7, rent weg", ["7"]],
  ["Opa belt uit Paramaribo, hij is al 79 😅", ["79"]],
  ["dat hij tussen zijn 12e en 15e op kamers woonde", ["12e", "15e"]],
  ["Kraambezoek: Noud 5 dagen oud, drinkt goed.", ["5 dagen oud"]],
  ["Wat fijn! Lieke van vier 😍 Foto's volgen.", ["vier"]],
  ["Geboortedatum: 2013-04-11 (12 jaar)", ["12 jaar"]],
  ["met twee vrienden, Bram K. (16) en Stef (15).", ["16", "15"]],
  ["thuis met de kleintjes (Roos, 5, en Mats, 3). Vader werkte.", ["5", "3"]],
  ["Maar ik word elf in de zomer.", ["elf"]],
  ["En baby Fenne. Die is zeven maanden. En soms oma.", ["zeven maanden"]],
  ["Cliënt: Nina Kowal, 16 jaar (geb. 2-3-2009), woont bij vader", ["16 jaar"]],
  ["Ze wordt zelf acht op 3 mei.", ["acht"]],
  ["Canım Elif 15 yaşında, maşallah", ["15 yaşında"]],
  ["Her brother is 9 years old and aged 9 in the file.", ["9 years old"]],
])("%s", (text, ages) => {
  const copy = out(text);
  for (const age of ages) expect(copy).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${age}(?![\\p{L}\\p{N}])`, "u"));
  expect(copy).toContain("[leeftijd]");
});

test("a table's age column, its rows written as lines (a bar or a tab between cells)", () => {
  const copy = out(
    "Nr | Naam | Geboortedatum | Leeftijd | Positie\n1 | Kees Rouwhorst | 04-01-2013 | 12 | keeper\n" +
      "Leeftijd\tGewicht\n6 wk\t4,8 kg\n",
  );
  expect(copy).toContain("| [leeftijd] | keeper");
  expect(copy).toContain("[leeftijd]\t4,8 kg");
  // a number in another column, or under another header, is not an age
  expect(out("Nr | Naam | Score\n1 | Kees | 12")).toContain("| 12");
});

test.each([
  "Jeugdhulp loopt tot 18 jaar, verlengd soms tot 23 jaar.",
  "Het geldt vanaf 12 jaar, niet eerder.",
  "Leerplicht duurt tot het schooljaar waarin een leerling zestien wordt.",
  "Als je twaalf wordt, mag je alleen fietsen.",
  "Zaterdagochtend heeft hij training, zondag niet.",
  "Met Divali zet het gezin lichtjes in het raam.",
  "Roblox en Minecraft zijn de spellen die hij speelt.",
  "De map (bijlage, 3) staat in het dossier.",
  "Zie Stap (4) voor de afspraken.",
  "De straf werd verlengd met 3 maanden.",
  "Hij speelt in de groep van vier op maandag.",
])("stays: %s", (text) => {
  expect(out(text)).toBe(text);
});

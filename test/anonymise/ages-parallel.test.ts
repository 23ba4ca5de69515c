// Issue 23, stop 39: ages said once and then left to the reader — a second subject after "is" without its verb ("Zij is
// 17, hij 24:", "Tim was acht, Sem zes en …"), a parent or partner with a number in a list ("vader 50, moeder 43",
// "(ik 35, mijn vriend 37)"), the superlative subjects ("De kleinste is nog maar twee maanden"), a child's name written
// small after its relative ("broertje kerem is pas 4") — and a score that is no age ("was 14 van de 30").
import { copyOfBox } from "./one-box";

const out = (text: string): string => copyOfBox(text, 30).text;

describe("ages said once for several people", () => {
  test.each([
    ["Zij is 16, hij 23: dat verschil baart zorgen.", "23"],
    ["Tim was acht, Sem zes en de baby net geboren.", "zes"],
    ["Gezin Yilmaz: vader 47, moeder 41, kinderen 15 en 9.", "47"],
    ["Gezin Yilmaz: vader 47, moeder 41, kinderen 15 en 9.", "41"],
    ["Aanmelding (ik 29, mijn vrouw 31) als pleeggezin.", "29"],
    ["Aanmelding (ik 29, mijn vrouw 31) als pleeggezin.", "31"],
    ["De kleinste is nog maar negen maanden.", "negen"],
    ["De middelste is 7, zegt moeder.", "7"],
    ["ze zei dat haar zusje noor pas 5 is", "5"],
    ["mijn broertje kerem is pas 4 hij huilde.", "4"],
    ["@lisa.xo: jolijn is pas 14 en ze rookt al", "14"],
    ["Gefilmd door Fenne (14, niet van onze school, zeggen leerlingen).", "14"],
    ["het meisje is Noa Kuipers (12, klas 1B).", "12"],
    ["De jongen is rond de 16, schat de wijkagent.", "16"],
    ["Hij werd afgelopen week 12.", "12"],
    ["Het meisje, nu 14, woont bij haar tante.", "14"],
    ["Sem, inmiddels 9, gaat weer naar school.", "9"],
  ])("%s loses %s", (text, gone) => {
    expect(out(text)).not.toContain(gone);
  });

  test.each([
    "De score op de vragenlijst was 14 van de 30.",
    "Het risico is 1 op 4.",
    "Vader 2 keer gebeld, moeder niet bereikt.",
    "Stand: thuis 3, uit 1.",
    "De oudste klas is groep 8, de jongste groep 1.",
    "Aanwezig waren vader, moeder en de mentor.",
    "De intake is afgerond en de wachttijd is zes weken.",
    "het cijfer was 7, niet slecht",
    "de score is 15 en dat is hoog",
    "Het bedrag, nu 14, is te laag.",
    "De wachtlijst is rond de 16 weken.",
  ])("%s stays as it was", (text) => {
    expect(out(text)).toBe(text);
  });
});

// Issue 23: an account number of any country is replaced, not only a Dutch one (a Belgian IBAN in a
// tuning half's e-mail footer was kept). Its shape differs by country, so the check digits decide
// (mod 97); a code of the same shape whose digits do not hold stays. Numbers made up for this test,
// with their check digits computed.
import { copyOfBox } from "./one-box";
import { ibanChecks } from "../../src/domain/anonymise/patterns";

const out = (text: string): string => copyOfBox(text, 30).text;

test.each([
  ["Vader betaalt via BE71 0961 2345 6769 van zijn Belgische bank.", "BE71 0961 2345 6769"],
  ["Rekening oma: DE89370400440532013000 (Sparkasse).", "DE89370400440532013000"],
  ["Huur naar FR14 2004 1010 0505 0001 3M02 606, zegt de verhuurder.", "FR14 2004 1010 0505 0001 3M02 606"],
  ["Moeder noemde GB29 NWBK 6016 1331 9268 19 als haar rekening.", "GB29 NWBK 6016 1331 9268 19"],
])("%s", (text, iban) => {
  const copy = out(text);
  expect(copy).not.toContain(iban);
  expect(copy).toContain("[rekeningnummer]");
});

test("a code of that shape whose check digits do not hold stays", () => {
  expect(ibanChecks("BE71 0961 2345 6760")).toBe(false);
  // (other rules may still take such a code as a number or a name; it is not called an account)
  expect(ibanChecks("XK12 ABCD EFGH JKLM")).toBe(false);
  expect(out("Licentiecode XK12 ABCD EFGH JKLM staat op de doos.")).not.toContain("[rekeningnummer]");
  expect(out("Bestelnummer AB12 3456 7890 1234 is verzonden.")).not.toContain("[rekeningnummer]");
});

test("the check digits are computed as the standard says (letters count 10–35)", () => {
  expect(ibanChecks("NL91ABNA0417164300")).toBe(true);
  expect(ibanChecks("NL91ABNA0417164301")).toBe(false);
  expect(ibanChecks("GB29NWBK60161331926819")).toBe(true);
});

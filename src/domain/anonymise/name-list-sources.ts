// The sources of the anonymiser's packed lists (name-lists.packed.ts), for the script that packs
// them (scripts/pack-name-lists.ts) and the test that checks the packed file against them. Never
// imported by the add-in itself: the JSON here is ~0.43 MB.
import boys from "@zxcvbn-ts/language-nl-be/src/boysFirstnames.json";
import commonWords from "@zxcvbn-ts/language-nl-be/src/commonWords.json";
import girls from "@zxcvbn-ts/language-nl-be/src/girlsFirstnames.json";
import lastnames from "@zxcvbn-ts/language-nl-be/src/lastnames.json";
import nameWords from "./name-words.json";
import properNames from "./proper-names.json";

export const NAME_LIST_SOURCES = { boys, girls, lastnames, commonWords, nameWords, properNames };
export type NameListId = keyof typeof NAME_LIST_SOURCES;

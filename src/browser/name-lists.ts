// In the browser build, src/document/name-lists.ts resolves to this file (webpack.config.js): the
// anonymiser's name lists are not JavaScript in a chunk but data fetched from the add-in's own
// origin, and only when a research copy is made (issue 30: ~100 KB gzipped that every cold start
// would otherwise count). Without them nothing is made: a copy scrubbed without the lists would
// miss names, so it is refused in Dutch rather than made half.
import { lexiconFromPacked, NAME_LIST_IDS, type PackedNameLists } from "../domain/anonymise/lexicon-nl";
import type { Lexicon } from "../domain/anonymise/lexicon";
import { CopyError } from "../document/anonymise-docx";
import { NAME_LISTS_URL } from "./name-lists-url";

export const NAME_LISTS_ERROR =
  "De anonieme kopie is niet gemaakt: de namenlijsten konden niet worden geladen. Er is niets verstuurd of opgeslagen; probeer het opnieuw.";

type Fetch = (url: string) => Promise<Pick<Response, "ok" | "json">>;

function isPacked(value: unknown): value is PackedNameLists {
  if (typeof value !== "object" || value === null) return false;
  const lists = value as Record<string, unknown>;
  return NAME_LIST_IDS.every((id) => typeof lists[id] === "string");
}

let loaded: Promise<Lexicon> | null = null;

/** The Dutch lexicon from the served lists; fetched once per page or worker (a failure is tried again next time). */
export function loadDutchLexicon(fetchLists: Fetch = (url) => fetch(url)): Promise<Lexicon> {
  loaded ??= (async () => {
    let packed: unknown;
    try {
      const response = await fetchLists(NAME_LISTS_URL);
      if (!response.ok) throw new CopyError(NAME_LISTS_ERROR);
      packed = await response.json();
    } catch {
      throw new CopyError(NAME_LISTS_ERROR);
    }
    if (!isPacked(packed)) throw new CopyError(NAME_LISTS_ERROR);
    return lexiconFromPacked(packed);
  })().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}

// The browser's name lists (issue 30): fetched from the add-in's own origin when a research copy is
// made, not bundled. What is fetched gives the same lexicon as Node's module; a failed or damaged
// fetch makes no copy and says so in Dutch, and the next copy tries again.
import packed from "../../src/domain/anonymise/name-lists.packed.json";
import { dutchLexicon } from "../../src/document/name-lists";

type Loader = typeof import("../../src/browser/name-lists") & {
  CopyError: typeof import("../../src/document/anonymise-docx").CopyError;
};

/** Fresh modules each test: the loader keeps what it fetched for the page's life. */
function loader(): Loader {
  let module: Loader | undefined;
  jest.isolateModules(() => {
    module = {
      ...jest.requireActual<typeof import("../../src/browser/name-lists")>("../../src/browser/name-lists"),
      CopyError: jest.requireActual<typeof import("../../src/document/anonymise-docx")>(
        "../../src/document/anonymise-docx",
      ).CopyError,
    };
  });
  return module!;
}

const answer = (ok: boolean, json: () => Promise<unknown>) => Promise.resolve({ ok, json });

test("the served lists make the same lexicon as Node's, fetched once from the add-in's own file", async () => {
  const { loadDutchLexicon } = loader();
  const urls: string[] = [];
  const fetchLists = (url: string) => {
    urls.push(url);
    return answer(true, () => Promise.resolve(JSON.parse(JSON.stringify(packed))));
  };
  const lexicon = await loadDutchLexicon(fetchLists);
  await loadDutchLexicon(fetchLists);
  expect(urls).toEqual(["namenlijsten.json"]); // test/stubs/name-lists-url.ts: the stand-in for the built file's URL
  const node = dutchLexicon();
  for (const key of ["firstNames", "surnames", "nameWords", "common", "places", "institutions"] as const)
    expect(lexicon[key]).toEqual(node[key]);
});

test.each([
  ["not found", () => answer(false, () => Promise.resolve({}))],
  ["the network refused", () => Promise.reject(new TypeError("Failed to fetch"))],
  ["not JSON", () => answer(true, () => Promise.reject(new SyntaxError("Unexpected token")))],
  [
    "a list missing",
    () => answer(true, () => Promise.resolve({ ...packed, surnames: undefined, lastnames: undefined })),
  ],
])("%s: no lexicon, one Dutch sentence, and the next copy fetches again", async (_case, failing) => {
  const { loadDutchLexicon, NAME_LISTS_ERROR, CopyError } = loader();
  const error = await loadDutchLexicon(failing).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CopyError);
  expect((error as Error).message).toBe(NAME_LISTS_ERROR);
  expect(NAME_LISTS_ERROR).toMatch(/^De anonieme kopie is niet gemaakt: de namenlijsten/);
  const lexicon = await loadDutchLexicon(() => answer(true, () => Promise.resolve(packed)));
  expect(lexicon.firstNames.size).toBeGreaterThan(1000);
});

// The real Word files other people made (../shared/corpus beside the repository, see its
// README): where tests find them. Missing: the suites using them skip with a warning, and fail
// with CI=true (CI clones the repository with shared/ beside it). HANDREIKING_SHARED=/path/to/shared
// points elsewhere.
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";

/** ../shared beside the repository; HANDREIKING_SHARED names it elsewhere (a git worktree in another folder). */
export const CORPUS_DIR = path.join(
  process.env.HANDREIKING_SHARED ?? path.resolve(__dirname, "../../../shared"),
  "corpus",
  "files",
);

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

/** Every corpus .docx, sorted by name; [] when the corpus is not there (and not on CI). */
export function corpusFiles(): CorpusFile[] {
  if (!existsSync(CORPUS_DIR)) {
    if (process.env.CI === "true") throw new Error(`The corpus is missing: ${CORPUS_DIR}`);
    console.warn(`Skipped: no corpus at ${CORPUS_DIR}`);
    return [];
  }
  return readdirSync(CORPUS_DIR)
    .filter((n) => n.endsWith(".docx"))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(CORPUS_DIR, name))) }));
}

/** The .docx files LibreOffice wrote from the sources in test/fixtures/libreoffice/src (make.sh there). */
export const LIBREOFFICE_DIR = path.resolve(__dirname, "../fixtures/libreoffice");

/** The corpus and the LibreOffice-written files where it is thin (tracked changes, comments, pictures, a chart). */
export function foreignFiles(): CorpusFile[] {
  const own = readdirSync(LIBREOFFICE_DIR)
    .filter((n) => n.endsWith(".docx"))
    .sort()
    .map((name) => ({
      name: `libreoffice__${name}`,
      bytes: new Uint8Array(readFileSync(path.join(LIBREOFFICE_DIR, name))),
    }));
  const corpus = corpusFiles();
  return corpus.length === 0 ? [] : [...corpus, ...own];
}

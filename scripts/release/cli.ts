// npm run release: ADDIN_BASE_URL=https://… SUPPORT_CONTACT='…' npm run release
// Exits 1 with a Dutch message for an http or localhost URL or a missing contact (see make-release.ts).
import { relative } from "path";
import { makeRelease, ROOT } from "./make-release";

makeRelease({ baseUrl: process.env.ADDIN_BASE_URL, supportContact: process.env.SUPPORT_CONTACT }).then(
  (r) => {
    console.log(`Release: ${relative(ROOT, r.dir)}/ (${r.files.length} bestanden) en ${relative(ROOT, r.zip)}`);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);

// Jest global setup of the "browser" project: the preview and the production bundle are built
// once per run, side by side, and every suite of the project reuses them (see webpack-builds.ts).
// A directory given by the caller (HR_PREVIEW_DIR=…) is used as it is.
import { buildInTemp, buildPreview, buildProduction, SHARED } from "./webpack-builds";

export const OWNED_BUILDS = "HR_OWNED_BUILDS";

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const owned: string[] = [];
  const jobs: Promise<void>[] = [];
  for (const [variable, prefix, build] of [
    [SHARED.preview, "hr-preview-", buildPreview],
    [SHARED.production, "hr-build-", buildProduction],
  ] as const) {
    if (process.env[variable]) continue;
    jobs.push(
      buildInTemp(prefix, build).then((dir) => {
        process.env[variable] = dir;
        owned.push(dir);
      }),
    );
  }
  await Promise.all(jobs);
  process.env[OWNED_BUILDS] = owned.join("\n");
  if (jobs.length > 0) console.log(`\nbuilds for the browser suites: ${jobs.length} in ${Date.now() - started} ms`);
}

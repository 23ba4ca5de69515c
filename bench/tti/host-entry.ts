// BENCH-ONLY page script (never in a production build): stands in for office.js and Word on the
// timing page. A global `Office` whose onReady waits, like the real one, until "Word" is there:
// the Word host emulator holding a filled form fetched from this origin. The task pane bundle,
// exactly as shipped, then opens that form.
import { createWordHost } from "word-host";

type OnReady = (callback?: (info: { host: unknown; platform: unknown }) => void) => Promise<unknown>;
const page = window as unknown as Record<string, unknown> & { Office?: { onReady: OnReady } };

const installed = (async () => {
  const response = await fetch("/bench-form.docx");
  const docx = new Uint8Array(await response.arrayBuffer());
  const host = await createWordHost({ profile: "desktop", docx });
  host.install(page);
  performance.mark("host-ready");
})();

page.Office = {
  onReady: (callback) => installed.then(() => page.Office!.onReady(callback)),
};

// BENCH-ONLY page script (never in a production build): stands in for office.js and Word on the
// timing pages. Word is there first, as when a user opens the pane on a document Word already has
// open: the Word host emulator (the preview's) is built from a filled form fetched from this origin
// and installed (Word, Office, OfficeExtension), "host-ready" is marked, and only then are the
// page's own scripts (held back by the bench as <script type="bench/deferred" data-src=…>) started,
// in their order. The same stand-in serves the task pane and Microsoft's template alike.
import { createWordHost } from "word-host";

const page = window as unknown as Record<string, unknown>;

async function start(): Promise<void> {
  const response = await fetch("/bench-form.docx");
  const docx = new Uint8Array(await response.arrayBuffer());
  const host = await createWordHost({ profile: "desktop", docx });
  host.install(page);
  performance.mark("host-ready");
  for (const held of Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="bench/deferred"]'))) {
    const script = document.createElement("script");
    script.src = held.dataset.src ?? "";
    script.async = false; // in document order, as the page's defer scripts would run
    document.head.appendChild(script);
  }
}

start().catch((e: unknown) => {
  (page as { __benchError?: string }).__benchError = String(e);
});

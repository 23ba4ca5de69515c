// Entry of the browser preview (preview.html, development builds only): the real task pane
// next to a live view of the document held by the Word host emulator. No office.js is loaded;
// the emulator installs Word, Office and OfficeExtension on window.
import "../src/domain/zod-config"; // first: zod in jitless mode before any schema is built (CSP without 'unsafe-eval')
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";

const container = document.getElementById("preview-root");
if (container) createRoot(container).render(<PreviewApp />);

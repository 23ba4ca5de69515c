// Imported first by the preview entry, before any zod schema is built. zod probes
// `new Function("")` to decide whether it may compile validators; under the preview's
// Content-Security-Policy (no 'unsafe-eval') that probe is reported as a CSP violation.
// jitless mode skips the probe; validation is the same, only not compiled.
import { z } from "zod";

z.config({ jitless: true });

// The pages run under a Content-Security-Policy without 'unsafe-eval': zod must not try to
// compile validators with new Function. Imported first by each page and worker entry (the
// domain itself changes no global setting on import). A module of its own, listed under
// "sideEffects" in package.json, so that the bundler keeps it although nothing is imported from it.
import { config } from "zod";

config({ jitless: true });

// The pages run under a Content-Security-Policy without 'unsafe-eval': zod must not try to
// compile validators with new Function. Imported first by each page and worker entry (the
// domain itself changes no global setting on import). A module of its own, listed under
// "sideEffects" in package.json, so that the bundler keeps it although nothing is imported from it.
// zod/mini carries no messages of its own: the Dutch locale words the checks that have no message
// of ours (a damaged data part's "Het gegevensdeel bevat ongeldige gegevens: …").
import { config } from "zod/mini";
import { nl } from "zod/v4/locales";

config({ jitless: true, ...nl() });

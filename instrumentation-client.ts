import { z } from "zod";

// Runs in the browser before the app's own code. The page CSP (proxy.ts) forbids eval; zod compiles
// object parsers with `new Function` where it can, and its probe for that is reported as a CSP
// violation even though zod catches it and falls back. Without JIT from the start it never probes:
// the same parsing the browser was left with anyway.
z.config({ jitless: true });

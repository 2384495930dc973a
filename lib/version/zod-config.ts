import { z } from "zod";

// In the browser the page CSP (proxy.ts) forbids eval. zod compiles object parsers with
// `new Function` where it can, and its probe for that is reported as a CSP violation even though
// zod catches it and falls back. Without JIT from the start it never probes: the same parsing the
// browser was left with anyway. Set here, where the schema loads, rather than in
// instrumentation-client.ts, which would put zod in every page's first-load JavaScript.
if (typeof window !== "undefined") z.config({ jitless: true });

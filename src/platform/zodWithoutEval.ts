import { z } from 'zod';

// zod speeds up object parsing with `new Function`, and probes for it when a schema is built; the
// page's Content Security Policy forbids eval, and the blocked probe is reported as a violation
// even though zod catches it. Imported first by main.tsx, before any schema module runs.
z.config({ jitless: true });

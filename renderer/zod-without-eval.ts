import { z } from 'zod';

// zod probes `new Function` to speed up parsing; the CSP forbids eval and reports a violation.
z.config({ jitless: true });

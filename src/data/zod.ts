import en from 'zod/v4/locales/en.js';
import { z } from 'zod/mini';

// zod's lighter build: its schemas are quicker to build when the page starts, and it is smaller.
// Its messages are set to English, as the full build gives them. The built page runs under a
// Content-Security-Policy without 'unsafe-eval': zod must not compile validators with `new Function`.
z.config({ ...en(), jitless: true });

/** zod, configured for the dashboard: every schema is made through this. */
export { z };

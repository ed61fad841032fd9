import { join } from 'node:path';

/** Where the end-to-end tests leave the screenshots people look at (kept out of git). */
export const screenshotFolder = join(import.meta.dirname, '../../test-results/screenshots');

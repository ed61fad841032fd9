import fs from 'node:fs';

/**
 * The worker's entry file. From source (tsx, vitest) a small .mjs registers tsx then loads
 * import-worker.ts; in the electron-vite bundle import-worker.js is an entry of its own in
 * out/main, beside index.js, while this code may sit in index.js or in out/main/chunks/.
 */
export const importWorkerEntry = (): URL => {
  if (import.meta.url.endsWith('.ts')) return new URL('./import-worker-tsx.mjs', import.meta.url);
  const beside = new URL('./import-worker.js', import.meta.url);
  return fs.existsSync(beside) ? beside : new URL('../import-worker.js', import.meta.url);
};

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentText } from '../../../../shared/text/document-text';
import { libraryFiles } from '../storage/library-files';
import { readLockFile } from '../storage/lock-file';
import { openLibrary } from '../open-library';
import { integrityCheck } from './integrity-check';
import type { KillMoment } from './run-until-killed';
import { runSaveLoopUntilKilled } from './run-save-loop';
import { saveMarker } from './save-marker';
import { seededRandom } from './seeded-random';

const cycles = Number(process.env.COPYDESK_KILL_CYCLES ?? '30');
const seed = Number(process.env.COPYDESK_KILL_SEED ?? '20260613');
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

const newLibraryWithArticle = (): { folder: string; articleId: string } => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-kill-'));
  folders.push(folder);
  const library = openLibrary(folder, { create: true });
  try {
    const article = library.create({ headline: 'Kill -9 test' }, { name: 'durability' });
    return { folder, articleId: article.id };
  } finally {
    library.close();
  }
};

/** One kill in five lands while the child is still starting (opening, taking the lock). */
const killMoment = (random: () => number, startupMs: number): KillMoment =>
  random() < 0.2
    ? { afterSpawnMs: Math.floor(random() * startupMs) }
    : { afterReadyMs: Math.floor(random() * 250) };

describe(`SIGKILL while saving (${cycles} cycles, seed ${seed})`, () => {
  it(
    'keeps the library sound and every acknowledged save after each kill',
    async () => {
      const { folder, articleId } = newLibraryWithArticle();
      const { database, lock } = libraryFiles(folder);
      const random = seededRandom(seed);
      let startupMs = 1_000;
      let known = 1;
      for (let cycle = 0; cycle < cycles; cycle += 1) {
        const moment = killMoment(random, startupMs);
        const run = await runSaveLoopUntilKilled(folder, articleId, seed + cycle, moment);
        startupMs = run.startupMs ?? startupMs;
        const context = `cycle ${cycle}, seed ${seed}, ${JSON.stringify(moment)}`;
        const lastAcknowledged = run.acknowledged.at(-1) ?? run.readyRevision ?? known;

        expect(integrityCheck(database), context).toEqual(['ok']);
        const library = openLibrary(folder, { create: false });
        try {
          expect(library.info().readOnly, context).toBe(false);
          const lockState = readLockFile(lock);
          expect(lockState.kind === 'owned' && lockState.owner.pid, context).toBe(process.pid);
          const article = library.get(articleId);
          expect(article.revision, context).toBeGreaterThanOrEqual(
            Math.max(lastAcknowledged, known),
          );
          if (article.revision > 1) {
            expect(documentText(article.body), context).toContain(saveMarker(article.revision));
            expect(article.headline, context).toBe(`Save ${article.revision}`);
          }
          known = article.revision;
        } finally {
          library.close();
        }
      }
      expect(known).toBeGreaterThan(1);
    },
    cycles * 15_000,
  );
});

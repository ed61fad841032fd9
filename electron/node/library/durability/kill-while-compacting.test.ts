import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors/error-code';
import { libraryFiles } from '../storage/library-files';
import { openLibrary } from '../open-library';
import { readLibraryContent } from '../testing/read-library-content';
import { storeRowsTheOldWay } from '../storage/compaction/testing/store-rows-the-old-way';
import { integrityCheck } from './integrity-check';
import { runUntilKilled } from './run-until-killed';
import { seededRandom } from './seeded-random';

const cycles = Number(process.env.COPYDESK_KILL_CYCLES ?? '8');
const seed = Number(process.env.COPYDESK_KILL_SEED ?? '20260613');
const script = fileURLToPath(new URL('./compact-loop.ts', import.meta.url));
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

const libraryToCompact = (): string => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-kill-compact-'));
  folders.push(folder);
  const library = openLibrary(folder, { create: true });
  try {
    for (let index = 0; index < 60; index += 1) {
      const text = `Dépêche ${index} : le fleuve monte à Kayes. `.repeat(40 + index);
      const article = library.create(
        {
          headline: `Crue ${index}`,
          body: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
          },
        },
        { name: 'durability' },
      );
      library.setStatus(
        { id: article.id, baseRevision: article.revision, status: 'submitted', note: '' },
        { name: 'durability', role: 'reporter' },
      );
    }
  } finally {
    library.close();
  }
  storeRowsTheOldWay(folder);
  return folder;
};

/**
 * A kill while the child wrote its lock file leaves one nobody can read: for 10 s that may be a
 * Copydesk still opening, so the library says "try again in a moment". The test does as a user.
 */
const openAfterKill = async (folder: string) => {
  try {
    return openLibrary(folder, { create: false });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'locked') throw error;
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    return openLibrary(folder, { create: false });
  }
};

describe(`SIGKILL while compacting (${cycles} cycles, seed ${seed})`, () => {
  it(
    'leaves a sound library that opens for writing and reads the same after each kill',
    async () => {
      const folder = libraryToCompact();
      const { database } = libraryFiles(folder);
      const expected = readLibraryContent(folder);
      const random = seededRandom(seed);
      for (let cycle = 0; cycle < cycles; cycle += 1) {
        const moment = { afterReadyMs: Math.floor(random() * 2_500) };
        const { lines } = await runUntilKilled(script, [folder], moment);
        const context = `cycle ${cycle}, seed ${seed}, killed after "${lines.at(-1) ?? 'nothing'}"`;

        expect(integrityCheck(database), context).toEqual(['ok']);
        const library = await openAfterKill(folder);
        try {
          expect(library.info().readOnly, context).toBe(false);
        } finally {
          library.close();
        }
        expect(readLibraryContent(folder), context).toEqual(expected);
      }
    },
    cycles * 30_000,
  );
});

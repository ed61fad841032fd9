import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { readBodyDocument } from '../../../../shared/collab/read-article-document';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import { documentText } from '../../../../shared/text/document-text';
import { libraryFiles } from '../storage/library-files';
import { openLibrary } from '../open-library';
import { integrityCheck } from './integrity-check';
import type { KillMoment } from './run-until-killed';
import { runUntilKilled } from './run-until-killed';
import { seededRandom } from './seeded-random';

const cycles = Number(process.env.COPYDESK_KILL_CYCLES ?? '30');
const seed = Number(process.env.COPYDESK_KILL_SEED ?? '20260613');
const script = fileURLToPath(new URL('./update-loop.ts', import.meta.url));
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

const newLibraryWithArticle = (): { folder: string; articleId: string } => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-kill-typing-'));
  folders.push(folder);
  const library = openLibrary(folder, { create: true });
  try {
    const article = library.create({ headline: 'Kill -9 while typing' }, { name: 'durability' });
    return { folder, articleId: article.id };
  } finally {
    library.close();
  }
};

/**
 * One kill in five lands while the child is still starting; the others up to 1.5 s after it
 * opened, so some land while the library derives (every second) or compacts.
 */
const killMoment = (random: () => number, startupMs: number): KillMoment =>
  random() < 0.2
    ? { afterSpawnMs: Math.floor(random() * startupMs) }
    : { afterReadyMs: Math.floor(random() * 1_500) };

const markersIn = (text: string): Set<string> =>
  new Set(text.match(/durability-update-\d+-\d+-end/g) ?? []);

describe(`SIGKILL while an editor's updates are appended (${cycles} cycles, seed ${seed})`, () => {
  it(
    'keeps the library sound and every acknowledged update, in the document and the derived body',
    async () => {
      const { folder, articleId } = newLibraryWithArticle();
      const { database } = libraryFiles(folder);
      const random = seededRandom(seed);
      let startupMs = 1_000;
      const acknowledged: string[] = [];
      for (let cycle = 0; cycle < cycles; cycle += 1) {
        const moment = killMoment(random, startupMs);
        const run = await runUntilKilled(
          script,
          [folder, articleId, String(cycle), String(seed + cycle)],
          moment,
        );
        startupMs = run.startupMs ?? startupMs;
        for (const line of run.lines) {
          const match = /^ack (\S+)$/.exec(line);
          if (match) acknowledged.push(match[1]!);
        }
        const context = `cycle ${cycle}, seed ${seed}, ${JSON.stringify(moment)}`;
        expect(integrityCheck(database), context).toEqual(['ok']);
        const library = openLibrary(folder, { create: false });
        try {
          expect(library.info().readOnly, context).toBe(false);
          const doc = new Y.Doc();
          Y.applyUpdate(doc, decodeUpdate(library.document(articleId).state));
          const inDocument = markersIn(documentText(readBodyDocument(doc)));
          const derived = markersIn(documentText(library.get(articleId).body));
          const missing = acknowledged.filter(
            (marker) => !inDocument.has(marker) || !derived.has(marker),
          );
          expect(missing, context).toEqual([]);
        } finally {
          library.close();
        }
      }
      expect(acknowledged.length).toBeGreaterThan(cycles);
    },
    cycles * 20_000,
  );
});

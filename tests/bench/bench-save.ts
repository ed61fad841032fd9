import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../electron/node/library/library';
import type { SaveFigures } from './bench-results';
import { interleave } from './interleave';
import { bodyOfWords } from './body-of-words';
import { writeAndSync } from './write-and-sync';

const actor = { name: 'bench' };

/**
 * (c) Saving an article of `words` words (one edit at the top, as autosave does) against a raw
 * write + fsync of the same bytes (the save request JSON) in the library folder.
 */
export const benchSave = (
  library: Library,
  seed: number,
  words: number,
  rounds: number,
): SaveFigures => {
  const article = library.create(
    { headline: `Bench save ${words} words`, body: bodyOfWords(seed, words, 0) },
    actor,
  );
  const bodies = [bodyOfWords(seed, words, 1), bodyOfWords(seed, words, 2)];
  const rawBytes = bodies.map((body) =>
    JSON.stringify({ id: article.id, baseRevision: 1, changes: { body } }),
  );
  const rawFile = path.join(library.path, `bench-raw-${words}.json`);
  let revision = article.revision;
  let rawWrites = 0;
  try {
    const comparison = interleave({
      rounds,
      warmUp: 3,
      cases: 1,
      subject: () => {
        const body = bodies[revision % 2]!;
        revision = library.save(
          { id: article.id, baseRevision: revision, changes: { body } },
          actor,
        ).revision;
      },
      baseline: () => {
        rawWrites += 1;
        writeAndSync(rawFile, rawBytes[rawWrites % 2]!);
      },
    });
    return {
      words,
      bytes: Buffer.byteLength(rawBytes[0]!),
      comparison,
      p95Ratio: Math.round((comparison.subject.p95 / comparison.baseline.p95) * 100) / 100,
    };
  } finally {
    fs.rmSync(rawFile, { force: true });
  }
};

import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../electron/node/library/library';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import type { SaveFigures } from './bench-results';
import { interleave } from './interleave';
import { syntheticArticle } from './synthetic-articles';

const actor = { name: 'bench' };

/** A body of about `words` words made of synthetic paragraphs; `edit` changes its first line. */
const bodyOfWords = (seed: number, words: number, edit: number): TiptapDocument => {
  const content: NonNullable<TiptapDocument['content']> = [
    { type: 'paragraph', content: [{ type: 'text', text: `Édition ${edit}` }] },
  ];
  let counted = 0;
  for (let index = 0; counted < words; index += 1) {
    for (const block of syntheticArticle(seed, 1_000_000 + index).draft.body?.content ?? []) {
      if (counted >= words) break;
      content.push(block);
      counted += (block.content?.[0]?.text ?? '').split(' ').length;
    }
  }
  return { type: 'doc', content };
};

const writeAndSync = (file: string, bytes: string): void => {
  const descriptor = fs.openSync(file, 'w');
  try {
    fs.writeSync(descriptor, bytes);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
};

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

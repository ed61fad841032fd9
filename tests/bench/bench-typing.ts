import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { bodyFragment } from '../../shared/collab/article-document';
import { decodeUpdate } from '../../shared/collab/update-encoding';
import type { Library } from '../../electron/node/library/library';
import type { TypingFigures } from './bench-results';
import { bodyOfWords } from './body-of-words';
import { interleave } from './interleave';
import { summarize } from './statistics';

const actor = { name: 'bench' };
const burstLength = 20;

/** The first text node of the body, where the bench types. */
const firstText = (doc: Y.Doc): Y.XmlText => {
  const paragraph = bodyFragment(doc).get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
};

/**
 * One typing burst as an editor sends it: `burstLength` characters typed one transaction each
 * (as ProseMirror steps arrive), merged into one update.
 */
const typeBurst = (doc: Y.Doc, round: number): Uint8Array => {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  const text = firstText(doc);
  for (let index = 0; index < burstLength; index += 1)
    text.insert(text.length, String.fromCharCode(97 + ((round + index) % 26)));
  doc.off('update', collect);
  return Y.mergeUpdates(updates);
};

/**
 * (e) An editor's typing burst in a `words`-word article: `applyUpdate` (check, apply to the
 * loaded document, append in one transaction with a full sync) against appending the same
 * update bytes to an open file and fsyncing it (the least a durable append can cost); then, apart, the derivation it causes later (off the keystroke path).
 */
export const benchTyping = (
  library: Library,
  seed: number,
  words: number,
  rounds: number,
): TypingFigures => {
  const article = library.create(
    { headline: `Bench typing ${words} words`, body: bodyOfWords(seed, words, 0) },
    actor,
  );
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeUpdate(library.document(article.id).state));
  const rawFile = path.join(library.path, `bench-raw-update-${words}.bin`);
  const raw = fs.openSync(rawFile, 'a');
  const bursts: Uint8Array[] = [];
  let round = 0;
  const nextBurst = (): Uint8Array => {
    round += 1;
    const burst = typeBurst(doc, round);
    bursts.push(burst);
    return burst;
  };
  try {
    let pending = nextBurst();
    const comparison = interleave({
      rounds,
      warmUp: 3,
      cases: 1,
      subject: () => {
        library.applyUpdate({ id: article.id, update: pending, origin: 'bench' }, actor);
        return () => {
          pending = nextBurst();
        };
      },
      baseline: () => {
        fs.writeSync(raw, bursts.at(-2) ?? pending);
        fs.fsyncSync(raw);
      },
    });
    const derivations: number[] = [];
    for (let index = 0; index < Math.max(10, Math.floor(rounds / 2)); index += 1) {
      library.applyUpdate({ id: article.id, update: nextBurst(), origin: 'bench' }, actor);
      const started = performance.now();
      library.stats();
      derivations.push(performance.now() - started);
    }
    return {
      words,
      burstCharacters: burstLength,
      updateBytes: Math.round(bursts.reduce((sum, burst) => sum + burst.length, 0) / bursts.length),
      comparison,
      p95Ratio: Math.round((comparison.subject.p95 / comparison.baseline.p95) * 100) / 100,
      derivation: summarize(derivations),
    };
  } finally {
    doc.destroy();
    fs.closeSync(raw);
    fs.rmSync(rawFile, { force: true });
  }
};

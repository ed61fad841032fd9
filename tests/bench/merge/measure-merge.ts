import * as Y from 'yjs';
import { createArticleDocument } from '../../../shared/collab/create-article-document';
import { readBodyDocument } from '../../../shared/collab/read-article-document';
import { defaultArticleFields } from '../../../shared/model/article-defaults';
import { longArticle } from '../editor/long-article';
import type { Summary } from '../statistics';
import { summarize } from '../statistics';
import { applyTypingEdits, replicaOf, typingEdits } from './typing-edits';

const articleId = '9d2e6f1a-7b3c-4d5e-8f6a-1b2c3d4e5f60';

/** Two replicas that edited apart exchange state vectors, then what the other lacks. */
const converge = (left: Y.Doc, right: Y.Doc): { toLeft: number; toRight: number } => {
  const toRight = Y.encodeStateAsUpdate(left, Y.encodeStateVector(right));
  const toLeft = Y.encodeStateAsUpdate(right, Y.encodeStateVector(left));
  Y.applyUpdate(right, toRight);
  Y.applyUpdate(left, toLeft);
  return { toLeft: toLeft.byteLength, toRight: toRight.byteLength };
};

const timed = (work: () => void): number => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

export interface MergeFigures {
  words: number;
  editsPerReplica: number;
  converged: boolean;
  /** Exchange of state vectors and diffs between the two replicas. */
  converge: Summary;
  /** Baseline: one replica making all the edits of both itself. */
  oneReplica: Summary;
  /** The live path: one replica receiving the other's per-edit updates one by one. */
  perEditUpdates: Summary;
  bytes: { seedState: number; diffs: number; perEditUpdates: number; mergedState: number };
}

/**
 * The merge figure for one article size: replica states are prepared untimed, then convergence,
 * the one-replica baseline and the live path run alternately, after `warmUp` untimed rounds.
 */
export const measureMerge = (options: {
  words: number;
  edits: number;
  rounds: number;
  warmUp: number;
  seed: number;
}): MergeFigures => {
  const fields = { ...defaultArticleFields(), body: longArticle(options.words) };
  const seedState = Y.encodeStateAsUpdate(createArticleDocument(articleId, fields));
  const editsOf = [
    typingEdits(options.seed, options.edits),
    typingEdits(options.seed + 1, options.edits),
  ];
  const sent: Uint8Array[][] = [[], []];
  const states = editsOf.map((edits, index) => {
    const doc = replicaOf(seedState, index + 1);
    doc.on('update', (update: Uint8Array) => sent[index]!.push(update));
    applyTypingEdits(doc, edits);
    return Y.encodeStateAsUpdate(doc);
  });
  const samples = { converge: [] as number[], oneReplica: [] as number[], live: [] as number[] };
  let diffs = 0;
  let converged = true;
  let mergedState = 0;
  for (let round = 0; round < options.warmUp + options.rounds; round += 1) {
    const [left, right] = [replicaOf(states[0]!), replicaOf(states[1]!)];
    const converging = timed(() => {
      const sizes = converge(left, right);
      diffs = sizes.toLeft + sizes.toRight;
    });
    const alone = replicaOf(seedState, 3);
    const oneReplica = timed(() => editsOf.forEach((edits) => applyTypingEdits(alone, edits)));
    const receiving = replicaOf(states[0]!);
    const live = timed(() => sent[1]!.forEach((update) => Y.applyUpdate(receiving, update)));
    if (round === 0) {
      converged =
        JSON.stringify(readBodyDocument(left)) === JSON.stringify(readBodyDocument(right)) &&
        JSON.stringify(readBodyDocument(receiving)) === JSON.stringify(readBodyDocument(left));
      mergedState = Y.encodeStateAsUpdate(left).byteLength;
    }
    if (round < options.warmUp) continue;
    samples.converge.push(converging);
    samples.oneReplica.push(oneReplica);
    samples.live.push(live);
  }
  return {
    words: options.words,
    editsPerReplica: options.edits,
    converged,
    converge: summarize(samples.converge),
    oneReplica: summarize(samples.oneReplica),
    perEditUpdates: summarize(samples.live),
    bytes: {
      seedState: seedState.byteLength,
      diffs,
      perEditUpdates: sent[1]!.reduce((total, update) => total + update.byteLength, 0),
      mergedState,
    },
  };
};

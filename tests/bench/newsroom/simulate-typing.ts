import { seededRandom } from '../../../electron/node/library/durability/seeded-random';
import { summarize, type Summary } from '../statistics';
import { EditLatency } from './edit-latency';
import { startTypist, type Typist } from './typist';

export interface TypingLoad {
  /** One address per typist (instances of a scaled-out server), used round-robin. */
  urls: string[];
  articles: { documentName: string; seed: Uint8Array }[];
  typists: number;
  token: (index: number) => string | null;
  seconds: number;
  keystrokeMs: number;
}

export interface TypingFigures {
  latency: Summary;
  keystrokes: number;
  received: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `typists` desks spread over the articles, each typing a character every `keystrokeMs`. */
export const simulateTyping = async (load: TypingLoad): Promise<TypingFigures> => {
  const latency = new EditLatency();
  const random = seededRandom(20261207);
  const typists: Typist[] = [];
  for (let index = 0; index < load.typists; index += 1) {
    const article = load.articles[index % load.articles.length];
    if (!article) throw new Error('No article to type in.');
    const typist = startTypist({
      url: load.urls[index % load.urls.length] ?? '',
      documentName: article.documentName,
      token: load.token(index),
      seed: article.seed,
    });
    const seen = new Map<number, number>();
    typist.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== null) latency.noteReceived(update, seen);
    });
    typists.push(typist);
  }
  await Promise.all(typists.map((typist) => typist.synced));
  let keystrokes = 0;
  const ends = performance.now() + load.seconds * 1000;
  await Promise.all(
    typists.map(async (typist, index) => {
      await pause((index * load.keystrokeMs) / load.typists);
      while (performance.now() < ends) {
        typist.type(random);
        latency.noteSent(typist.doc);
        keystrokes += 1;
        await pause(load.keystrokeMs);
      }
    }),
  );
  await pause(2_000);
  for (const typist of typists) typist.destroy();
  return { latency: summarize(latency.samples), keystrokes, received: latency.samples.length };
};

/**
 * Child process for the kill -9 tests: `node --import tsx save-loop.ts <folder> <articleId> <seed>`.
 * Opens the library, prints "ready", then saves forever; after each save has returned (committed)
 * it prints "ack <revision>". Bodies vary in size so the kills land in every phase of a write.
 */
import fs from 'node:fs';
import { openLibrary } from '../open-library';
import { markedBody } from './save-marker';
import { seededRandom } from './seeded-random';

const [folder, articleId, seedText] = process.argv.slice(2);
if (folder === undefined || articleId === undefined) {
  process.stderr.write('usage: save-loop.ts <folder> <articleId> [seed]\n');
  process.exit(2);
}

const say = (line: string): void => {
  fs.writeSync(1, `${line}\n`);
};

const random = seededRandom(Number(seedText ?? '1'));
const library = openLibrary(folder, { create: false });
let revision = library.get(articleId).revision;
say(`ready ${revision}`);
const actor = { name: 'durability' };
for (;;) {
  const next = revision + 1;
  const paragraphs = random() < 0.2 ? Math.floor(random() * 2_000) : Math.floor(random() * 20);
  const result = library.save(
    {
      id: articleId,
      baseRevision: revision,
      changes: { headline: `Save ${next}`, body: markedBody(next, paragraphs) },
    },
    actor,
  );
  revision = result.revision;
  say(`ack ${revision}`);
}

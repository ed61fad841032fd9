/**
 * Child process for the kill -9 test of editors' updates:
 * `node --import tsx update-loop.ts <folder> <articleId> <cycle> <seed>`. Opens the library,
 * starts an editor's document from it, prints "ready", then appends a paragraph per update
 * at about typing pace (a few ms apart) forever; once `applyUpdate` returned (committed) it prints
 * "ack <marker>". One update in twenty also carries a long paragraph, so kills land in every phase
 * of a write, and the library derives and compacts while it runs.
 */
import fs from 'node:fs';
import * as Y from 'yjs';
import { bodyFragment } from '../../../../shared/collab/article-document';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import { openLibrary } from '../open-library';
import { seededRandom } from './seeded-random';
import { updateMarker } from './update-marker';

const [folder, articleId, cycleText, seedText] = process.argv.slice(2);
if (folder === undefined || articleId === undefined || cycleText === undefined) {
  process.stderr.write('usage: update-loop.ts <folder> <articleId> <cycle> [seed]\n');
  process.exit(2);
}
const say = (line: string): void => {
  fs.writeSync(1, `${line}\n`);
};
const random = seededRandom(Number(seedText ?? '1'));
const filler = 'Le président Goïta a reçu la délégation du Sénégal pour parler de l’élection. ';
const library = openLibrary(folder, { create: false });
const doc = new Y.Doc();
Y.applyUpdate(doc, decodeUpdate(library.document(articleId).state));
let pending: Uint8Array[] = [];
doc.on('update', (update: Uint8Array) => pending.push(update));
say(`ready ${cycleText}`);
const actor = { name: 'durability' };
const pause = new Int32Array(new SharedArrayBuffer(4));
for (let index = 0; ; index += 1) {
  const marker = updateMarker(Number(cycleText), index);
  const long = random() < 0.05 ? filler.repeat(Math.floor(random() * 50)) : '';
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`${marker} ${long}`)]);
    const body = bodyFragment(doc);
    body.insert(body.length, [paragraph]);
  });
  const update = Y.mergeUpdates(pending);
  pending = [];
  library.applyUpdate({ id: articleId, update, origin: 'durability' }, actor);
  say(`ack ${marker}`);
  Atomics.wait(pause, 0, 0, Math.floor(random() * 8));
}

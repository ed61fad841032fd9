/**
 * Child process for the kill -9 test of "Compact library": `node --import tsx compact-loop.ts
 * <folder>`. Prints "ready <pid>", then forever: compacts the library (printing each step), closes it,
 * and stores its rows the old way again, so every kill lands in some step of a real compaction.
 */
import fs from 'node:fs';
import { openLibrary } from '../open-library';
import { storeRowsTheOldWay } from '../storage/compaction/testing/store-rows-the-old-way';

const [folder] = process.argv.slice(2);
if (folder === undefined) {
  process.stderr.write('usage: compact-loop.ts <folder>\n');
  process.exit(2);
}

const say = (line: string): void => {
  fs.writeSync(1, `${line}\n`);
};

say(`ready ${process.pid}`);
for (;;) {
  const library = openLibrary(folder, { create: false });
  try {
    await library.compact((step) => say(`step ${step}`));
  } finally {
    library.close();
  }
  say('step old-rows');
  storeRowsTheOldWay(folder);
}

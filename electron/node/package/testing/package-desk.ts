import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../library/library';
import type { TestClock } from '../../library/testing/test-clock';
import { temporaryFolder } from '../../library/testing/temporary-folder';
import { importPackage } from '../import-package';
import { sendPackage } from '../send-package';

export const reporterActor = { name: 'Awa Diop', role: 'reporter' };
export const editorActor = { name: 'Chef Ndiaye', role: 'editor' };

/** Sends and receives packages through real files, as the handlers do. */
export const packageDesk = (clock: TestClock) => {
  const folder = temporaryFolder();
  let count = 0;
  return {
    send: async (
      library: Library,
      id: string,
      actor: { name: string; role: string },
    ): Promise<Uint8Array> => {
      count += 1;
      const target = path.join(folder, `package-${count}.copydesk`);
      await sendPackage(library, id, {
        actor,
        appVersion: '0.1.0',
        now: clock.now(),
        chooseTarget: () => target,
      });
      return fs.readFileSync(target);
    },
    receive: (library: Library, bytes: Uint8Array, actor: { name: string; role: string }) =>
      importPackage(library, bytes, actor),
  };
};

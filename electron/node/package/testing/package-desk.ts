import fs from 'node:fs';
import path from 'node:path';
import type { Actor } from '../../../../shared/model/actor';
import type { Library } from '../../library/library';
import type { TestClock } from '../../library/testing/test-clock';
import { openTestLibrary } from '../../library/testing/open-test-library';
import { temporaryFolder } from '../../library/testing/temporary-folder';
import { generateSigningKey } from '../../signing/signing-key';
import { importPackage } from '../import-package';
import { sendPackage } from '../send-package';
import { sentVersionName } from '../sent-version-name';

export const reporterActor = { name: 'Awa Diop', role: 'reporter', signer: generateSigningKey() };
export const editorActor = { name: 'Chef Ndiaye', role: 'editor', signer: generateSigningKey() };

/** Sends and receives packages through real files, as the handlers do. */
export const packageDesk = (clock: TestClock) => {
  const folder = temporaryFolder();
  let count = 0;
  const send = async (library: Library, id: string, actor: Actor): Promise<Uint8Array> => {
    count += 1;
    const target = path.join(folder, `package-${count}.copydesk`);
    await sendPackage(library, id, {
      actor,
      appVersion: '0.1.0',
      now: clock.now(),
      chooseTarget: () => target,
      versionName: sentVersionName('en', ''),
    });
    return fs.readFileSync(target);
  };
  return {
    send,
    receive: (library: Library, bytes: Uint8Array, actor: Actor) =>
      importPackage(library, bytes, actor),
    /**
     * Trust on first use, done beforehand: `receiver` gets a throwaway article whose submission
     * `sender` signed, trusts the key it meets, then deletes the article.
     */
    introduce: async (receiver: Library, sender: Actor, receiving: Actor): Promise<void> => {
      const scratch = openTestLibrary({ now: clock.now });
      const article = scratch.create({ headline: 'Présentation' }, sender);
      scratch.setStatus(
        { id: article.id, baseRevision: article.revision, status: 'submitted', note: '' },
        sender,
      );
      const result = importPackage(receiver, await send(scratch, article.id, sender), receiving);
      for (const { publicKey } of result.untrustedKeys) {
        receiver.changeKeyTrust({ publicKey, trust: 'trusted' }, receiving);
      }
      receiver.trash(result.article.id);
      receiver.emptyTrash();
    },
  };
};

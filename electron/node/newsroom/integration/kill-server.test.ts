import { describe, expect, it } from 'vitest';
import { articleDocumentName } from '../../../../shared/newsroom/document-names';
import { integrityCheck } from '../../library/durability/integrity-check';
import { libraryFiles } from '../../library/storage/library-files';
import { openLibraryNewsroomStore } from '../library-store/open-library-newsroom-store';
import { connectDesk } from '../testing/connect-desk';
import { freePort } from '../testing/free-port';
import { firstParagraph, typeInFirstParagraph } from '../testing/paragraph-typing';
import { spawnServer } from '../testing/spawn-server';
import { derivedText } from '../testing/stored-article';
import { joinedCredential, libraryWithArticle } from '../testing/test-newsroom';
import { waitUntil } from '../testing/wait-until';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const credentialsFor = async (folder: string) => {
  const store = openLibraryNewsroomStore(folder);
  try {
    return {
      reporter: await joinedCredential(store, 'Awa Diop', 'reporter'),
      editor: await joinedCredential(store, 'Moussa Traoré', 'editor'),
    };
  } finally {
    await store.close();
  }
};

describe('newsroom server killed with SIGKILL while a desk types', () => {
  // Spawning the CLI (tsx) is slow on a loaded machine: a generous timeout, not a timing assertion.
  it(
    'the desk keeps its text, reconnects when the server is back, and nothing is lost',
    { timeout: 180_000 },
    async () => {
      const { folder, articleId } = libraryWithArticle();
      const credentials = await credentialsFor(folder);
      const port = String(await freePort());
      const serve = ['--library', folder, '--port', port];
      const first = await spawnServer(serve);
      const name = articleDocumentName(articleId);
      const awa = connectDesk(first.url, credentials.reporter, name);
      await waitUntil('Awa synced', () => awa.provider.synced);

      const words: string[] = [];
      const type = async (count: number): Promise<void> => {
        for (let typed = 0; typed < count; typed += 1) {
          const word = `mot${words.length}`;
          words.push(word);
          typeInFirstParagraph(awa.doc, 100_000, ` ${word}`);
          await pause(15);
        }
      };
      await type(40);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      await type(30);
      expect(firstParagraph(awa.doc)).toBe(
        `Le niveau monte.${words.map((word) => ` ${word}`).join('')}`,
      );
      expect(integrityCheck(libraryFiles(folder).database)).toEqual(['ok']);

      const second = await spawnServer(serve);
      await type(20);
      await waitUntil(
        'Awa reconnected with nothing waiting',
        () => awa.provider.isSynced && awa.provider.unsyncedChanges === 0,
        30_000,
      );
      const typed = firstParagraph(awa.doc);
      const moussa = connectDesk(second.url, credentials.editor, name);
      await waitUntil(
        'a second desk sees every word',
        () => moussa.provider.synced && firstParagraph(moussa.doc) === typed,
      );

      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      expect(integrityCheck(libraryFiles(folder).database)).toEqual(['ok']);
      expect(derivedText(folder, articleId)).toBe(typed);
    },
  );
});

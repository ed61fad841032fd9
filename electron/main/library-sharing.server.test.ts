import { describe, expect, it } from 'vitest';
import { articleDocumentName } from '../../shared/newsroom/document-names';
import { openTestLibrary, paragraphs, reporter } from '../node/library/testing/open-test-library';
import { libraryNewsroomStore } from '../node/newsroom/library-store/library-newsroom-store';
import { openAccountDatabase } from '../node/newsroom/library-store/open-account-database';
import { startNewsroomServer } from '../node/newsroom/server/start-newsroom-server';
import { connectDesk } from '../node/newsroom/testing/connect-desk';
import { firstParagraph, typeInFirstParagraph } from '../node/newsroom/testing/paragraph-typing';
import { waitUntil } from '../node/newsroom/testing/wait-until';
import { createLibrarySharing } from './library-sharing';

describe('sharing the open library on a real newsroom server', () => {
  it('serves the library the app holds (and its lock), and leaves it open when it stops', async () => {
    const library = openTestLibrary();
    const article = library.create(
      { headline: 'Crue du fleuve à Kayes', body: paragraphs('Le niveau monte.') },
      reporter,
    );
    const accounts = openAccountDatabase(library.path);
    const { invitation } = await accounts.accounts.add('Moussa Traoré', 'editor');
    const joined = await accounts.accounts.redeem(invitation);
    accounts.close();
    const sharing = createLibrarySharing({
      currentLibrary: () => library,
      onLibraryChanged: () => () => undefined,
      storeFor: libraryNewsroomStore,
      start: startNewsroomServer,
      lanAddresses: () => [],
    });
    const { url } = await sharing.share({ host: '127.0.0.1', port: 0 });
    // The desk is destroyed when the test ends.
    const desk = connectDesk(url, joined!.credential, articleDocumentName(article.id));
    try {
      await waitUntil('the desk has the article', () => desk.provider.synced);
      expect(firstParagraph(desk.doc)).toBe('Le niveau monte.');
      typeInFirstParagraph(desk.doc, 0, 'Alerte : ');
      await waitUntil('the app’s library has the desk’s typing', () =>
        JSON.stringify(library.get(article.id).body).includes('Alerte'),
      );
    } finally {
      await sharing.stop();
    }
    expect(library.get(article.id).headline).toBe('Crue du fleuve à Kayes');
    library.close();
  });
});

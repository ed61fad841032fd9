import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  articleDocumentName,
  libraryDocumentName,
} from '../../../../shared/newsroom/document-names';
import { connectDesk } from '../testing/connect-desk';
import { firstParagraph, typeInFirstParagraph } from '../testing/paragraph-typing';
import { runCopydesk } from '../testing/run-copydesk';
import { storedParagraph } from '../testing/stored-article';
import { joinedCredential, startTestNewsroom } from '../testing/test-newsroom';
import { waitUntil } from '../testing/wait-until';

describe('newsroom server: credentials', () => {
  it('refuses an unknown or revoked credential with a clear reason', async () => {
    const newsroom = await startTestNewsroom();
    const { url } = newsroom.server;
    const stranger = connectDesk(url, `cdc_${randomUUID()}`, libraryDocumentName);
    const revoked = await joinedCredential(newsroom.store, 'Ancien pigiste', 'reporter');
    await newsroom.store.accounts.revoke('Ancien pigiste');
    const former = connectDesk(url, revoked, articleDocumentName(newsroom.articleId));
    await waitUntil('both refused', () => stranger.refusal !== null && former.refusal !== null);
    expect([stranger.refusal, former.refusal]).toEqual([
      'credential_refused',
      'credential_refused',
    ]);
    expect(former.doc.share.size).toBe(0);
  });

  it(
    'cuts off an open connection once `copydesk users revoke` runs in another process',
    { timeout: 120_000 },
    async () => {
      const newsroom = await startTestNewsroom();
      const { url } = newsroom.server;
      const name = articleDocumentName(newsroom.articleId);
      const awa = connectDesk(url, newsroom.credentials.reporter, name);
      const moussa = connectDesk(url, newsroom.credentials.editor, name);
      await waitUntil('both synced', () => awa.provider.synced && moussa.provider.synced);

      const revoked = await runCopydesk([
        '--library',
        newsroom.folder,
        'users',
        'revoke',
        'Awa Diop',
      ]);
      expect(revoked).toMatchObject({ code: 0, stdout: 'Awa Diop: revoked\n' });
      await waitUntil(
        'Awa’s socket closed as revoked',
        () => awa.closes.includes('credential_revoked'),
        5_000,
      );
      await waitUntil(
        'Awa’s reconnection refused',
        () => awa.refusal === 'credential_refused',
        5_000,
      );

      typeInFirstParagraph(awa.doc, 0, 'Après révocation. ');
      typeInFirstParagraph(moussa.doc, 1000, ' Encore là.');
      await waitUntil('Moussa’s edit stored', async () =>
        (await storedParagraph(newsroom.store, newsroom.articleId)).endsWith('Encore là.'),
      );
      expect(await storedParagraph(newsroom.store, newsroom.articleId)).toBe(
        'Le niveau monte. Encore là.',
      );
      expect(firstParagraph(moussa.doc)).toBe('Le niveau monte. Encore là.');
    },
  );
});

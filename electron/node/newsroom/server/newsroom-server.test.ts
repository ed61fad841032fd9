import { describe, expect, it } from 'vitest';
import { articleDocumentName } from '../../../../shared/newsroom/document-names';
import { connectDesk } from './testing/connect-desk';
import { firstParagraph, typeInFirstParagraph } from './testing/paragraph-typing';
import { startTestNewsroom } from './testing/test-newsroom';
import { derivedText, storedParagraph } from './testing/stored-article';
import { waitUntil } from './testing/wait-until';

describe('newsroom server: live editing', () => {
  it('two desks typing in the same paragraph converge', async () => {
    const newsroom = await startTestNewsroom();
    const name = articleDocumentName(newsroom.articleId);
    const awa = connectDesk(newsroom.server.url, newsroom.credentials.reporter, name);
    const moussa = connectDesk(newsroom.server.url, newsroom.credentials.editor, name);
    await waitUntil('both desks synced', () => awa.provider.synced && moussa.provider.synced);
    expect(firstParagraph(awa.doc)).toBe('Le niveau monte.');
    // Both type into the paragraph while the other's keystrokes arrive.
    for (let round = 0; round < 20; round += 1) {
      typeInFirstParagraph(awa.doc, round * 2, 'a');
      typeInFirstParagraph(moussa.doc, round + 3, 'm');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitUntil('both desks hold the same paragraph', () => {
      const text = firstParagraph(awa.doc);
      return text === firstParagraph(moussa.doc) && text.length === 'Le niveau monte.'.length + 40;
    });
    expect(firstParagraph(awa.doc).replaceAll('a', '').replaceAll('m', '')).toBe('Le niveu onte.');
    const typed = firstParagraph(awa.doc);
    await waitUntil('the server stored it', async () => {
      return (await storedParagraph(newsroom.store, newsroom.articleId)) === typed;
    });
    await newsroom.server.close();
    await newsroom.store.close();
    expect(derivedText(newsroom.folder, newsroom.articleId)).toBe(typed);
  });
});

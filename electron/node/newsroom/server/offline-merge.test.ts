import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyFragment } from '../../../../shared/collab/article-document';
import { articleDocumentName } from '../../../../shared/newsroom/document-names';
import { connectDesk } from './testing/connect-desk';
import { firstParagraph, typeInFirstParagraph } from './testing/paragraph-typing';
import { derivedText, storedParagraph } from './testing/stored-article';
import { startTestNewsroom } from './testing/test-newsroom';
import { waitUntil } from './testing/wait-until';

const addParagraph = (doc: Y.Doc, text: string): void => {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = bodyFragment(doc);
  body.insert(body.length, [paragraph]);
};

const bodyText = (doc: Y.Doc): string =>
  bodyFragment(doc)
    .toArray()
    .map((block) =>
      block instanceof Y.XmlElement
        ? block
            .toArray()
            .map((child) => (child instanceof Y.XmlText ? String(child.toString()) : ''))
            .join('')
        : '',
    )
    .join('\n');

describe('newsroom server: a desk offline', () => {
  it('merges what both sides wrote when the desk reconnects, and the server keeps it', async () => {
    const newsroom = await startTestNewsroom();
    const name = articleDocumentName(newsroom.articleId);
    const awa = connectDesk(newsroom.server.url, newsroom.credentials.reporter, name);
    const moussa = connectDesk(newsroom.server.url, newsroom.credentials.editor, name);
    await waitUntil('both desks synced', () => awa.provider.synced && moussa.provider.synced);

    awa.socket.disconnect();
    await waitUntil('the server saw Awa leave', () => !awa.provider.isAuthenticated);
    typeInFirstParagraph(awa.doc, 0, 'Hors ligne : ');
    addParagraph(awa.doc, 'Écrit dans le train.');
    typeInFirstParagraph(moussa.doc, 1000, ' Au bureau.');
    addParagraph(moussa.doc, 'Ajout du desk.');
    await waitUntil('Moussa’s edit stored', async () =>
      (await storedParagraph(newsroom.store, newsroom.articleId)).endsWith('Au bureau.'),
    );
    expect(firstParagraph(awa.doc)).toBe('Hors ligne : Le niveau monte.');

    await awa.socket.connect();
    await waitUntil(
      'both desks hold the same body',
      () => bodyText(awa.doc) === bodyText(moussa.doc),
    );
    const merged = bodyText(awa.doc);
    expect(firstParagraph(awa.doc)).toBe('Hors ligne : Le niveau monte. Au bureau.');
    expect(merged).toContain('Écrit dans le train.');
    expect(merged).toContain('Ajout du desk.');
    await waitUntil('the server stored the merge', async () =>
      (await storedParagraph(newsroom.store, newsroom.articleId)).startsWith('Hors ligne'),
    );
    await newsroom.server.close();
    await newsroom.store.close();
    expect(derivedText(newsroom.folder, newsroom.articleId)).toBe(merged);
  });
});

import { describe, expect, it } from 'vitest';
import { plainTextToFragment } from './plain-text-to-html';
import { readCorpusFile } from '../../tests/corpus/corpus-files';
import { documentFromHtml, documentFromNode, textOf } from './testing/pasted-document';

const documentFromText = (text: string) => {
  const container = document.implementation.createHTMLDocument('').body;
  container.appendChild(plainTextToFragment(text, container.ownerDocument));
  return documentFromNode(container);
};

/** The fragment as HTML, serialised by the DOM. */
const plainTextToHtml = (text: string): string => {
  const page = document.implementation.createHTMLDocument('');
  page.body.appendChild(plainTextToFragment(text, page));
  return page.body.innerHTML;
};

describe('plainTextToFragment', () => {
  it('makes paragraphs from blank-line blocks and line breaks from single newlines', () => {
    expect(plainTextToHtml('Un\r\ndeux\n\n\n  \ntrois\n')).toBe('<p>Un<br>deux</p><p>trois</p>');
  });

  it('never reads the text as HTML', () => {
    const html = plainTextToHtml('<script>window.__pwned=1</script> & <b>gras</b>');
    expect(html).toBe(
      '<p>&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;</p>',
    );
    expect(textOf(documentFromHtml(html))).toBe('<script>window.__pwned=1</script> & <b>gras</b>');
  });

  it('links URLs that pass the policy, without trailing punctuation, and no others', () => {
    expect(
      plainTextToHtml(
        'Voir https://example.org/a?b=1&c=2. Pas javascript:alert(1) ni file:///etc.',
      ),
    ).toBe(
      '<p>Voir <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>. ' +
        'Pas javascript:alert(1) ni file:///etc.</p>',
    );
  });

  it('removes NUL and other control characters', () => {
    expect(plainTextToHtml('Texte\u0000 témoin\u0007 45.')).toBe('<p>Texte témoin 45.</p>');
  });

  it('keeps each WhatsApp message as its own paragraph, every message kept', () => {
    const source = readCorpusFile('paste', '05-whatsapp-forward.txt');
    const pasted = documentFromText(source);
    const lines = source.trim().split('\n');
    expect(pasted.content?.map((paragraph) => textOf(paragraph))).toEqual(lines);
    const link = pasted.content?.[12]?.content?.[1];
    expect(link?.marks?.[0]?.attrs?.href).toBe(
      'https://www.example.com/kayes/incendie-marche?src=wa&t=0612',
    );
  });

  it('keeps the lines of a forwarded e-mail, paragraph by paragraph', () => {
    const source = readCorpusFile('paste', '06-email-forward.txt');
    const pasted = documentFromText(source);
    const blocks = source.trim().split(/\n\s*\n/);
    expect(pasted.content?.map((paragraph) => textOf(paragraph))).toEqual(blocks);
  });
});

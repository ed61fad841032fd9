import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../../../shared/model/tiptap-document';
import { corpusPath } from '../../../tests/corpus/corpus-files';
import { importBytes } from './import-bytes';
import { importFile } from './import-file';

const nodes = (node: TiptapNode): TiptapNode[] => [node, ...(node.content ?? []).flatMap(nodes)];
const encode = (text: string) => new TextEncoder().encode(text);

describe('HTML import through the one intake shared with paste', () => {
  it('Word: the final text of tracked changes, no comment, real lists, the English passage', async () => {
    const draft = await importFile(join(corpusPath('paste'), '01-word-windows.html'));
    const text = nodes(draft.body)
      .map((node) => node.text ?? '')
      .join('');
    expect(text).toContain('Les vingt maraîchères');
    expect(text).not.toContain('dix-huit');
    expect(text).not.toMatch(/NCF1|Vérifier/);
    expect(text).not.toMatch(/[·§]/);
    expect(draft.body.content?.map((node) => node.type)).toEqual(
      expect.arrayContaining(['bulletList', 'orderedList']),
    );
    const english = nodes(draft.body).find((node) =>
      node.marks?.some((mark) => mark.type === 'language'),
    );
    expect(english).toMatchObject({
      text: '“We wanted a system the women can repair themselves”',
      marks: [{ type: 'language', attrs: { lang: 'en-US' } }],
    });
  });

  it('keeps merged cells and cell alignment, and refuses a colspan that would flood the table', async () => {
    const draft = await importBytes(
      'resultats.html',
      encode(
        '<table><tr><th colspan="2" style="text-align: center">Résultats</th></tr>' +
          '<tr><td rowspan="2" align="right">12</td><td colspan="5000">Non</td></tr>' +
          '<tr><td>x</td></tr></table>',
      ),
    );
    const cells = nodes(draft.body).filter((node) => node.type?.startsWith('table') && node.attrs);
    expect(
      cells.map((cell) => [cell.attrs?.colspan, cell.attrs?.rowspan, cell.attrs?.align]),
    ).toEqual([
      [2, 1, 'center'],
      [1, 2, 'right'],
      [1, 1, null],
      [1, 1, null],
    ]);
  });
});

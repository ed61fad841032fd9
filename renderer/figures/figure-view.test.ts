import { Editor } from '@tiptap/core';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { createExtensions } from '../../shared/editor/extensions';
import { setupI18n } from '../i18n/setup';
import { useEditorSession } from '../state/editor-session';
import { FigureEditing } from './figure-editing';

const name = `${'a'.repeat(64)}.png`;
const src = `copydesk-asset:${name}`;
let editor: Editor | undefined;

beforeAll(async () => {
  await setupI18n('en');
});

afterEach(async () => {
  editor?.destroy();
  editor = undefined;
  document.body.innerHTML = '';
  await i18next.changeLanguage('en');
});

const mount = (attributes: Record<string, string>, editable = true) => {
  sessionStorage.setItem('copydesk.token', 'session-token');
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({
    element,
    editable,
    extensions: [...createExtensions(), ...FigureEditing],
    content: {
      type: 'doc',
      content: [{ type: 'figure', attrs: attributes }, { type: 'paragraph' }],
    },
  });
  const figure = element.querySelector('figure')!;
  const field = (label: string) =>
    [...figure.querySelectorAll('label')]
      .find((candidate) => candidate.textContent === label)
      ?.querySelector('input') ?? null;
  return { editor, element, figure, field };
};

const type = (input: HTMLInputElement | null, value: string) => {
  input!.value = value;
  input!.dispatchEvent(new Event('input', { bubbles: true }));
};

const figureAttributes = (current: Editor) => current.getJSON().content?.[0]?.attrs;

const warning = (figure: HTMLElement) => figure.querySelector<HTMLElement>('.figure-warning')!;

describe('the figure node view', () => {
  it('shows the library image through the same-origin asset route, with its alt text', () => {
    const { figure } = mount({ src, alt: 'Le port de Dakar', caption: '', credit: '' });
    const image = figure.querySelector('img')!;
    expect(image.getAttribute('src')).toBe(`/library-assets/${name}?token=session-token`);
    expect(image.alt).toBe('Le port de Dakar');
  });

  it('writes caption, credit and alt text into the article as they are typed', () => {
    const { editor, field } = mount({ src, alt: '', caption: '', credit: '' });
    type(field('Caption'), 'Le port de Dakar au lever du jour.');
    type(field('Credit'), 'Awa Diop / AFP');
    type(field('Alt text'), 'Des pirogues colorées sur une plage.');
    expect(figureAttributes(editor)).toEqual({
      src,
      caption: 'Le port de Dakar au lever du jour.',
      credit: 'Awa Diop / AFP',
      alt: 'Des pirogues colorées sur une plage.',
    });
  });

  it('warns while caption, credit or alt text is missing', () => {
    const { figure, field } = mount({ src, alt: 'Pirogues', caption: 'Dakar', credit: '' });
    expect(warning(figure).hidden).toBe(false);
    expect(warning(figure).textContent).toBe('Missing caption, credit or alt text');
    type(field('Credit'), 'AFP');
    expect(warning(figure).hidden).toBe(true);
    type(field('Caption'), '  ');
    expect(warning(figure).hidden).toBe(false);
  });

  it('follows the document when it changes from elsewhere (undo)', () => {
    const { editor, field } = mount({ src, alt: '', caption: '', credit: '' });
    type(field('Caption'), 'Dakar');
    editor.commands.undo();
    expect(field('Caption')!.value).toBe('');
  });

  it('speaks French when the interface does', async () => {
    const { figure, field } = mount({ src, alt: '', caption: '', credit: '' });
    await i18next.changeLanguage('fr');
    expect(field('Légende')).not.toBeNull();
    expect(field('Crédit')).not.toBeNull();
    expect(field('Texte alternatif')).not.toBeNull();
    expect(warning(figure).textContent).toBe('Légende, crédit ou texte alternatif manquant');
  });

  it('shows no image for a source outside the allowlist', () => {
    const { figure } = mount({
      src: 'https://tracker.invalid/x.png',
      alt: '',
      caption: 'x',
      credit: '',
    });
    expect(figure.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(figure.querySelector<HTMLElement>('.figure-unavailable')!.hidden).toBe(false);
  });

  it('keeps the fields read-only when the body is', () => {
    const { editor, field } = mount({ src, alt: '', caption: 'Dakar', credit: '' }, false);
    const caption = field('Caption')!;
    expect(caption.readOnly).toBe(true);
    type(caption, 'Changed');
    expect(figureAttributes(editor)?.caption).toBe('Dakar');
  });

  it('serialises the stored source, never the display URL with the token', () => {
    const { editor } = mount({ src, alt: 'Pirogues', caption: 'Dakar', credit: 'AFP' });
    expect(editor.getHTML()).toContain(`src="${src}"`);
    expect(editor.getHTML()).not.toContain('session-token');
  });
});

describe('French typography as you type in figure fields', () => {
  afterEach(() => useEditorSession.setState({ article: null }));

  it('corrects the caption and the credit of a French article, not the alt text', () => {
    useEditorSession.setState({
      article: { language: 'fr', typography: true } as Article,
    });
    const { editor: current, field } = mount({
      src,
      alt: "l'",
      caption: 'Quoi',
      credit: "Photo d'",
    });
    const typeOne = (label: string, value: string) => {
      const input = field(label)!;
      input.value = value;
      input.setSelectionRange(value.length, value.length);
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    };
    typeOne('Caption', 'Quoi?');
    typeOne('Credit', "Photo d'A");
    typeOne('Alt text', "l'a");
    expect(figureAttributes(current)).toMatchObject({
      caption: 'Quoi\u202F?',
      credit: 'Photo d’A',
      alt: "l'a",
    });
  });
});

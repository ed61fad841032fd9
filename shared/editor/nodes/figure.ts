import { mergeAttributes, Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { isAllowedImageSource } from '../policy/image-source-policy';

export interface FigureAttributes {
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      insertFigure: (attributes: Partial<FigureAttributes>) => ReturnType;
    };
  }
}

const allowedSource = (source: unknown): string =>
  typeof source === 'string' && isAllowedImageSource(source) ? source : '';

const textOf = (element: Element | null | undefined): string => element?.textContent ?? '';

/** Our own figcaptions have `.caption`/`.credit` spans; a foreign one is all caption. */
const captionOf = (figcaption: Element | null): string => {
  if (figcaption === null) return '';
  const caption = figcaption.querySelector('.caption');
  if (caption !== null || figcaption.querySelector('.credit') !== null) return textOf(caption);
  return textOf(figcaption).trim();
};

const imageOf = (element: HTMLElement): HTMLImageElement | null => element.querySelector('img');

const captionSpec = (caption: string, credit: string): DOMOutputSpec[] => {
  const parts: (DOMOutputSpec | string)[] = [];
  if (caption !== '') parts.push(['span', { class: 'caption' }, caption]);
  if (caption !== '' && credit !== '') parts.push(' ');
  if (credit !== '') parts.push(['span', { class: 'credit' }, credit]);
  return parts.length === 0 ? [] : [['figcaption', {}, ...parts]];
};

/**
 * An image from the library with caption, credit and alt text. Sources outside the image
 * allowlist are dropped on parse, insert and render; the caption and credit are kept. Without
 * an image, the alt text rides on `data-alt` so that HTML round trips lose nothing.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      src: {
        default: '',
        rendered: false,
        parseHTML: (element) => allowedSource(imageOf(element)?.getAttribute('src')),
      },
      alt: {
        default: '',
        rendered: false,
        parseHTML: (element) =>
          imageOf(element)?.getAttribute('alt') ?? element.getAttribute('data-alt') ?? '',
      },
      caption: {
        default: '',
        rendered: false,
        parseHTML: (element) => captionOf(element.querySelector('figcaption')),
      },
      credit: {
        default: '',
        rendered: false,
        parseHTML: (element) => textOf(element.querySelector('figcaption .credit')),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, caption, credit } = node.attrs as FigureAttributes;
    const source = allowedSource(src);
    const image: DOMOutputSpec[] = source === '' ? [] : [['img', { src: source, alt }]];
    const pendingAlt = source === '' && alt !== '' ? { 'data-alt': alt } : {};
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { 'data-type': 'figure' }, pendingAlt),
      ...image,
      ...captionSpec(caption, credit),
    ];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: { ...attributes, src: allowedSource(attributes.src) },
          }),
    };
  },
});

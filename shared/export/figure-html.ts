import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { FigureAttributes } from '../editor/nodes/figure';
import { escapeHtml } from './escape-html';

export interface FigureClasses {
  figure: string;
  figcaption: string;
}

const captionHtml = ({ caption, credit }: FigureAttributes, className: string): string => {
  const parts = [
    caption === '' ? '' : `<span class="caption">${escapeHtml(caption)}</span>`,
    credit === '' ? '' : `<span class="credit">${escapeHtml(credit)}</span>`,
  ].filter((part) => part !== '');
  if (parts.length === 0) return '';
  const classAttribute = className === '' ? '' : ` class="${className}"`;
  return `<figcaption${classAttribute}>${parts.join(' ')}</figcaption>`;
};

/**
 * A figure as the editor renders it (`<img>` only with an allowed or resolved source, alt text on
 * `data-alt` when there is no image), with an export source and optional WordPress classes.
 */
export const renderFigureHtml = (
  node: ProseMirrorNode,
  source: string,
  classes: FigureClasses = { figure: '', figcaption: '' },
): string => {
  const attributes = node.attrs as FigureAttributes;
  const image =
    source === '' ? '' : `<img src="${escapeHtml(source)}" alt="${escapeHtml(attributes.alt)}">`;
  const pendingAlt =
    source === '' && attributes.alt !== '' ? ` data-alt="${escapeHtml(attributes.alt)}"` : '';
  const classAttribute = classes.figure === '' ? '' : ` class="${classes.figure}"`;
  return `<figure${classAttribute} data-type="figure"${pendingAlt}>${image}${captionHtml(attributes, classes.figcaption)}</figure>`;
};

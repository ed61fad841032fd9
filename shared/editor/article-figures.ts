import { assetSourcePattern } from './policy/image-source-policy';
import type { FigureAttributes } from './nodes/figure';
import type { TiptapDocument } from '../model/tiptap-document';

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

interface JsonNode {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
}

/** The body's figures stored in the library, in reading order, each picture once. */
export const articleFigures = (body: TiptapDocument): FigureAttributes[] => {
  const figures = new Map<string, FigureAttributes>();
  const visit = (node: JsonNode): void => {
    if (node.type === 'figure') {
      const src = textOf(node.attrs?.src);
      if (assetSourcePattern.test(src) && !figures.has(src)) {
        figures.set(src, {
          src,
          alt: textOf(node.attrs?.alt),
          caption: textOf(node.attrs?.caption),
          credit: textOf(node.attrs?.credit),
        });
      }
    }
    node.content?.forEach(visit);
  };
  visit(body);
  return [...figures.values()];
};

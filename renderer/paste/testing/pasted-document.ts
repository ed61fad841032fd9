import { getSchema, type JSONContent } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser } from '@tiptap/pm/model';
import { createExtensions } from '../../../shared/editor/extensions';

const schema = getSchema(createExtensions());

/**
 * What the editor's schema makes of sanitised HTML: the same as `generateJSON` from
 * `@tiptap/html`, but always on jsdom's DOMParser (the package's Node build uses happy-dom).
 */
export const documentFromHtml = (html: string): JSONContent => {
  const dom = new DOMParser().parseFromString(html, 'text/html');
  return ProseMirrorDOMParser.fromSchema(schema).parse(dom.body).toJSON() as JSONContent;
};

/** A sanitised fragment as the clipboard parser reads it (whitespace collapsed, as for HTML). */
export const documentFromFragment = (node: Node): JSONContent =>
  ProseMirrorDOMParser.fromSchema(schema).parse(node).toJSON() as JSONContent;

/** Plain-text pastes are parsed keeping their whitespace, as `CleanPaste` does. */
export const documentFromNode = (node: Node): JSONContent =>
  ProseMirrorDOMParser.fromSchema(schema)
    .parse(node, { preserveWhitespace: true })
    .toJSON() as JSONContent;

/** Every node of a document, depth first, without recursion. */
export const allNodes = (document: JSONContent): JSONContent[] => {
  const nodes: JSONContent[] = [];
  const pending = [document];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    nodes.push(node);
    pending.push(...[...(node.content ?? [])].reverse());
  }
  return nodes;
};

export const textOf = (document: JSONContent): string =>
  allNodes(document)
    .map((node) => node.text ?? (node.type === 'hardBreak' ? '\n' : ''))
    .join('');

export const markedTexts = (document: JSONContent, markType: string): string[] =>
  allNodes(document)
    .filter((node) => node.marks?.some((mark) => mark.type === markType) ?? false)
    .map((node) => node.text ?? '');

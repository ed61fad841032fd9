import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeProps } from '@tiptap/static-renderer';

export type HtmlNodeRenderer = (props: NodeProps<ProseMirrorNode, string | string[]>) => string;
export type HtmlNodeMapping = Record<string, HtmlNodeRenderer>;

/** The rendered children of a node as one string. */
export const joinChildren = (children: string | string[] | undefined, separator = ''): string =>
  Array.isArray(children) ? children.join(separator) : (children ?? '');

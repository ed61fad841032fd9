import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { MarkProps, NodeProps } from '@tiptap/static-renderer';

export type HtmlNodeRenderer = (props: NodeProps<ProseMirrorNode, string | string[]>) => string;
export type HtmlNodeMapping = Record<string, HtmlNodeRenderer>;
export type HtmlMarkRenderer = (
  props: MarkProps<Mark, string | string[], ProseMirrorNode>,
) => string;

/** The rendered children of a node as one string. */
export const joinChildren = (children: string | string[] | undefined, separator = ''): string =>
  Array.isArray(children) ? children.join(separator) : (children ?? '');

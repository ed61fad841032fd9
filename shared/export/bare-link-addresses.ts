import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const shownAddress = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/|mailto:)/, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

const linkOf = (node: ProseMirrorNode): string | null => {
  const link = node.marks.find((mark) => mark.type.name === 'link');
  return link === undefined ? null : String(link.attrs.href ?? '');
};

/**
 * The addresses of the links whose text already is the address ("https://example.org/a",
 * "example.org/a"): print need not repeat them after the link. A link split over several text
 * nodes (part of it bold) is read as one.
 */
export const bareLinkAddresses = (document: ProseMirrorNode): Set<string> => {
  const bare = new Set<string>();
  document.descendants((block) => {
    if (!block.isTextblock) return true;
    let href: string | null = null;
    let text = '';
    const close = () => {
      if (href !== null && shownAddress(text) === shownAddress(href)) bare.add(href);
    };
    block.forEach((child) => {
      const next = linkOf(child);
      if (next !== href) {
        close();
        href = next;
        text = '';
      }
      text += child.isText ? (child.text ?? '') : '\n';
    });
    close();
    return false;
  });
  return bare;
};

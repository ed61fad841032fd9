import { normaliseLinkUrl } from '../../shared/editor/policy/link-policy';

const urlPattern = /\b(?:https?:\/\/|mailto:)[^\s<>"«»]+/gi;
const trailingPunctuation = /[.,;:!?'’)\]}…]+$/u;

/**
 * Appends `text` to `parent` as text nodes, with each URL that passes the link policy wrapped
 * in an `<a>` (its text unchanged). Nothing in `text` is ever read as markup.
 */
export const appendLinkedText = (parent: Node, text: string): void => {
  const document = parent.ownerDocument ?? (parent as Document);
  let position = 0;
  for (const match of text.matchAll(urlPattern)) {
    const url = match[0].replace(trailingPunctuation, '');
    const href = normaliseLinkUrl(url);
    if (href === null) continue;
    const start = match.index;
    if (start > position) parent.appendChild(document.createTextNode(text.slice(position, start)));
    const link = document.createElement('a');
    link.setAttribute('href', href);
    link.textContent = url;
    parent.appendChild(link);
    position = start + url.length;
  }
  if (position < text.length) parent.appendChild(document.createTextNode(text.slice(position)));
};

import type { HtmlMarkRenderer } from './html-node-mapping';
import { joinChildren } from './html-node-mapping';
import { escapeHtml } from './escape-html';

/**
 * Exported links: the address alone, and `rel="nofollow"` only when the user's setting asks for
 * it. (The editor's `noopener noreferrer` matter only with a `target`, which is never written.)
 */
export const linkHtml =
  (nofollow: boolean): HtmlMarkRenderer =>
  ({ mark, children }) => {
    const rel = nofollow ? ' rel="nofollow"' : '';
    return `<a href="${escapeHtml(String(mark.attrs.href ?? ''))}"${rel}>${joinChildren(children)}</a>`;
  };

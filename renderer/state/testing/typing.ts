import { writeArticleChanges } from '../../../shared/collab/write-article-changes';
import type { EditorSessionState } from '../editor-session-state';
import { paragraphs } from './editor-fakes';

/**
 * Types into the open article's body as the editor would (a local change of its document).
 * @internal Tests only.
 */
export const typeInto =
  (session: { getState(): EditorSessionState }) =>
  (...texts: string[]): void => {
    const document = session.getState().document;
    if (!document) throw new Error('No article is open.');
    writeArticleChanges(document, { body: paragraphs(...texts) }, 'typing');
  };

import type { Extensions } from '@tiptap/core';
import { generateJSON } from '@tiptap/html';
import * as Y from 'yjs';
import { writeArticleChanges } from '../../../shared/collab/write-article-changes';
import { createExtensions } from '../../../shared/editor/extensions';
import type { TiptapDocument } from '../../../shared/model/tiptap-document';
import { createBodyExtensions } from '../body-extensions';

/**
 * The body editor's extensions on a document holding `html`, as the library would serve it: the
 * editor itself is given no content (it would insert it a second time).
 * @internal Tests only.
 */
export const bodyEditorOptions = (html: string): { extensions: Extensions; document: Y.Doc } => {
  const document = new Y.Doc();
  const body = generateJSON(html, createExtensions()) as TiptapDocument;
  writeArticleChanges(document, { body });
  return { extensions: createBodyExtensions(document), document };
};

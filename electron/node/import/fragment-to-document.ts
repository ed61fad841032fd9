import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { DOMParser } from '@tiptap/pm/model';
import { createExtensions } from '../../../shared/editor/extensions';
import type { TiptapDocument } from '../../../shared/model/tiptap-document';
import { cleanDocument } from './clean-document';
import type { HtmlParent } from './html-dom';

let schema: Schema | undefined;

/**
 * A sanitised fragment through the schema's own parse rules (what `generateJSON` does), reading the
 * jsdom nodes DOMPurify produced instead of re-serialising them for a second HTML parser.
 */
export const fragmentToDocument = (fragment: HtmlParent): TiptapDocument => {
  schema ??= getSchema(createExtensions());
  const parsed = DOMParser.fromSchema(schema).parse(fragment);
  return cleanDocument(parsed.toJSON() as TiptapDocument);
};

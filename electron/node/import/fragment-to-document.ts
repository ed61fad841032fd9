import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { DOMParser } from '@tiptap/pm/model';
import { createExtensions } from '../../../shared/editor/extensions';
import type { IntakeFragment } from '../../../shared/editor/intake/intake-dom';
import { tidySanitisedHtml } from '../../../shared/editor/intake/tidy-sanitised-html';
import type { TiptapDocument } from '../../../shared/model/tiptap-document';
import { cleanDocument } from './clean-document';

let schema: Schema | undefined;

/**
 * A sanitised fragment tidied as paste tidies it (headings on the schema's levels, stray images
 * and spacing dropped), then through the schema's own parse rules, reading the jsdom nodes
 * DOMPurify produced instead of re-serialising them for a second HTML parser.
 */
export const fragmentToDocument = (fragment: IntakeFragment): TiptapDocument => {
  schema ??= getSchema(createExtensions());
  tidySanitisedHtml(fragment);
  const parsed = DOMParser.fromSchema(schema).parse(fragment);
  return cleanDocument(parsed.toJSON() as TiptapDocument);
};

import { DOMParser } from '@tiptap/pm/model';
import { editorSchema } from '../../../shared/editor/editor-schema';
import type { IntakeFragment } from '../../../shared/editor/intake/intake-dom';
import { tidySanitisedHtml } from '../../../shared/editor/intake/tidy-sanitised-html';
import type { TiptapDocument } from '../../../shared/model/tiptap-document';
import { cleanDocument } from './clean-document';

/**
 * A sanitised fragment tidied as paste tidies it (headings on the schema's levels, stray images
 * and spacing dropped), then through the schema's own parse rules, reading the jsdom nodes
 * DOMPurify produced instead of re-serialising them for a second HTML parser.
 */
export const fragmentToDocument = (fragment: IntakeFragment): TiptapDocument => {
  tidySanitisedHtml(fragment);
  const parsed = DOMParser.fromSchema(editorSchema()).parse(fragment);
  return cleanDocument(parsed.toJSON() as TiptapDocument);
};

import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { createExtensions } from './extensions';

let schema: Schema | undefined;

/** The editor's ProseMirror schema, built once: the same one the editor, import and merges use. */
export const editorSchema = (): Schema => (schema ??= getSchema(createExtensions()));

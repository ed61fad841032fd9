import { getSchema } from '@tiptap/core';
import type { Extensions } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { createExtensions } from '../editor/extensions';

let extensions: Extensions | undefined;
let schema: Schema | undefined;

/** The one extension list, created once for every renderer. */
export const exportExtensions = (): Extensions => {
  extensions ??= createExtensions();
  return extensions;
};

/** The editor's schema, built once from the one extension list. */
export const exportSchema = (): Schema => {
  schema ??= getSchema(exportExtensions());
  return schema;
};

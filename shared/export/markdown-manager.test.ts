import { getSchema } from '@tiptap/core';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { exportSchema } from './export-schema';
import { markdownExtensions, markdownManager } from './markdown-manager';

describe('markdownManager', () => {
  it('adds Markdown forms without changing the schema', () => {
    const schema = getSchema(markdownExtensions());
    expect(Object.keys(schema.nodes)).toEqual(Object.keys(exportSchema().nodes));
    expect(Object.keys(schema.marks)).toEqual(Object.keys(exportSchema().marks));
  });

  it('registers its tokenizers on its own marked instance, not the global one', () => {
    markdownManager().parse('> [!pullquote] x\n>\n> y\n');
    expect(marked.defaults.extensions?.block ?? []).toHaveLength(0);
  });
});

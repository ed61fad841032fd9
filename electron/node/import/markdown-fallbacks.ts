import type { JSONContent, MarkdownParseHelpers } from '@tiptap/core';
import { Extension } from '@tiptap/core';

const linesWithBreaks = (text: string, helpers: MarkdownParseHelpers): JSONContent[] =>
  text
    .split('\n')
    .flatMap((line, index) => [
      ...(index > 0 ? [helpers.createNode('hardBreak')] : []),
      ...(line === '' ? [] : [helpers.createTextNode(line)]),
    ]);

/**
 * Parse-only handlers for Markdown the schema has no node for (code blocks and spans): their text
 * is kept instead of being dropped. They add nothing to the schema.
 */
export const markdownFallbacks = [
  Extension.create({
    name: 'importCodeBlockAsText',
    markdownTokenName: 'code',
    // The info string (```<style/onload=…>) is ignored: only the code's text is kept.
    parseMarkdown: (token, helpers) =>
      helpers.createNode(
        'paragraph',
        undefined,
        linesWithBreaks(String(token.text ?? ''), helpers),
      ),
  }),
  Extension.create({
    name: 'importCodeSpanAsText',
    markdownTokenName: 'codespan',
    parseMarkdown: (token, helpers) => helpers.createTextNode(String(token.text ?? '')),
  }),
];

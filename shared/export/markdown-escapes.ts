import { encodeHtmlEntities } from '@tiptap/core';

/**
 * Inline escaping for text: the manager's set (`\ ` * _ [ ] ~`) plus every `+`: Tiptap's
 * `++underline++` tokenizer ignores backslashes, so no two `+` may touch, even across a mark edge.
 */
export const escapeMarkdownSyntax = (text: string): string =>
  text.replace(/([\\`*_[\]~+])/g, '\\$1');

/** Text as it is written inside Markdown inline content. */
export const escapeMarkdownText = (text: string): string =>
  escapeMarkdownSyntax(encodeHtmlEntities(text));

const blockMarker = /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|=+\s*$|-+\s*$)/;
// Tiptap's ordered lists also take letters and roman numerals (`a)`, `iv.`, and so `M. Dupont`).
const orderedMarker = /^(\s*(?:\d+|[ivxlcdmIVXLCDM]+|[a-zA-Z]{1,2}))([.)])(?=\s|$)/;

/**
 * A line of paragraph text that would start a block (`# `, `- `, `+ `, `1. `, `a) `, `---`, `===`)
 * gets its marker backslash-escaped.
 */
export const escapeLineStart = (line: string): string =>
  line
    .replace(blockMarker, (_match, space: string, marker: string) => `${space}\\${marker}`)
    .replace(orderedMarker, (_match, number: string, dot: string) => `${number}\\${dot}`);

import { foldText } from './fold-text';
import { unfoldedSource } from './folded-pattern';
import type { SearchTerm } from './search-terms';

export const matchStart = '\uE000';
export const matchEnd = '\uE001';

const wordsBefore = 5;
const wordsAfter = 11;
const reach = 400;

const tokenCharacter = '[\\p{L}\\p{N}\\p{Co}]';

/** A term's pattern in folded text: whole words for phrases, word starts for typed words. */
const termPattern = (term: SearchTerm): RegExp => {
  const body = term.tokens.join(`[^\\p{L}\\p{N}\\p{Co}]+`);
  const ending = term.phrase ? `(?!${tokenCharacter})` : `${tokenCharacter}*`;
  return new RegExp(`(?<!${tokenCharacter})${body}${ending}`, 'gu');
};

/**
 * The same in the text as written, each letter a class of what folds to it, and without the
 * look-behind: a pattern starting with one scans fast, a look-behind is tried at every character.
 * Compiled once per search (a page's rows share its terms).
 */
const unfoldedPatterns = new WeakMap<SearchTerm, RegExp>();

const unfoldedPattern = (term: SearchTerm): RegExp => {
  let pattern = unfoldedPatterns.get(term);
  if (pattern === undefined) {
    const body = term.tokens.map(unfoldedSource).join(`[^\\p{L}\\p{N}\\p{Co}]+`);
    const ending = term.phrase ? `(?!${tokenCharacter})` : '';
    pattern = new RegExp(`${body}${ending}`, 'gu');
    unfoldedPatterns.set(term, pattern);
  }
  return pattern;
};

const endsInWord = new RegExp(`${tokenCharacter}$`, 'u');

/** Where a term first starts a word in `text`, or -1. */
const firstWordStart = (text: string, pattern: RegExp): number => {
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) {
    if (!endsInWord.test(text.slice(Math.max(0, hit.index - 2), hit.index))) return hit.index;
    pattern.lastIndex = hit.index + 1;
  }
  return -1;
};

/** The characters of `\s`, tested by code: a regular expression per character costs more than the rest of a snippet. */
const spaces = new Set(
  [...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((space) =>
    space.charCodeAt(0),
  ),
);

const isSpace = (character: string | undefined): boolean => {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  return spaces.has(code) || (code >= 0x2000 && code <= 0x200a);
};

const startBefore = (text: string, index: number): number => {
  let position = index;
  for (let count = 0; count < wordsBefore && position > 0 && index - position < reach; count += 1) {
    while (position > 0 && isSpace(text[position - 1])) position -= 1;
    while (position > 0 && !isSpace(text[position - 1]) && index - position < reach) position -= 1;
  }
  return position;
};

const endAfter = (text: string, index: number): number => {
  let position = index;
  for (
    let count = 0;
    count < wordsAfter && position < text.length && position - index < reach;
    count += 1
  ) {
    while (position < text.length && isSpace(text[position])) position += 1;
    while (position < text.length && !isSpace(text[position]) && position - index < reach)
      position += 1;
  }
  return position;
};

const spansIn = (folded: string, patterns: RegExp[]): [number, number][] =>
  patterns
    .flatMap((pattern) =>
      [...folded.matchAll(pattern)].map((hit): [number, number] => [
        hit.index,
        hit.index + hit[0].length,
      ]),
    )
    .sort((left, right) => left[0] - right[0]);

/** Where the first match starts, found in the text as written: folding a long body costs more. */
const firstMatch = (text: string, terms: SearchTerm[]): number => {
  const hits = terms
    .map((term) => firstWordStart(text, unfoldedPattern(term)))
    .filter((index) => index >= 0);
  return hits.length > 0 ? Math.min(...hits) : -1;
};

/**
 * A short passage of `text` around the first match of the terms, matches wrapped in U+E000 …
 * U+E001, '…' where cut; null when no term occurs. Linear in the text (FTS5's own snippet() is
 * quadratic in the number of hits, seconds on a long article full of a common word).
 */
export const snippetOf = (text: string, terms: SearchTerm[]): string | null => {
  const first = firstMatch(text, terms);
  if (first < 0) return null;
  const start = startBefore(text, first);
  const end = endAfter(text, first);
  let marked = '';
  let cursor = start;
  const patterns = terms.map(termPattern);
  for (const [from, to] of spansIn(foldText(text.slice(start, end)), patterns)) {
    if (from + start < cursor) continue;
    marked += `${text.slice(cursor, from + start)}${matchStart}${text.slice(from + start, to + start)}${matchEnd}`;
    cursor = to + start;
  }
  marked += text.slice(cursor, end);
  const passage = marked.replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${passage}${end < text.length ? '…' : ''}`;
};

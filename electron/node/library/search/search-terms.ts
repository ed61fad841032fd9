import { foldText } from './fold-text';

/** A search term as the index sees it: folded tokens, the last one a prefix for typed words. */
export interface SearchTerm {
  source: string;
  tokens: string[];
  phrase: boolean;
}

const termPattern = /"([^"]*)"?|[^\s"]+/gu;
const separators = /[^\p{L}\p{N}\p{Co}]+/u;

/** Words (prefix-matched) and "quoted phrases" from what a reader typed; pure punctuation dropped. */
export const parseSearchTerms = (text: string): SearchTerm[] => {
  const terms: SearchTerm[] = [];
  for (const match of text.matchAll(termPattern)) {
    const phrase = match[1];
    const source = phrase ?? match[0];
    const tokens = foldText(source)
      .split(separators)
      .filter((token) => token !== '');
    if (tokens.length > 0) terms.push({ source, tokens, phrase: phrase !== undefined });
  }
  return terms;
};

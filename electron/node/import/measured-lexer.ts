import type { Token, Tokens, TokensList } from 'marked';
import { Lexer } from 'marked';
import { AppError } from '../../../shared/errors/error-code';
import { count } from './count';
import { markdownLimits } from './markdown-complexity';
import { assertTableSize } from './table-limits';

/** Marks and links inside one another (bold in a link in italics is 3). */
const inlineNestingLimit = 32;
// The line scan (markdown-containers) refuses deeper containers first; this guards what it misses.
const blockNestingLimit = markdownLimits.nesting + 8;

const refuseNesting = (what: string, limit: number): never => {
  throw new AppError(
    'invalid',
    `${what} nested more than ${count(limit)} deep; Copydesk accepts ${count(limit)}.`,
  );
};

const assertTables = (tokens: readonly Token[], cells = { total: 0 }): void => {
  for (const token of tokens) {
    if (token.type === 'table') {
      const { header, rows } = token as Tokens.Table;
      cells.total += header.length * (rows.length + 1);
      assertTableSize(header.length, cells.total);
    }
    if (token.type === 'list') {
      for (const item of (token as Tokens.List).items) assertTables(item.tokens, cells);
    } else if ('tokens' in token && Array.isArray(token.tokens)) assertTables(token.tokens, cells);
  }
};

/**
 * marked's lexer, measuring what it builds: block and inline recursion are counted as they
 * happen (refused before they run away), and tables are measured from the finished tokens,
 * before Tiptap turns each cell into nodes.
 */
export class MeasuredLexer extends Lexer {
  #blockDepth = 0;
  #inlineDepth = 0;

  override lex(source: string): TokensList {
    const tokens = super.lex(source);
    assertTables(tokens);
    return tokens;
  }

  override blockTokens(source: string, tokens?: Token[], clipped?: boolean): Token[];
  override blockTokens(source: string, tokens?: TokensList, clipped?: boolean): TokensList;
  override blockTokens(source: string, tokens: Token[] = [], clipped?: boolean): Token[] {
    this.#blockDepth += 1;
    try {
      if (this.#blockDepth > blockNestingLimit) refuseNesting('lists or quotes', blockNestingLimit);
      return super.blockTokens(source, tokens, clipped);
    } finally {
      this.#blockDepth -= 1;
    }
  }

  override inlineTokens(source: string, tokens?: Token[]): Token[] {
    this.#inlineDepth += 1;
    try {
      if (this.#inlineDepth > inlineNestingLimit) {
        refuseNesting('bold, italics and links', inlineNestingLimit);
      }
      return super.inlineTokens(source, tokens);
    } finally {
      this.#inlineDepth -= 1;
    }
  }
}

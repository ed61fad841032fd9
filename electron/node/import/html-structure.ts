import type { DefaultTreeAdapterMap, TreeAdapter } from 'parse5';
import { defaultTreeAdapter, parse } from 'parse5';
import { AppError } from '../../../shared/errors/error-code';
import { count } from './count';
import { assertTableSize } from './table-limits';

/** What jsdom may build from one file; real articles stay far below. */
export const htmlLimits = { depth: 256, elements: 100_000, text: 1_000_000 };

const refuse = (what: string, limit: number): never => {
  throw new AppError('invalid', `${what}; Copydesk accepts ${count(limit)}.`);
};

/**
 * Runs parse5 (the parser inside jsdom) over the HTML with a tree adapter that keeps no text and
 * watches its stack of open elements, so nesting is measured as jsdom will build it: `<div/>`
 * opens a div, unclosed tags stay open, `<p>` closes `<p>`. Stops at the first limit passed,
 * before the cost (each open element is rescanned per tag) grows.
 */
export const assertHtmlStructure = (html: string): void => {
  let depth = 0;
  let elements = 0;
  let cells = 0;
  const rows: number[] = [];
  let text = 0;
  // Text is counted, not kept: the sanitiser's cost grows with it.
  const addText = (characters: string): void => {
    text += characters.length;
    if (text > htmlLimits.text) {
      refuse(`it holds more than ${count(htmlLimits.text)} characters of text`, htmlLimits.text);
    }
  };
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    insertText: (_parent, characters) => addText(characters),
    insertTextBefore: (_parent, characters) => addText(characters),
    createElement: (...element) => {
      elements += 1;
      if (elements > htmlLimits.elements) {
        refuse(
          `it holds more than ${count(htmlLimits.elements)} HTML elements`,
          htmlLimits.elements,
        );
      }
      return defaultTreeAdapter.createElement(...element);
    },
    onItemPush: (element) => {
      depth += 1;
      if (depth > htmlLimits.depth) {
        refuse(
          `its HTML elements nest more than ${count(htmlLimits.depth)} deep`,
          htmlLimits.depth,
        );
      }
      if (element.tagName === 'tr') rows.push(0);
      if (element.tagName !== 'td' && element.tagName !== 'th') return;
      rows[rows.length - 1] = (rows[rows.length - 1] ?? 0) + 1;
      cells += 1;
    },
    // A row is measured once closed (its width is then known); the element limit bounds it before.
    onItemPop: (element) => {
      depth -= 1;
      if (element.tagName === 'tr') assertTableSize(rows.pop() ?? 0, cells);
    },
  };
  parse(html, { treeAdapter });
};

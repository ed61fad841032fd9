import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { findUnsafeHtml } from './find-unsafe-html';

/** Parses exported HTML like a browser would and asserts the security pass criteria. */
export const expectSafeHtml = (html: string, allowStyleElement = false): Document => {
  const { document } = new JSDOM(html).window;
  expect(findUnsafeHtml(document, allowStyleElement)).toEqual([]);
  expect(html).not.toMatch(/javascript:|vbscript:|<!--(?! \/?wp:)/i);
  return document;
};

import { describe, expect, it } from 'vitest';
import { assertMarkdownComplexity } from './markdown-complexity';
import { measureMarkdownContainers } from './markdown-containers';

const indentedList = (depth: number): string =>
  Array.from({ length: depth }, (_, level) => `${' '.repeat(2 * level)}- point`).join('\n');

describe('Markdown nesting, measured as the parser builds it', () => {
  it('counts lists nested by indentation alone, and refuses them past the limit with the depth', () => {
    expect(measureMarkdownContainers(indentedList(5)).depth).toBe(5);
    expect(() => assertMarkdownComplexity(indentedList(40))).toThrow(
      'lists nested 40 deep; Copydesk accepts 32.',
    );
  });

  it('counts quotes opened one more a line, and mixed lists and quotes', () => {
    const quotes = Array.from({ length: 40 }, (_, level) => `${'> '.repeat(level + 1)}citation`);
    expect(() => assertMarkdownComplexity(quotes.join('\n'))).toThrow('quotes nested 40 deep');
    expect(measureMarkdownContainers('> - a\n>   > b').depth).toBe(3);
  });

  it('does not count what is not a container: siblings, thematic breaks, indented code', () => {
    expect(measureMarkdownContainers('- a\n- b\n- c').depth).toBe(1);
    expect(
      measureMarkdownContainers(
        '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -',
      ).depth,
    ).toBe(0);
    expect(measureMarkdownContainers('Texte.\n\n    - code\n    - code').depth).toBe(0);
  });

  it('keeps containers open across lazy continuation lines, as CommonMark does', () => {
    expect(measureMarkdownContainers('- a\nsuite paresseuse\n  - b\n    - c').depth).toBe(3);
  });

  it('accepts an article with ordinary lists, quotes and a table', () => {
    const article = '# Titre\n\n- un\n  - deux\n\n> citation\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    expect(() => assertMarkdownComplexity(article)).not.toThrow();
  });

  it('refuses a paragraph of millions of characters, which overflows the parser', () => {
    expect(() => assertMarkdownComplexity('mot '.repeat(300_000))).toThrow(
      'a paragraph is 1,200,000 characters long; Copydesk accepts 1,000,000.',
    );
  });
});

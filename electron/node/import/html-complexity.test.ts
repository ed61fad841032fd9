import { describe, expect, it } from 'vitest';
import { limitHtmlComplexity } from './html-complexity';

describe('HTML structure, measured as jsdom will build it', () => {
  it('counts <div/> as the open element an HTML parser makes of it', () => {
    expect(() => limitHtmlComplexity(`<body>${'<div/>'.repeat(300)}texte</body>`)).toThrow(
      'its HTML elements nest more than 256 deep; Copydesk accepts 256.',
    );
  });

  it('counts unclosed tags, but not paragraphs and items the parser closes itself', () => {
    expect(() => limitHtmlComplexity(`${'<section>'.repeat(300)}texte`)).toThrow('256 deep');
    expect(() => limitHtmlComplexity(`<ul>${'<li><p>point'.repeat(2_000)}</ul>`)).not.toThrow();
  });

  it('refuses a table wider than 64 columns, giving its width', () => {
    const row = `<tr>${'<td>x</td>'.repeat(100)}</tr>`;
    expect(() => limitHtmlComplexity(`<table>${row}</table>`)).toThrow(
      'a table is 100 columns wide; Copydesk accepts 64.',
    );
    expect(() =>
      limitHtmlComplexity(`<table>${`<tr>${'<td>x'.repeat(10)}`.repeat(100)}</table>`),
    ).not.toThrow();
  });

  it('refuses more elements or text than an article can hold', () => {
    expect(() => limitHtmlComplexity('<p>a</p>'.repeat(100_001))).toThrow(
      'it holds more than 100,000 HTML elements',
    );
    expect(() => limitHtmlComplexity(`<p>${'&eacute;'.repeat(1_000_001)}</p>`)).toThrow(
      'it holds more than 1,000,000 characters of text',
    );
  });
});

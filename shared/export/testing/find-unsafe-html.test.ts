import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findUnsafeHtml } from './find-unsafe-html';

const problems = (html: string, allowStyle = false) =>
  findUnsafeHtml(new JSDOM(html).window.document, allowStyle);

describe('findUnsafeHtml', () => {
  it.each([
    ['<script>1</script>', ['<script>']],
    ['<img src=x onerror=alert(1)>', ['<img src="x">', '<img onerror>']],
    ['<a href="javascript:alert(1)">x</a>', ['<a href="javascript:alert(1)">']],
    ['<a href="https://a.example/" style="color:red">x</a>', ['<a style>']],
    ['<meta http-equiv="refresh" content="0;url=https://x.invalid">', ['<meta>']],
    ['<style>p{}</style>', ['<style>']],
    ['<base href="https://x.invalid/">', ['<base>', '<base href="https://x.invalid/">']],
    ['<img src="https://tripwire.invalid/p.gif">', ['<img src="https://tripwire.invalid/p.gif">']],
  ])('reports %s', (html, expected) => {
    expect(problems(html)).toEqual(expected);
  });

  it('passes what exports legitimately hold', () => {
    const html = `<meta charset="utf-8"><meta name="description" content="x"><style>p{}</style>
      <a href="https://a.example/">x</a><a href="mailto:a@b.example">y</a>
      <img src="slug_files/${'ab'.repeat(32)}.png"><img src="data:image/png;base64,AAAA">`;
    expect(problems(html, true)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { limitTagNesting } from './limit-tag-nesting';

describe('limitTagNesting', () => {
  it('drops the tags past the limit and keeps the text', () => {
    expect(limitTagNesting('<div><div><div>a</div></div></div>', 2)).toBe(
      '<div><div>a</div></div>',
    );
  });

  it('does not count void elements or elements with optional end tags', () => {
    const paragraphs = '<p>x'.repeat(10) + '<br><img src=y>'.repeat(10);
    expect(limitTagNesting(paragraphs, 2)).toBe(paragraphs);
  });

  it('leaves ordinary documents unchanged', () => {
    const html =
      '<ul><li><b>a</b><ul><li><i>b</i></li></ul></li></ul><table><tr><td>c</td></tr></table>';
    expect(limitTagNesting(html)).toBe(html);
  });
});

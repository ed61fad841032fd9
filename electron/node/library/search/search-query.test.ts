import { describe, expect, it } from 'vitest';
import { toMatchExpression } from './search-query';

describe('toMatchExpression', () => {
  it('makes each word a quoted prefix term and requires them all', () => {
    expect(toMatchExpression('élection Bamako')).toBe('"élection"* AND "Bamako"*');
  });

  it('keeps "quoted phrases" as phrases, even unterminated ones', () => {
    expect(toMatchExpression('"coup d\'État" Mali')).toBe('"coup d\'État" AND "Mali"*');
    expect(toMatchExpression('Mali "conseil des')).toBe('"Mali"* AND "conseil des"');
  });

  it('turns FTS syntax into plain text', () => {
    expect(toMatchExpression('NEAR(a b) AND (c OR d*) ^e -f')).toBe(
      '"NEAR(a"* AND "b)"* AND "AND"* AND "(c"* AND "OR"* AND "d*)"* AND "^e"* AND "-f"*',
    );
  });

  it('returns null when nothing searchable remains', () => {
    for (const text of ['', '   ', '"', '""', '*', '( ) ^ -', '« — »', '"   "']) {
      expect(toMatchExpression(text)).toBeNull();
    }
  });
});

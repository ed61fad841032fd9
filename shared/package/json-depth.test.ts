import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { jsonDepth } from './json-depth';

describe('jsonDepth', () => {
  it('counts nested objects and arrays, not brackets inside strings', () => {
    expect(jsonDepth('"text"')).toBe(0);
    expect(jsonDepth('{"a":[{"b":1}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[\\"{{{"}')).toBe(1);
  });
});

describe('canonicalJson', () => {
  it('writes equal data as equal text whatever the key order, leaving out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"f":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('keeps a "__proto__" member as a member', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe(
      '{"__proto__":{"x":1},"a":2}',
    );
  });
});

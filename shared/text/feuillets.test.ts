import { describe, expect, it } from 'vitest';
import { feuillets } from './feuillets';

describe('feuillets', () => {
  it('counts 1,500 signes a feuillet, to one decimal', () => {
    expect(feuillets(0)).toBe(0);
    expect(feuillets(1_500)).toBe(1);
    expect(feuillets(2_250)).toBe(1.5);
    expect(feuillets(4_500)).toBe(3);
    expect(feuillets(100)).toBe(0.1);
  });

  it('rounds to the nearest tenth', () => {
    expect(feuillets(1_574)).toBe(1);
    expect(feuillets(1_575)).toBe(1.1);
    expect(feuillets(74)).toBe(0);
  });
});

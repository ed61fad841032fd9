import { describe, expect, it } from 'vitest';
import { presenceColour } from './presence-colour';
import { readableTextColour } from './readable-text-colour';

const contrast = (a: string, b: string) => {
  const luminance = (hex: string) =>
    [1, 3, 5]
      .map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, index) => sum + v * [0.2126, 0.7152, 0.0722][index]!, 0);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('presence colours', () => {
  it('gives one name the same colour on every desk, and spreads names over the palette', () => {
    expect(presenceColour('Awa Diop')).toBe(presenceColour('Awa Diop'));
    const used = new Map<string, number>();
    for (let index = 0; index < 1_000; index++) {
      const colour = presenceColour(`Journaliste ${index}`);
      used.set(colour, (used.get(colour) ?? 0) + 1);
    }
    expect(used.size).toBe(10);
    expect(Math.min(...used.values())).toBeGreaterThan(50);
  });

  it('keeps names readable on every colour of the palette, and on colours other desks chose', () => {
    for (let index = 0; index < 200; index++) {
      const colour = presenceColour(`Journaliste ${index}`);
      expect(readableTextColour(colour)).toBe('#ffffff');
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableTextColour('#fbbf24')).toBe('#000000');
    expect(readableTextColour('#000080')).toBe('#ffffff');
  });
});

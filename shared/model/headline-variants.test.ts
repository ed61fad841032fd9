import { describe, expect, it } from 'vitest';
import {
  defaultHeadlineVariantLimits,
  variantLength,
  variantsOverLimit,
} from './headline-variants';

describe('headline variants', () => {
  it('count characters as a reader does: accents and emoji once, outer spaces not at all', () => {
    expect(variantLength('  Été 🌍 ')).toBe(5);
  });

  it('list the variants longer than their limit, at the defaults 60, 70 and 155', () => {
    expect(defaultHeadlineVariantLimits).toEqual({
      seoTitle: 60,
      socialTitle: 70,
      metaDescription: 155,
    });
    const article = { seoTitle: 'é'.repeat(61), socialTitle: 'x'.repeat(70), metaDescription: '' };
    expect(variantsOverLimit(article, defaultHeadlineVariantLimits)).toEqual(['seoTitle']);
  });
});

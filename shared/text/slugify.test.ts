import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify', () => {
  it.each([
    [
      'Mali–Maroc : des chauffeurs marocains enlevés',
      'mali-maroc-des-chauffeurs-marocains-enleves',
    ],
    ['L’État, c’est «nous»!', 'l-etat-c-est-nous'],
    ["L'État, c'est « nous » !", 'l-etat-c-est-nous'],
    ['Élection au Sénégal : Goïta répond', 'election-au-senegal-goita-repond'],
    ['Œuvre, cœur et Æsop', 'oeuvre-coeur-et-aesop'],
    ['Straße in Łódź, Øresund, Đakovo', 'strasse-in-lodz-oresund-dakovo'],
    ['  --Déjà   vu--  ', 'deja-vu'],
    ['10 000 manifestants à 14 h 30', '10-000-manifestants-a-14-h-30'],
    ['Ça coûte 45 % de plus…', 'ca-coute-45-de-plus'],
    ['ﬁnance ﬂux', 'finance-flux'],
    ['', 'article'],
    ['« ! ? — »', 'article'],
  ])('%j → %j', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('cuts long headlines at a word boundary, at most 80 characters', () => {
    const headline =
      'Le gouvernement annonce une réforme ambitieuse des retraites et de la santé publique pour 2030';
    const slug = slugify(headline);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe(
      'le-gouvernement-annonce-une-reforme-ambitieuse-des-retraites-et-de-la-sante',
    );
    expect(slug.endsWith('-')).toBe(false);
  });

  it('cuts a single very long word at 80 characters', () => {
    expect(slugify('a'.repeat(120))).toBe('a'.repeat(80));
  });

  it('keeps a slug of exactly 80 characters whole', () => {
    const headline = `${'a'.repeat(39)} ${'b'.repeat(40)}`;
    expect(slugify(headline)).toBe(`${'a'.repeat(39)}-${'b'.repeat(40)}`);
  });
});

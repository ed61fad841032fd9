import type { Status } from '../../shared/model/status';

export interface SearchCase {
  kind: 'word' | 'accented' | 'unaccented' | 'prefix' | 'phrase' | 'filtered';
  text: string;
  statuses?: Status[];
}

const words = [
  'gouvernement',
  'ministre',
  'budget',
  'sécheresse',
  'coopération',
  'hostages',
  'parliament',
  'inflation',
  'referendum',
  'journalistes',
];
const accented = [
  'élection',
  'Sénégal',
  'Goïta',
  'sécurité',
  'santé',
  'électricité',
  'Genève',
  'Québec',
  'Saïed',
  'Côte',
];
const unaccented = [
  'election',
  'senegal',
  'goita',
  'securite',
  'sante',
  'electricite',
  'geneve',
  'quebec',
  'saied',
  'delegation',
];
const prefixes = [
  'gouv',
  'minis',
  'électi',
  'negoc',
  'invest',
  'transp',
  'journ',
  'vacc',
  'inond',
  'sanct',
];
const phrases = [
  '"conseil des ministres"',
  '"premier ministre"',
  '"Union africaine"',
  '"prime minister"',
  '"human rights"',
  '"état d’urgence"',
];
const filtered: SearchCase[] = [
  { kind: 'filtered', text: 'élection', statuses: ['published'] },
  { kind: 'filtered', text: 'budget', statuses: ['draft', 'submitted'] },
  { kind: 'filtered', text: 'goita', statuses: ['approved'] },
  { kind: 'filtered', text: '"prime minister"', statuses: ['published'] },
];

/** The fixed 50 queries of the search benchmark. */
export const searchCases: SearchCase[] = [
  ...words.map((text) => ({ kind: 'word' as const, text })),
  ...accented.map((text) => ({ kind: 'accented' as const, text })),
  ...unaccented.map((text) => ({ kind: 'unaccented' as const, text })),
  ...prefixes.map((text) => ({ kind: 'prefix' as const, text })),
  ...phrases.map((text) => ({ kind: 'phrase' as const, text })),
  ...filtered,
];

const accentClasses: Record<string, string> = {
  a: '[aàâä]',
  e: '[eéèêë]',
  i: '[iîï]',
  o: '[oôö]',
  u: '[uùûü]',
  c: '[cç]',
};

/**
 * The ripgrep pattern giving rg the same chance: accents folded by character classes, words
 * matched at a word start (prefix search), phrases literally. rg cannot filter by status.
 */
export const ripgrepPattern = (text: string): string => {
  const bare = text.replaceAll('"', '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "['’]");
  return `\\b${escaped.replace(/[aeiouc]/g, (letter) => accentClasses[letter] ?? letter)}`;
};

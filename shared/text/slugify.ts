const maxLength = 80;

const ligatures: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const foldLetters = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[œæßøłđðþı]/gu, (letter) => ligatures[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');

const cutAtBoundary = (slug: string): string => {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength);
};

export const slugify = (text: string): string => {
  const slug = foldLetters(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtBoundary(slug) || 'article';
};

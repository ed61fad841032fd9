import { maskProtectedSpans } from './protected-spans';
import { pairStraightQuotes } from './pair-straight-quotes';
import { typographyProfiles, type TypographyProfile } from './typography-profile';

const space = '[ \\t\\u00A0\\u202F]';
const noSpaceAfter = /[([{«“'‘\n]/u;

const spaceBefore = (pattern: string, wanted: string) => {
  const regex = new RegExp(`(^|[^ \\t\\u00A0\\u202F])(${space}*)(${pattern})`, 'gmu');
  return (text: string) =>
    text.replace(regex, (match, previous: string, spaces: string, marks: string) => {
      if (previous === '' || noSpaceAfter.test(previous)) return match;
      return previous + wanted + marks;
    });
};

/**
 * French typography for one run of text: no-break spaces before ; ! ? : and inside « »,
 * ’ for apostrophes, « » for straight quotes (“ ” when nested), … and en dashes in number
 * ranges. URLs, e-mail addresses, times and ratios are left untouched. Idempotent.
 */
export function fixFrenchTypography(
  text: string,
  profile: TypographyProfile = typographyProfiles['fr-FR'],
): string {
  const { masked, unmask } = maskProtectedSpans(text);
  let result = masked.replace(/(?<!\.)\.{3}(?!\.)/g, '…').replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
  result = pairStraightQuotes(result)
    .replace(new RegExp(`«${space}*`, 'gu'), `«${profile.insideGuillemets}`)
    .replace(new RegExp(`${space}*»`, 'gu'), `${profile.insideGuillemets}»`);
  result = spaceBefore('[;!?]+', profile.beforeHighPunctuation)(result);
  result = spaceBefore(':(?![:/])', profile.beforeColon)(result);
  result = result.replace(/(?<![\p{L}\p{N}–-])(\p{N}+)-(\p{N}+)(?![\p{N}-])/gu, '$1–$2');
  return unmask(result);
}

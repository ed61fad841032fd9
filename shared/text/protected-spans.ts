const protectedPattern = new RegExp(
  [
    String.raw`(?:https?:\/\/|ftp:\/\/|www\.)[^\s«»"<>]*[^\s«»"<>.,;:!?)\]]`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`\d+(?::\d+)+`,
  ].join('|'),
  'gu',
);

const firstPlaceholder = 0xf0000;

/**
 * Replaces URLs, e-mail addresses, times and ratios by single private-use characters so the
 * typography rules never touch them, and gives back the function that puts them back.
 */
export function maskProtectedSpans(text: string): {
  masked: string;
  unmask: (s: string) => string;
} {
  const spans: string[] = [];
  const masked = text.replace(protectedPattern, (span) => {
    spans.push(span);
    return String.fromCodePoint(firstPlaceholder + spans.length - 1);
  });
  const unmask = (s: string) =>
    spans.length === 0
      ? s
      : s.replace(
          /[\u{F0000}-\u{FFFFD}]/gu,
          (c) => spans[c.codePointAt(0)! - firstPlaceholder] ?? c,
        );
  return { masked, unmask };
}

import type { ExportFormat } from '../model/export-job';

/**
 * Each format's own ending, so the standalone document, the WordPress fragment and the review
 * copy of one article never take each other's place in a folder.
 */
export const exportFileExtensions = {
  html: 'html',
  'html-fragment': 'fragment.html',
  md: 'md',
  docx: 'docx',
  'review-html': 'review.html',
  ninjs: 'ninjs.json',
} as const satisfies Record<Exclude<ExportFormat, 'wxr'>, string>;

/**
 * "Keep both": `name`, or `<stem> (2).<extension>`, `(3)`… (the format's whole ending kept
 * together), the first name `isTaken` does not claim.
 */
export const keptBothFileName = (
  name: string,
  extension: string,
  isTaken: (candidate: string) => boolean,
): string => {
  const ending = name.endsWith(`.${extension}`) ? `.${extension}` : '';
  const stem = name.slice(0, name.length - ending.length);
  let candidate = name;
  for (let number = 2; isTaken(candidate); number += 1) candidate = `${stem} (${number})${ending}`;
  return candidate;
};

import { cleanLine } from '../../../shared/text/clean-line';

export const headlineMaxLength = 500;

/** A headline as plain, single-line text; typographic no-break spaces are kept. */
export const cleanHeadline = (text: string): string =>
  cleanLine(text).slice(0, headlineMaxLength).trim();

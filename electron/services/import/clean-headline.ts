// Controls and bidi overrides/isolates would spoof file names and titles (U+202E "cod.exe").
const unsafeCharacters =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export const headlineMaxLength = 500;

/** A headline as plain, single-line text. */
export const cleanHeadline = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(unsafeCharacters, '').trim().slice(0, headlineMaxLength).trim();

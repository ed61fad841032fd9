// Controls and bidi overrides/isolates would spoof file names and titles (U+202E "cod.exe").
const unsafeCharacters =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

// Whitespace runs (newlines too) collapse to one space, except French no-break spaces (U+00A0, U+202F).
const collapsibleSpace = /[^\S\u00a0\u202f]+/g;

/** Text for a one-line field: no newline, control character or bidi override; no-break spaces kept. */
export const cleanLine = (text: string): string =>
  text.replace(collapsibleSpace, ' ').replace(unsafeCharacters, '').trim();

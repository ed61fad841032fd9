// 0x80–0x9F in Windows-1252 (undefined bytes keep their C1 code point). Node 20's
// TextDecoder('windows-1252') decodes these as Latin-1 controls, losing € – ’ œ …
const upperControls =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes as text, by the WHATWG table. */
export const decodeWindows1252 = (bytes: Uint8Array): string =>
  new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (control) => upperControls[control.charCodeAt(0) - 0x80]!);

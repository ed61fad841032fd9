// Headlines and snippets are user text: escape sequences in them must not drive the terminal.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** User text made safe to print on a terminal (tabs and newlines kept). */
export const terminalText = (text: string): string => text.replace(controls, '');

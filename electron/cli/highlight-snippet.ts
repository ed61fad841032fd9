import { terminalText } from './terminal-text';

const bold = '\u001b[1m';
const normal = '\u001b[22m';

/** A search snippet with its U+E000…U+E001 match markers as bold (terminal) or [brackets]. */
export const highlightSnippet = (snippet: string, terminal: boolean): string =>
  terminalText(snippet)
    .replaceAll('\ue000', terminal ? bold : '[')
    .replaceAll('\ue001', terminal ? normal : ']');

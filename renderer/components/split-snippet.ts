export interface SnippetPart {
  text: string;
  match: boolean;
}

const matchStart = '\uE000';
const matchEnd = '\uE001';

/** Search snippets mark matches with U+E000 … U+E001; the parts are shown as text, never parsed as HTML. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text !== '') parts.push({ text, match });
    text = '';
  };
  for (const character of snippet) {
    if (character === matchStart || character === matchEnd) {
      flush();
      match = character === matchStart;
    } else {
      text += character;
    }
  }
  flush();
  return parts;
}

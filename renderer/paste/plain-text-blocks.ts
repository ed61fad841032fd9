// eslint-disable-next-line no-control-regex -- control characters (NUL…) never belong in prose
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const blankLines = /\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/;
const chatMessageStart = /^\[[^\]\n]{5,40}\] [^:\n]{1,100}: /;

/** Splits a block of chat lines so each `[time, date] Sender: text` message starts a block. */
const splitChatMessages = (lines: string[]): string[][] => {
  const messages: string[][] = [];
  for (const line of lines) {
    const current = messages.at(-1);
    if (current === undefined || chatMessageStart.test(line)) messages.push([line]);
    else current.push(line);
  }
  return messages;
};

const isBlank = (line: string): boolean => line.trim() === '';

const trimBlankLines = (lines: string[]): string[] => {
  const first = lines.findIndex((line) => !isBlank(line));
  const last = lines.findLastIndex((line) => !isBlank(line));
  return first === -1 ? [] : lines.slice(first, last + 1);
};

/**
 * Plain text as paragraphs of lines: blank lines separate paragraphs, single newlines stay line
 * breaks, and each WhatsApp message (`[05:41, 14/03/2026] Name: text`) is its own paragraph.
 */
export const plainTextBlocks = (text: string): string[][] =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(controlCharacters, '')
    .split(blankLines)
    .map((block) => trimBlankLines(block.split('\n')))
    .filter((lines) => lines.length > 0)
    .flatMap((lines) =>
      lines.some((line) => chatMessageStart.test(line)) ? splitChatMessages(lines) : [lines],
    );

/** Non-empty texts, trimmed, each once, in first-seen order. */
export const uniqueTexts = (texts: readonly string[]): string[] => [
  ...new Set(texts.map((text) => text.trim()).filter((text) => text !== '')),
];

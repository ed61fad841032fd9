/** What the body shows: the text with its suggestions, or as if all were accepted or rejected. */
export const suggestionsViewModes = ['suggestions', 'final', 'original'] as const;
export type SuggestionsViewMode = (typeof suggestionsViewModes)[number];

export const isSuggestionsViewMode = (value: string): value is SuggestionsViewMode =>
  (suggestionsViewModes as readonly string[]).includes(value);

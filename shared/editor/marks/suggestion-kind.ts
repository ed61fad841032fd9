/** The two mark names of suggestion mode (readiness checks and exports read them too). */
export const suggestionMarkNames = {
  insertion: 'suggestionInsertion',
  deletion: 'suggestionDeletion',
} as const;

export type SuggestionKind = keyof typeof suggestionMarkNames;

export const suggestionKindOf = (markName: string): SuggestionKind | null => {
  if (markName === suggestionMarkNames.insertion) return 'insertion';
  if (markName === suggestionMarkNames.deletion) return 'deletion';
  return null;
};

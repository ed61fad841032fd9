import { PluginKey } from '@tiptap/pm/state';

export interface SuggestChangesState {
  enabled: boolean;
}

/** Meta on transactions: turn tracking on or off, or mark a transaction as not to be tracked. */
export type SuggestChangesMeta = { kind: 'enable'; enabled: boolean } | { kind: 'untracked' };

export const suggestChangesKey = new PluginKey<SuggestChangesState>('suggestChanges');

export const isSuggesting = (state: Parameters<typeof suggestChangesKey.getState>[0]): boolean =>
  suggestChangesKey.getState(state)?.enabled ?? false;

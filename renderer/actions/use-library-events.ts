import { useEffect } from 'react';
import { followLibraryChanges } from '../library/library-store';

/** Another window or process changed articles: show the list and filters as they are now. */
export function useLibraryEvents(): void {
  useEffect(followLibraryChanges, []);
}

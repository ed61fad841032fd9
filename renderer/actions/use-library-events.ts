import { useEffect } from 'react';
import { followLibraryChanges } from '../library/library-store';
import { followWireChanges } from '../wire/wire-store';

/**
 * Another window or process changed articles: show the list and filters as they are now; the
 * drop folder brought wire items: show them in an open Wires view.
 */
export function useLibraryEvents(): void {
  useEffect(followLibraryChanges, []);
  useEffect(followWireChanges, []);
}

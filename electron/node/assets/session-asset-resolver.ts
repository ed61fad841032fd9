import type { LibrarySession } from '../library/library-session';
import { resolveAssetFile } from './asset-store';

/** A name → file lookup in whichever library is open at the time of the request. */
export type ResolveAsset = (name: string) => string | null;

export const createSessionAssetResolver =
  (session: Pick<LibrarySession, 'currentOrNull'>): ResolveAsset =>
  (name) => {
    const library = session.currentOrNull();
    return library === null ? null : resolveAssetFile(library.path, name);
  };

const keyOf = (libraryPath: string): string => `copydesk.lastArticle:${libraryPath}`;

/** Notes the article open in this library, so a reload (or the next start) opens it again. */
export function rememberLastArticle(
  storage: Storage | undefined,
  libraryPath: string,
  id: string,
): void {
  try {
    storage?.setItem(keyOf(libraryPath), id);
  } catch {
    // Storage full or refused: the next start opens no article, as before.
  }
}

/** The article last open in this library on this browser profile (or Electron window), if any. */
export function lastArticle(storage: Storage | undefined, libraryPath: string): string | null {
  try {
    return storage?.getItem(keyOf(libraryPath)) ?? null;
  } catch {
    return null;
  }
}

/** Read limits of a `.copydesk` package, checked before anything is inflated or written. */
export const packageLimits = {
  /** The package file itself (compressed). */
  maximumPackageBytes: 100 * 1024 * 1024,
  maximumEntries: 500,
  /** Declared and real size of `manifest.json`. */
  maximumManifestBytes: 1024 * 1024,
  /** Declared and real size of `article.json` and of `history.json`. */
  maximumJsonBytes: 50 * 1024 * 1024,
  /** Declared and real size of `article.yjs` (the article's Yjs state). */
  maximumDocumentBytes: 50 * 1024 * 1024,
  /** Declared and real size of one image (the library's own limit). */
  maximumAssetBytes: 40 * 1024 * 1024,
  /** The sum of every entry's declared size. */
  maximumExpandedBytes: 300 * 1024 * 1024,
  /** Nesting of objects and arrays in any JSON entry. */
  maximumJsonDepth: 64,
  maximumRevisions: 5_000,
  maximumStatusChanges: 10_000,
} as const;

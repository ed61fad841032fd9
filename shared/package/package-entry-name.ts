/** The entries a package may hold; every other name is refused. */
export type PackageEntryKind =
  | { kind: 'manifest' }
  | { kind: 'article' }
  | { kind: 'history' }
  | { kind: 'document' }
  | { kind: 'asset'; hash: string; extension: string };

const assetEntryPattern = /^assets\/([0-9a-f]{64})\.(png|jpg|jpeg|gif|webp)$/;

/** The article's Yjs state (format 2 on). */
export const documentEntryName = 'article.yjs';

export const assetEntryName = (assetName: string): string => `assets/${assetName}`;

/**
 * What an entry name is, or why it is refused: names that climb out (`..`), start at a root or a
 * drive, use backslashes or control characters are refused by name, before anything is read.
 */
export const classifyEntryName = (name: string): PackageEntryKind | { refused: string } => {
  const shown = JSON.stringify(name.slice(0, 80));
  if (name.includes('\\'))
    return { refused: `The package holds an entry with a backslash in its name (${shown}).` };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    return { refused: `The package holds an entry with an absolute path (${shown}).` };
  }
  if (name.split('/').some((part) => part === '..' || part === '.')) {
    return { refused: `The package holds an entry that points outside it (${shown}).` };
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    return {
      refused: `The package holds an entry with control characters in its name (${shown}).`,
    };
  }
  if (name === 'manifest.json') return { kind: 'manifest' };
  if (name === 'article.json') return { kind: 'article' };
  if (name === 'history.json') return { kind: 'history' };
  if (name === documentEntryName) return { kind: 'document' };
  const asset = assetEntryPattern.exec(name);
  if (asset !== null) return { kind: 'asset', hash: asset[1]!, extension: asset[2]! };
  return { refused: `The package holds an unknown entry (${shown}).` };
};

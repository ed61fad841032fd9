import type { TiptapDocument, TiptapNode } from '../../../shared/model/tiptap-document';
import { assetNameOf, assetSourcePrefix } from '../assets/asset-name';

const rename = (node: TiptapNode, names: ReadonlyMap<string, string>): void => {
  const source = node.attrs?.src;
  const name = typeof source === 'string' ? assetNameOf(source) : null;
  const renamed = name === null ? undefined : names.get(name);
  if (node.attrs && renamed !== undefined) node.attrs.src = `${assetSourcePrefix}${renamed}`;
  for (const child of node.content ?? []) rename(child, names);
};

/** Points the documents' figures at new asset names (old name → new name), in place. */
export const renameAssetSources = (
  documents: readonly TiptapDocument[],
  names: ReadonlyMap<string, string>,
): void => {
  if (names.size === 0) return;
  for (const document of documents) rename(document, names);
};

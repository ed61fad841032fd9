import { assetSourcePattern } from '../../../shared/editor/policy/image-source-policy';
import type { TiptapDocument, TiptapNode } from '../../../shared/model/tiptap-document';
import { assetNameOf } from '../assets/asset-name';

const collect = (node: TiptapNode, names: Set<string>): void => {
  const source = node.attrs?.src;
  if (typeof source === 'string' && assetSourcePattern.test(source)) {
    const name = assetNameOf(source);
    if (name !== null) names.add(name);
  }
  for (const child of node.content ?? []) collect(child, names);
};

/** The library asset file names (`<sha256>.<extension>`) the documents' figures show. */
export const referencedAssets = (documents: readonly TiptapDocument[]): Set<string> => {
  const names = new Set<string>();
  for (const document of documents) collect(document, names);
  return names;
};

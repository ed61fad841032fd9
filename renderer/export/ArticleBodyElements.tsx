import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { renderToReactElement } from '@tiptap/static-renderer/pm/react';
import { useMemo } from 'react';
import type { FigureAttributes } from '../../shared/editor/nodes/figure';
import { exportExtensions } from '../../shared/export/export-schema';
import { toSchemaDocument } from '../../shared/export/to-schema-document';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { assetDisplayUrl, pageAssetToken } from '../figures/asset-url';

const figure = ({ node }: { node: ProseMirrorNode }) => {
  const { src, alt, caption, credit } = node.attrs as FigureAttributes;
  const source = assetDisplayUrl(src, pageAssetToken());
  return (
    <figure>
      {source !== '' && <img src={source} alt={alt} />}
      {(caption !== '' || credit !== '') && (
        <figcaption>
          {caption !== '' && <span className="caption">{caption}</span>}{' '}
          {credit !== '' && <span className="credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
};

/** The body as React elements from its JSON (checked against the schema): no HTML strings. */
export function ArticleBodyElements({ body }: { body: TiptapDocument }) {
  return useMemo(
    () =>
      renderToReactElement({
        content: toSchemaDocument(body),
        extensions: exportExtensions(),
        options: { nodeMapping: { figure } },
      }),
    [body],
  );
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { renderToReactElement } from '@tiptap/static-renderer/pm/react';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { FigureAttributes } from '../../shared/editor/nodes/figure';
import { bareLinkAddresses } from '../../shared/export/bare-link-addresses';
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

/** Print adds a link's address after it, except where its text already shows it (`bare-url`). */
const link =
  (bare: ReadonlySet<string>) =>
  ({ mark, children }: { mark: { attrs: Record<string, unknown> }; children?: ReactNode }) => {
    const href = typeof mark.attrs.href === 'string' ? mark.attrs.href : '';
    return (
      <a href={href} className={bare.has(href) ? 'bare-url' : undefined}>
        {children}
      </a>
    );
  };

/** The body as React elements from its JSON (checked against the schema): no HTML strings. */
export function ArticleBodyElements({ body }: { body: TiptapDocument }) {
  return useMemo(() => {
    const content = toSchemaDocument(body);
    return renderToReactElement({
      content,
      extensions: exportExtensions(),
      options: { nodeMapping: { figure }, markMapping: { link: link(bareLinkAddresses(content)) } },
    });
  }, [body]);
}

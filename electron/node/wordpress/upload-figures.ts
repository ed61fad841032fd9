import fs from 'node:fs';
import type { FigureAttributes } from '../../../shared/editor/nodes/figure';
import type { UploadedMedia } from '../../../shared/wordpress/published-post';
import { assetNameOf } from '../assets/asset-name';
import { resolveAssetFile } from '../assets/asset-store';
import type { WordpressConnection } from './wordpress-connection';
import { wordpressRequest } from './wordpress-request';

const mimeTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

interface MediaItem {
  id: number;
  source_url: string;
}

/** The media's name on the site, from the picture's hash: the same picture is found again. */
const mediaSlug = (assetName: string): string => `copydesk-${assetName.slice(0, 24)}`;

/**
 * Uploads the figures the site does not have yet (alt text, caption and credit with each),
 * calling `uploaded` after each one so a retry resumes after the last image sent. A picture
 * already on the site under its hash-derived name is adopted instead of sent twice.
 */
export const uploadFigures = async (options: {
  connection: WordpressConnection;
  libraryPath: string;
  figures: readonly FigureAttributes[];
  media: Readonly<Record<string, UploadedMedia>>;
  uploaded(src: string, media: UploadedMedia, index: number): void;
}): Promise<void> => {
  const { connection } = options;
  for (const [index, figure] of options.figures.entries()) {
    if (options.media[figure.src] !== undefined) continue;
    const name = assetNameOf(figure.src);
    const file = name === null ? null : resolveAssetFile(options.libraryPath, name);
    if (name === null || file === null)
      throw new Error(`The image ${figure.src} is missing from the library.`);
    const slug = mediaSlug(name);
    const [found] = (
      await wordpressRequest(connection, {
        route: '/wp/v2/media',
        query: { slug, context: 'edit' },
      })
    ).body as MediaItem[];
    const extension = name.slice(name.lastIndexOf('.') + 1);
    const item =
      found ??
      ((
        await wordpressRequest(connection, {
          method: 'POST',
          route: '/wp/v2/media',
          query: {
            alt_text: figure.alt,
            caption: [figure.caption, figure.credit].filter((part) => part !== '').join(' — '),
            description: figure.credit,
          },
          file: {
            bytes: fs.readFileSync(file),
            name: `${slug}.${extension}`,
            type: mimeTypes[extension] ?? 'application/octet-stream',
          },
        })
      ).body as MediaItem);
    options.uploaded(figure.src, { id: item.id, url: item.source_url }, index);
  }
};

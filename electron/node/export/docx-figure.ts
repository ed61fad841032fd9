import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ImageRun, Paragraph, TextRun } from 'docx';
import type { FigureAttributes } from '../../../shared/editor/nodes/figure';
import { assetSourcePattern } from '../../../shared/editor/policy/image-source-policy';
import { imageDimensions } from '../assets/image-dimensions';
import { sniffImageFormat } from '../assets/image-format';

/** Page width between 1-inch margins on A4/Letter, in pixels at 96 dpi. */
const maximumWidth = 600;

const dataUri = /^data:image\/(?:png|jpeg|gif|webp);base64,([A-Za-z0-9+/=\s]+)$/;

/** The picture's bytes: a library asset, or a raster data URI the schema let through. */
const imageBytes = (
  source: string,
  readAsset: (source: string) => Uint8Array | null,
): Uint8Array | null => {
  if (assetSourcePattern.test(source)) return readAsset(source);
  const data = dataUri.exec(source)?.[1];
  return data === undefined ? null : Buffer.from(data, 'base64');
};

const docxImageTypes = { png: 'png', jpeg: 'jpg', gif: 'gif' } as const;

const imageRun = (bytes: Uint8Array, alt: string): ImageRun | null => {
  const format = sniffImageFormat(bytes);
  if (format === null || format === 'webp') return null;
  const size = imageDimensions(bytes, format);
  if (size === null || size.width === 0 || size.height === 0) return null;
  const scale = Math.min(1, maximumWidth / size.width);
  return new ImageRun({
    type: docxImageTypes[format],
    data: bytes,
    transformation: {
      width: Math.round(size.width * scale),
      height: Math.max(1, Math.round(size.height * scale)),
    },
    altText: { name: 'figure', description: alt, title: alt },
  });
};

/**
 * A figure: the picture (PNG, JPEG or GIF from the library; WebP is not a Word format and is left
 * out) and, below it, one caption paragraph with the caption and the credit.
 */
export const figureParagraphs = (
  node: ProseMirrorNode,
  readAsset: (source: string) => Uint8Array | null,
): Paragraph[] => {
  const { src, alt, caption, credit } = node.attrs as FigureAttributes;
  const bytes = imageBytes(src, readAsset);
  const image = bytes === null ? null : imageRun(bytes, alt);
  const captionRuns = [
    ...(caption === '' ? [] : [new TextRun(caption)]),
    ...(credit === '' ? [] : [new TextRun({ text: `${caption === '' ? '' : ' '}${credit}` })]),
  ];
  return [
    ...(image === null ? [] : [new Paragraph({ children: [image], keepNext: true })]),
    ...(captionRuns.length === 0
      ? []
      : [new Paragraph({ style: 'Caption', children: captionRuns })]),
  ];
};

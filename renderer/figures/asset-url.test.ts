import { describe, expect, it } from 'vitest';
import { assetDisplayUrl } from './asset-url';

const name = `${'a'.repeat(64)}.png`;

describe('assetDisplayUrl', () => {
  it('maps a library asset onto the Electron app route', () => {
    expect(assetDisplayUrl(`copydesk-asset:${name}`, null)).toBe(`/library-assets/${name}`);
    expect(
      new URL(assetDisplayUrl(`copydesk-asset:${name}`, null), 'app://copydesk/index.html').href,
    ).toBe(`app://copydesk/library-assets/${name}`);
  });

  it('adds the session token in browser mode', () => {
    expect(assetDisplayUrl(`copydesk-asset:${name}`, 'f00d')).toBe(
      `/library-assets/${name}?token=f00d`,
    );
  });

  it('keeps raster data URIs as they are', () => {
    const data = 'data:image/png;base64,iVBORw0KGgo=';
    expect(assetDisplayUrl(data, 'f00d')).toBe(data);
  });

  it.each([
    'https://tracker.invalid/pixel.png',
    'javascript:alert(1)',
    'data:image/svg+xml;base64,PHN2Zy8+',
    `copydesk-asset:../${name}`,
    `copydesk-asset:${name}?x=1`,
    '',
  ])('shows nothing for %s', (source) => {
    expect(assetDisplayUrl(source, 'f00d')).toBe('');
  });
});

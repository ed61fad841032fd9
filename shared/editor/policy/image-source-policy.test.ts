import { describe, expect, it } from 'vitest';
import { isAllowedImageSource } from './image-source-policy';

const hash = '0123456789abcdef'.repeat(4);

describe('isAllowedImageSource', () => {
  it.each([
    [`copydesk-asset:${hash}.png`],
    [`copydesk-asset:${hash}.jpg`],
    [`copydesk-asset:${hash}.webp`],
    ['data:image/png;base64,iVBORw0KGgo='],
    ['data:image/jpeg;base64,/9j/4AAQ'],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw='],
  ])('accepts %s', (source) => {
    expect(isAllowedImageSource(source)).toBe(true);
  });

  it.each([
    ['remote https', 'https://tripwire.invalid/pixel.gif'],
    ['remote http', 'http://tripwire.invalid/pixel.gif'],
    ['javascript', 'javascript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['SVG data URI', 'data:image/svg+xml,%3Csvg%20onload%3D1%3E'],
    ['SVG base64 data URI', 'data:image/svg+xml;base64,PHN2Zz4='],
    ['HTML data URI', 'data:text/html;base64,PHNjcmlwdD4='],
    ['short hash', 'copydesk-asset:abc.png'],
    ['upper-case hash', `copydesk-asset:${hash.toUpperCase()}.png`],
    ['path traversal', `copydesk-asset:../${hash}.png`],
    ['unknown extension', `copydesk-asset:${hash}.svg`],
    ['leading space', ` copydesk-asset:${hash}.png`],
    ['empty', ''],
  ])('refuses %s', (_label, source) => {
    expect(isAllowedImageSource(source)).toBe(false);
  });
});

import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { isAllowedImageSource } from '../../shared/editor/policy/image-source-policy';
import { normaliseLinkUrl } from '../../shared/editor/policy/link-policy';
import { typographyProfiles } from '../../shared/text/typography-profile';
import { allowedTags } from '../../shared/editor/intake/intake-policy';
import { plainTextToFragment } from './plain-text-to-html';
import { corpusFileNames, readCorpusFile } from '../../tests/corpus/corpus-files';
import { allNodes, documentFromNode, textOf } from './testing/pasted-document';
import { pastedDocument, pastedHtml } from './testing/pasted-html';

const hostileFiles = corpusFileNames('hostile').filter((name) => /\.(html|md)$/.test(name));
const allowedElementNames: ReadonlySet<string> = new Set(allowedTags);

const expectSafeHtml = (html: string): void => {
  const { body } = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(body.querySelectorAll('*'))) {
    expect(allowedElementNames.has(element.localName), element.localName).toBe(true);
    for (const { name, value } of Array.from(element.attributes)) {
      expect(name).not.toMatch(/^(?:on|style$|id$)/i);
      if (name === 'href') expect(normaliseLinkUrl(value)).toBe(value);
      if (name === 'src') expect(isAllowedImageSource(value)).toBe(true);
    }
  }
};

const expectSafeDocument = (document: JSONContent): void => {
  for (const node of allNodes(document)) {
    for (const key of Object.keys(node.attrs ?? {})) expect(key).not.toMatch(/^on/i);
    if (node.type === 'figure')
      expect(String(node.attrs?.src)).toMatch(
        /^(?:|copydesk-asset:.*|data:image\/(?:png|jpeg|gif|webp);.*)$/,
      );
    for (const mark of node.marks ?? []) {
      if (mark.type !== 'link') continue;
      const href = String(mark.attrs?.href);
      expect(href).toMatch(/^(?:https?:\/\/|mailto:)/);
      expect(normaliseLinkUrl(href)).toBe(href);
    }
  }
  const attributes = JSON.stringify(allNodes(document).map((node) => [node.attrs, node.marks]));
  expect(attributes).not.toMatch(
    /javascript:|vbscript:|data:text|file:|\\\\\\\\|<script|onerror|onload/i,
  );
};

/** "Texte témoin NN." as the reader sees it (NUL bytes removed, spaces collapsed). */
const canaryOf = (source: string): string | undefined =>
  /Texte[\s\p{Cc}]+témoin[\s\p{Cc}]+\d+/u.exec(source)?.[0].replace(/[\s\p{Cc}]+/gu, ' ');

const visibleText = (document: JSONContent): string => textOf(document).replace(/\s+/g, ' ');

describe('hostile corpus pasted as HTML', () => {
  it.each(hostileFiles)('%s: sanitised, schema-safe, canary kept', (name) => {
    const source = readCorpusFile('hostile', name);
    for (const typography of [null, typographyProfiles['fr-FR']]) {
      const html = pastedHtml(source, typography);
      expectSafeHtml(html);
      expect(html).not.toMatch(/<script|<iframe|<svg|<style|<form|<img[^>]*\son/i);
      const document = pastedDocument(source, typography);
      expectSafeDocument(document);
      const canary = canaryOf(source);
      if (canary !== undefined) expect(visibleText(document)).toContain(canary);
    }
  });

  it('keeps the link of 28 without target, and the markup text of 32 as text', () => {
    const targetBlank = pastedDocument(readCorpusFile('hostile', '28-target-blank.html'), null);
    const link = allNodes(targetBlank).find((node) => node.text === 'Source')?.marks?.[0];
    expect(link?.attrs).toMatchObject({ href: 'https://example.org/source', target: null });
    const markup = pastedDocument(readCorpusFile('hostile', '32-link-text-markup.html'), null);
    expect(textOf(markup)).toContain('<img src=x onerror="window.__pwned=1">');
  });
});

describe('hostile corpus pasted as plain text', () => {
  it.each(hostileFiles)('%s: stays visible text, links only through the policy', (name) => {
    const source = readCorpusFile('hostile', name);
    const container = document.implementation.createHTMLDocument('').body;
    container.appendChild(plainTextToFragment(source, container.ownerDocument));
    expect(container.querySelectorAll(':not(p, br, a)')).toHaveLength(0);
    const pasted = documentFromNode(container);
    expectSafeDocument(pasted);
    expect(
      allNodes(pasted).every((node) =>
        ['doc', 'paragraph', 'text', 'hardBreak'].includes(node.type ?? ''),
      ),
    ).toBe(true);
    const canary = canaryOf(source);
    if (canary !== undefined) expect(visibleText(pasted)).toContain(canary);
  });
});

interface Bomb {
  id: string;
  parts: { text: string; repeat: number }[];
}

const bombs = (JSON.parse(readCorpusFile('hostile', 'bombs.json')) as { bombs: Bomb[] }).bombs;
const bombInput = (bomb: Bomb): string =>
  bomb.parts.map((part) => part.text.repeat(part.repeat)).join('');

describe('complexity bombs', () => {
  it.each(bombs.map((bomb) => [bomb.id, bomb] as const))(
    '%s completes as HTML and as text paste',
    (_id, bomb) => {
      const input = bombInput(bomb);
      expect(() => pastedDocument(input, null)).not.toThrow();
      const container = document.implementation.createHTMLDocument('').body;
      container.appendChild(plainTextToFragment(input, container.ownerDocument));
      expect(documentFromNode(container).type).toBe('doc');
    },
    120_000,
  );
});

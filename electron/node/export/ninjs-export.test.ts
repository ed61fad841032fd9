import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNinjs } from '../../../shared/export/render-ninjs';
import { goldenArticle } from '../../../shared/export/testing/golden-article';
import { typographyProfiles } from '../../../shared/text/typography-profile';
import { openTestLibrary } from '../library/testing/open-test-library';
import { temporaryFolder } from '../library/testing/temporary-folder';
import { ninjsValidator } from '../wire/ninjs-validator';
import { parseWireFile } from '../wire/parse-wire-file';
import { wireFixture } from '../wire/testing/wire-fixture';
import { exportArticles } from './export-articles';

const variants = {
  seoTitle: 'Grève à Marseille : la mobilisation continue',
  socialTitle: '« On ne lâchera rien »',
  metaDescription: 'Nouvelle journée de grève ; le gouvernement temporise.',
};
const source = {
  wireId: 1,
  agency: 'afp.com',
  credit: 'AFP',
  itemId: 'TX-PAR-SYN01',
  version: 1,
  currentVersion: 1,
  notice: null,
};

const errorsOf = (item: unknown, major: 2 | 3) => {
  const validate = ninjsValidator(major);
  validate(item);
  return validate.errors ?? [];
};

describe('ninjs export against IPTC’s schemas', { timeout: 60_000 }, () => {
  it.each([2, 3] as const)(
    'ninjs %i: a full article, variants and source included, validates',
    (major) => {
      const item = renderNinjs(
        { ...goldenArticle, ...variants, embargo: '2024-03-08T06:00:00.000+01:00', source },
        { version: major },
      );
      expect(errorsOf(item, major)).toEqual([]);
      expect(
        errorsOf(
          renderNinjs({ ...goldenArticle, bylines: [], tags: [] }, { version: major }),
          major,
        ),
      ).toEqual([]);
    },
  );

  it('is checked for real: a 2.x item is refused by the 3.x schema and a bad status by both', () => {
    const item = renderNinjs(goldenArticle, { version: 2 }) as Record<string, unknown>;
    expect(errorsOf(item, 3)).not.toEqual([]);
    expect(errorsOf({ ...item, pubstatus: 'draft' }, 2)).not.toEqual([]);
  });

  it('copydesk export --format ninjs: one <slug>.ninjs.json per article, linked to its wire item', async () => {
    const library = openTestLibrary();
    const [wire] = library.wire.store(
      parseWireFile('v1.xml', wireFixture('afp/afp-fr-archives-v1.iso-8859-1.xml')),
      'v1.xml',
    );
    const article = library.wire.take(wire!.id, { name: 'Awa Diop' }, typographyProfiles['fr-FR']);
    const outDir = path.join(temporaryFolder(), 'out');
    for (const ninjsVersion of [2, 3] as const) {
      const [file] = await exportArticles({
        library,
        ids: [article.id],
        format: 'ninjs',
        ninjsVersion,
        images: 'folder',
        stylesheet: true,
        gutenberg: false,
        nofollow: false,
        ignoreEmbargo: false,
        existing: 'replace',
        outDir,
      });
      expect(path.basename(file!)).toBe(`${article.slug}.ninjs.json`);
      const item = JSON.parse(fs.readFileSync(file!, 'utf8')) as Record<string, unknown>;
      expect(errorsOf(item, ninjsVersion)).toEqual([]);
      expect(item.associations).toEqual([
        expect.objectContaining({ name: 'source', uri: 'urn:copydesk:wire:afp.com:TX-PAR-SYN01' }),
      ]);
    }
  });
});

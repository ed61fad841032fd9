import { describe, expect, it } from 'vitest';
import { renderNinjs } from './render-ninjs';
import { goldenArticle } from './testing/golden-article';

const source = {
  wireId: 1,
  agency: 'afp.com',
  credit: 'AFP',
  itemId: 'TX-PAR-SYN01',
  version: 2,
  currentVersion: 2,
  notice: null,
};

describe('renderNinjs', () => {
  it('writes the headline and its variants as headlines with roles, in ninjs 2 names', () => {
    const item = renderNinjs(
      {
        ...goldenArticle,
        seoTitle: 'Grève à Marseille',
        socialTitle: 'On ne lâche rien',
        metaDescription: 'Résumé',
      },
      { version: 2 },
    ) as Record<string, unknown>;
    expect(item).toMatchObject({
      uri: 'urn:uuid:7d0c6a4e-1f6b-4c3e-9a59-3f0b0b8c2d11',
      type: 'text',
      pubstatus: 'usable',
      firstcreated: goldenArticle.createdAt,
      headlines: [
        { role: 'main', value: goldenArticle.headline },
        { role: 'seo', value: 'Grève à Marseille' },
        { role: 'social', value: 'On ne lâche rien' },
      ],
      descriptions: [
        { role: 'summary', value: goldenArticle.standfirst },
        { role: 'seo', value: 'Résumé' },
      ],
      slugline: 'greve-la-mobilisation-continue',
      located: 'Marseille',
    });
    expect(JSON.stringify(item)).not.toContain('NOTE-INTERNE');
  });

  it('links the wire item the article was written from; ninjs 3 in camel case with the relation', () => {
    expect(renderNinjs({ ...goldenArticle, source }, { version: 2 })).toMatchObject({
      associations: [
        { name: 'source', uri: 'urn:copydesk:wire:afp.com:TX-PAR-SYN01', version: '2' },
      ],
    });
    const item = renderNinjs(
      {
        ...goldenArticle,
        source: { ...source, itemId: 'urn:newsml:afp.com:20240307:TX-PAR-SYN01:2' },
      },
      { version: 3 },
    );
    expect(item).toMatchObject({
      firstCreated: goldenArticle.createdAt,
      pubStatus: 'usable',
      bodies: [{ contentType: 'text/html' }],
      associations: [
        {
          uri: 'urn:newsml:afp.com:20240307:TX-PAR-SYN01:2',
          copyrightHolder: 'AFP',
          rel: 'http://cv.iptc.org/newscodes/itemrelation/derivedFrom',
        },
      ],
    });
    expect(JSON.stringify(item)).not.toMatch(/firstcreated|pubstatus|contenttype/);
  });
});

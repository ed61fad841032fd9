import { describe, expect, it } from 'vitest';
import { WireItem } from '../../../shared/model/wire-item';
import { parseWireFile } from './parse-wire-file';
import { bodyText } from './testing/body-text';
import { wireFixture, wireFixtureNames } from './testing/wire-fixture';

const read = (name: string): WireItem[] =>
  parseWireFile(name, wireFixture(`newsml-g2/${name}`)).map((item) => WireItem.parse(item));

describe('NewsML-G2 (IPTC examples)', () => {
  it('reads every IPTC example kept as a fixture', () => {
    for (const name of wireFixtureNames('newsml-g2')) {
      expect(read(name).length, name).toBeGreaterThan(0);
    }
  });

  it('reads a news item: guid, version, provider, metadata and embargo', () => {
    const [item] = read('LISTING_1_A_NewsML-G2_News_Item.xml');
    expect(item).toMatchObject({
      format: 'newsml-g2',
      agency: 'REUTERS',
      itemId: 'urn:newsml:acmenews.com:20161018:US-FINANCE-FED',
      version: 11,
      headline: 'Fed to halt QE to avert "bubble"',
      slugline: 'US-Finance-Fed',
      bylines: ['Meredith Jameson'],
      language: 'en-GB',
      embargo: '2018-10-23T12:00:00Z',
      versionCreated: '2018-10-21T16:25:32-05:00',
      subjects: ['economy, business and finance', 'labour market'],
    });
  });

  it('takes an NITF body from inlineXML', () => {
    const [item] = read('LISTING_2_NewsML-G2_Text_Document.xml');
    expect(item?.bylines).toEqual(['Meredith Jameson']);
    expect(bodyText(item!.body)).toMatch(/^\(New York, NY - October 21\) Et, sent luptat/);
    expect(item?.body.content?.every((node) => node.type === 'paragraph')).toBe(true);
  });

  it('keeps NITF sub-headings as headings', () => {
    const [item] = read('LISTING_22_Sports_story_in_NewsML-G2NITF.xml');
    expect(bodyText(item!.body).length).toBeGreaterThan(200);
  });

  it('reads a picture item as a picture with its caption and credit line', () => {
    const [item] = read('LISTING_3_Photo_in_NewsML-G2.xml');
    expect(item?.pictures).toHaveLength(1);
    expect(item?.pictures[0]?.credit).toBe('Getty Images');
    expect(item?.pictures[0]?.caption).toMatch(/^A general view of part of downtown/);
  });

  it('reads a package: its text references as the body, its pictures as placeholders', () => {
    const [item] = read('LISTING_6_Simple_NewsML-G2_Package.xml');
    expect(item?.headline).toBe('UK');
    expect(bodyText(item!.body)).toContain('Obama annonce son équipe');
    expect(item?.pictures.map((picture) => picture.caption)).toEqual([
      "Si nous avons aujourd'hui un afro-américain et une femme dans la course à la présidence.",
    ]);
    expect(item?.body.content?.at(-1)?.type).toBe('figure');
  });
});

import { describe, expect, it } from 'vitest';
import { WireItem } from '../../../shared/model/wire-item';
import { parseNinjs } from './parse-ninjs';
import { parseWireFile } from './parse-wire-file';
import { bodyText } from './testing/body-text';
import { wireFixture, wireFixtureNames } from './testing/wire-fixture';

// The generation of schema IPTC's own ajv script checks each test-suite folder against.
const suites = { '1.5': 1, '1.6': 1, '2.1': 2, '2.2': 2, '3.0': 3, '3.1': 3 } as const;

describe('ninjs', () => {
  for (const [folder, major] of Object.entries(suites)) {
    it(`accepts every ${folder} should_pass file and refuses every should_fail one with a reason`, () => {
      const base = `ninjs/test_suite/${folder}`;
      for (const name of wireFixtureNames(`${base}/should_pass`)) {
        expect(
          () => parseNinjs(wireFixture(`${base}/should_pass/${name}`), major),
          name,
        ).not.toThrow();
      }
      const failing = wireFixtureNames(`${base}/should_fail`);
      expect(failing.length).toBeGreaterThan(0);
      for (const name of failing) {
        expect(() => parseNinjs(wireFixture(`${base}/should_fail/${name}`), major), name).toThrow(
          new RegExp(`not valid ninjs ${major}\\.x|not valid JSON`),
        );
      }
    });
  }

  it('reads every IPTC example, telling the generation apart without being told', () => {
    for (const folder of ['1.4', '2.1', '3.0']) {
      for (const name of wireFixtureNames(`ninjs/examples/${folder}`)) {
        const [item] = parseWireFile(name, wireFixture(`ninjs/examples/${folder}/${name}`));
        expect(WireItem.safeParse(item).success, `${folder}/${name}`).toBe(true);
      }
    }
  });

  it('reads a dpa 2.x text: headline, byline, urgency, version and HTML body', () => {
    const [item] = parseWireFile('dpa_text.json', wireFixture('ninjs/examples/2.1/dpa_text.json'));
    expect(item).toMatchObject({
      format: 'ninjs',
      agency: 'dpa',
      itemId: 'urn:newsml:dpa.com:20090101:190510-99-167362',
      version: 2,
      urgency: 4,
      language: 'de',
      bylines: ['Von Christian Hollmann, dpa'],
      versionCreated: '2019-05-10T16:02:28+02:00',
    });
    expect(item?.headline).toMatch(/^Faktencheck Derby-Elfmeter/);
    expect(bodyText(item!.body)).toContain('der größte Skandal im Fußball seit Jahren');
  });

  it('reads a 3.x item with camelCase fields and a picture association', () => {
    const [item] = parseWireFile('tt.json', wireFixture('ninjs/examples/3.0/tt_text_image_3.json'));
    expect(item).toMatchObject({
      agency: 'TT',
      headline: 'Militärövning i jätteformat hålls 2023',
    });
    expect(item?.pictures).toHaveLength(1);
    expect(item?.body.content?.at(-1)?.type).toBe('figure');
  });
});

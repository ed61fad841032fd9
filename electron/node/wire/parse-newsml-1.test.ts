import { describe, expect, it } from 'vitest';
import { WireItem } from '../../../shared/model/wire-item';
import { parseWireFile } from './parse-wire-file';
import { bodyText } from './testing/body-text';
import { wireFixture } from './testing/wire-fixture';

const read = (name: string): WireItem => {
  const items = parseWireFile(name, wireFixture(`afp/${name}`));
  expect(items).toHaveLength(1);
  return WireItem.parse(items[0]);
};

describe('NewsML 1.2 (AFP profile)', () => {
  it('reads an ISO-8859-1 French item: identity, news lines, metadata and the NITF body', () => {
    const item = read('afp-fr-archives-v1.iso-8859-1.xml');
    expect(item).toMatchObject({
      format: 'newsml-1.2',
      agency: 'afp.com',
      credit: 'AFP',
      itemId: 'TX-PAR-SYN01',
      version: 1,
      headline:
        "Archives : le gouvernement présente un projet de loi sur l'accès aux fonds publics",
      slugline: 'France-archives-loi',
      bylines: ['Camille Exemple'],
      dateline: 'PARIS, 7 déc 2026 (AFP) -',
      language: 'fr',
      urgency: 4,
      embargo: null,
      versionCreated: '2026-12-07T09:01:00+01:00',
      notice: null,
      correctionOf: null,
      subjects: ['01000000', '11000000'],
      keywords: ['France', 'archives', 'gouvernement'],
    });
    const text = bodyText(item.body);
    expect(text).toContain('"nous voulons une administration plus transparente"');
    expect(text).toContain('numérisés des préfectures ; il sera');
    expect(text).not.toContain('Matignon, à Paris, le 7 décembre');
  });

  it('turns the photo component into a figure placeholder with caption and credit', () => {
    const item = read('afp-fr-archives-v1.iso-8859-1.xml');
    expect(item.pictures).toEqual([
      {
        href: 'https://example.invalid/afp/photo/doc-synthetique-1.jpg',
        caption: 'Le Premier ministre arrive à Matignon, à Paris, le 7 décembre 2026.',
        credit: 'AFP / Jeanne Exemple',
      },
    ]);
    const figure = item.body.content?.at(-1);
    expect(figure?.type).toBe('figure');
    expect(figure?.attrs).toMatchObject({
      src: '',
      caption: 'Le Premier ministre arrive à Matignon, à Paris, le 7 décembre 2026.',
      credit: 'AFP / Jeanne Exemple',
    });
  });

  it('decodes Windows-1252 (œ, €, …) as declared and reads the embargo', () => {
    const item = read('afp-fr-economie.windows-1252.xml');
    expect(item.headline).toBe("Budget : l'œuvre de Bercy chiffrée à 12 milliards d'€");
    expect(bodyText(item.body)).toContain('4,6 % du PIB…');
    expect(item.embargo).toBe('2026-12-07T12:00:00+01:00');
    expect(item.urgency).toBe(2);
  });

  it('reads a UTF-8 item in English', () => {
    expect(read('afp-en-utf8.xml')).toMatchObject({
      language: 'en',
      headline: 'Snow closes Alpine passes in France',
    });
  });

  it('marks a correction and a kill, with the revision they replace', () => {
    expect(read('afp-fr-archives-correction.iso-8859-1.xml')).toMatchObject({
      version: 3,
      notice: 'correction',
      correctionOf: '2',
    });
    expect(read('afp-fr-archives-kill.iso-8859-1.xml')).toMatchObject({
      version: 4,
      notice: 'kill',
      correctionOf: '3',
    });
    expect(read('afp-fr-archives-v2.iso-8859-1.xml')).toMatchObject({ version: 2, notice: null });
  });
});

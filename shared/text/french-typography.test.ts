import { describe, expect, it } from 'vitest';
import { fixFrenchTypography } from './french-typography';
import { typographyProfiles } from './typography-profile';

const N = '\u202F';
const S = '\u00A0';

const cases: [string, string][] = [
  ['Quoi ?', `Quoi${N}?`],
  ['Quoi?', `Quoi${N}?`],
  [`Quoi${S}?`, `Quoi${N}?`],
  ['Quoi  ?', `Quoi${N}?`],
  ['Vraiment !', `Vraiment${N}!`],
  ['Vraiment!', `Vraiment${N}!`],
  ['Comment ?!', `Comment${N}?!`],
  ['Il pleut; il vente.', `Il pleut${N}; il vente.`],
  ['Il a dit : non.', `Il a dit${S}: non.`],
  ['Il a dit: non.', `Il a dit${S}: non.`],
  [`Il a dit${N}: non.`, `Il a dit${S}: non.`],
  ['Rendez-vous à 10:30.', 'Rendez-vous à 10:30.'],
  ['Le score est de 3:2 ce soir.', 'Le score est de 3:2 ce soir.'],
  ['Voir https://example.org/a?b=c;d pour tout.', 'Voir https://example.org/a?b=c;d pour tout.'],
  ['Voir https://example.org/page?', `Voir https://example.org/page${N}?`],
  [
    'Écrire à redaction@journal.sn ou à www.journal.sn!',
    `Écrire à redaction@journal.sn ou à www.journal.sn${N}!`,
  ],
  ["l'État", 'l’État'],
  ["aujourd'hui", 'aujourd’hui'],
  [
    "Le ministère n'a pas encore officiellement commenté l'affaire.",
    'Le ministère n’a pas encore officiellement commenté l’affaire.',
  ],
  ["'90", "'90"],
  ['Il parle de "coopération exemplaire".', `Il parle de «${N}coopération exemplaire${N}».`],
  ['« coopération exemplaire »', `«${N}coopération exemplaire${N}»`],
  ['«coopération exemplaire»', `«${N}coopération exemplaire${N}»`],
  [`«${S}coopération exemplaire${S}»`, `«${N}coopération exemplaire${N}»`],
  ['Il a dit "elle a parlé de "paix" hier".', `Il a dit «${N}elle a parlé de “paix” hier${N}».`],
  ['« Il a crié "assez" »', `«${N}Il a crié “assez”${N}»`],
  ['"Pourquoi ?"', `«${N}Pourquoi${N}?${N}»`],
  ['Et puis...', 'Et puis…'],
  ['Et puis... rien', 'Et puis… rien'],
  ['Quatre points ....', 'Quatre points ....'],
  ['Entre 1990-2000', 'Entre 1990–2000'],
  ['pages 10-12', 'pages 10–12'],
  ['le 2024-03-12', 'le 2024-03-12'],
  ['le COVID-19', 'le COVID-19'],
  ['tél. 77-123-45-67', 'tél. 77-123-45-67'],
  ['(?)', '(?)'],
  ['? au début', '? au début'],
  ['Titre :', `Titre${S}:`],
  ['« Oui ! », répond-il.', `«${N}Oui${N}!${N}», répond-il.`],
  ['Il a dit "bonjour', `Il a dit «${N}bonjour`],
  ['fin"', 'fin"'],
  ['Note: voir https://a.fr:8080/x', `Note${S}: voir https://a.fr:8080/x`],
  ['DAKAR, 12 mars : le président', `DAKAR, 12 mars${S}: le président`],
  ['Ligne un ?\nLigne deux !', `Ligne un${N}?\nLigne deux${N}!`],
  ['', ''],
];

describe('fixFrenchTypography', () => {
  it.each(cases)('%j → %j', (input, expected) => {
    expect(fixFrenchTypography(input)).toBe(expected);
  });

  it.each(cases)('is idempotent on %j', (input) => {
    const once = fixFrenchTypography(input);
    expect(fixFrenchTypography(once)).toBe(once);
  });

  it('follows the house profile for the colon and guillemets', () => {
    expect(fixFrenchTypography('Note : « oui »', typographyProfiles['fr-FR-nnbsp'])).toBe(
      `Note${N}: «${N}oui${N}»`,
    );
    expect(fixFrenchTypography('Note : « oui »', typographyProfiles['fr-FR-nbsp'])).toBe(
      `Note${S}: «${S}oui${S}»`,
    );
  });

  it('uses no space before ; ! ? in the Québec profile', () => {
    expect(fixFrenchTypography('Quoi ? Oui !', typographyProfiles['fr-CA'])).toBe('Quoi? Oui!');
  });
});

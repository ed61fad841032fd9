import { describe, expect, it } from 'vitest';
import { typographyProfiles } from '../../shared/text/typography-profile';
import { applyFrenchTypography } from './apply-french-typography';

const fixed = (html: string): string => {
  const { body } = new DOMParser().parseFromString(html, 'text/html');
  applyFrenchTypography(body, typographyProfiles['fr-FR']);
  return body.innerHTML;
};

describe('applyFrenchTypography', () => {
  it('fixes text across formatting inside one block', () => {
    expect(fixed('<p>Il dit "<i>intenable</i>" ; <b>vraiment</b>!</p>')).toBe(
      '<p>Il dit «\u202f<i>intenable</i>\u202f»\u202f; <b>vraiment</b>\u202f!</p>',
    );
  });

  it('never pairs quotes across blocks or line breaks', () => {
    expect(fixed('<p>"a</p><p>b"</p><p>c<br>"d"</p>')).toBe(
      '<p>«\u202fa</p><p>b"</p><p>c<br>«\u202fd\u202f»</p>',
    );
  });

  it('leaves code, foreign-language passages and hrefs alone', () => {
    expect(
      fixed(
        '<p><code>a ; b</code> <span lang="en">"Why?"</span> <a href="https://x.sn/?a=1;b=2">ici ?</a></p>',
      ),
    ).toBe(
      '<p><code>a ; b</code> <span lang="en">"Why?"</span> <a href="https://x.sn/?a=1;b=2">ici\u202f?</a></p>',
    );
  });

  it('is idempotent', () => {
    const once = fixed('<p>"Bonjour" : l\'été ; 10:30 !</p>');
    expect(fixed(once)).toBe(once);
  });
});

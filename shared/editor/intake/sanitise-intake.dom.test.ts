import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { createExtensions } from '../extensions';
import type { IntakeFragment } from './intake-dom';
import { sanitiseIntake } from './sanitise-intake';
import { tidySanitisedHtml } from './tidy-sanitised-html';

// A dom test: the intake runs on the test page's window, as paste runs on the renderer's.
const page = globalThis.window;

const sanitisedFragment = (html: string): IntakeFragment => {
  const { body } = new DOMParser().parseFromString(html, 'text/html');
  const fragment = sanitiseIntake(body, page);
  tidySanitisedHtml(fragment);
  return fragment;
};

/** The sanitised, tidied markup (without the Office and web clean-ups that run before). */
const sanitisePastedHtml = (html: string): string => {
  const holder = page.document.createElement('div');
  holder.appendChild(sanitisedFragment(html) as unknown as Node);
  return holder.innerHTML;
};

const documentFromSanitised = (html: string) =>
  ProseMirrorDOMParser.fromSchema(getSchema(createExtensions()))
    .parse(sanitisedFragment(html) as unknown as Node)
    .toJSON() as { content?: { type: string }[] };

const asset = `copydesk-asset:${'ab'.repeat(32)}.png`;
const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

describe('the intake sanitiser (DOMPurify, allowlist, tidy)', () => {
  it('keeps the formatting the schema knows and drops every attribute it does not', () => {
    const html = sanitisePastedHtml(
      '<p id="x" class="MsoNormal" style="color:red" onclick="x()" dir="ltr">' +
        '<b>g</b><strong>G</strong><i>i</i><em>E</em><u>u</u><s>s</s><strike>k</strike><del>d</del>' +
        'H<sub>2</sub>O 1<sup>er</sup></p>',
    );
    expect(html).toBe(
      '<p><b>g</b><strong>G</strong><i>i</i><em>E</em><u>u</u><s>s</s><strike>k</strike>' +
        '<del>d</del>H<sub>2</sub>O 1<sup>er</sup></p>',
    );
  });

  it('maps H1 to H2 and H4–H6 to H3', () => {
    expect(sanitisePastedHtml('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>')).toBe(
      '<h2>a</h2><h2>b</h2><h3>c</h3><h3>d</h3><h3>e</h3><h3>f</h3>',
    );
  });

  it('keeps lists with start, quotes and tables with spans', () => {
    const html = sanitisePastedHtml(
      '<ol start="3" type="a"><li>a<ul><li>b</li></ul></li></ol><blockquote>q</blockquote>' +
        '<table border="1"><tr><th colspan="2" width="9">h</th></tr><tr><td rowspan="x">d</td></tr></table>',
    );
    expect(html).toBe(
      '<ol start="3"><li>a<ul><li>b</li></ul></li></ol><blockquote>q</blockquote>' +
        '<table><tbody><tr><th colspan="2">h</th></tr><tr><td>d</td></tr></tbody></table>',
    );
  });

  it('normalises hrefs and unwraps refused links, keeping their text', () => {
    const html = sanitisePastedHtml(
      '<p><a href=" HTTPS://Example.org/é" target="_blank" rel="opener">ok</a> ' +
        '<a href="java&#x09;script:alert(1)">js</a> <a href="file:///etc/passwd">file</a> ' +
        '<a href="\\\\host\\share">unc</a> <a href="page.html">relative</a> ' +
        '<a href="data:text/html,x">data</a> <a href="mailto:a@b.sn">mail</a></p>',
    );
    expect(html).toBe(
      '<p><a href="https://example.org/%C3%A9">ok</a> js file unc relative data ' +
        '<a href="mailto:a@b.sn">mail</a></p>',
    );
  });

  it('keeps allowed images as figures and drops remote images and trackers', () => {
    const source =
      `<p>a<img src="${asset}" alt="Port"></p>` +
      '<img src="https://tripwire.invalid/photo.jpg" alt="Distante">' +
      `<img src="${gif}" width="1" height="1">` +
      `<img src="${gif}" style="display:none">` +
      '<figure><img src="https://cdn.example/x.jpg" srcset="x 1x" alt="Alt"><figcaption>Légende</figcaption></figure>';
    const html = sanitisePastedHtml(source);
    expect(html).toBe(
      `<p>a<figure><img src="${asset}" alt="Port"></figure></p>` +
        '<figure><img alt="Alt"><figcaption>Légende</figcaption></figure>',
    );
    expect(documentFromSanitised(source).content?.filter((node) => node.type === 'figure')).toEqual(
      [
        { type: 'figure', attrs: { src: asset, alt: 'Port', caption: '', credit: '' } },
        { type: 'figure', attrs: { src: '', alt: 'Alt', caption: 'Légende', credit: '' } },
      ],
    );
  });

  it('removes dangerous elements with their content and harmless wrappers without', () => {
    const html = sanitisePastedHtml(
      '<p>a</p><script>x()</script><style>p{}</style><iframe src="x">f</iframe>' +
        '<object data="x">o</object><embed src="x"><form action="x"><p>in form</p>' +
        '<button>Valider</button></form><svg><text>s</text></svg><math><mi>m</mi></math>' +
        '<noscript><p>n</p></noscript><template><p>t</p></template><font face="x">font</font>',
    );
    expect(html).toBe('<p>a</p><p>in form</p>font');
  });

  it('drops empty spacing paragraphs and breaks between blocks, not line breaks', () => {
    expect(sanitisePastedHtml('<p>a</p><br><p>&nbsp;</p><p><br></p><p>b<br>c</p>')).toBe(
      '<p>a</p><p>b<br>c</p>',
    );
  });

  it('keeps Copydesk’s own figure and pull-quote markup, and no other class', () => {
    const own =
      `<figure data-type="figure"><img src="${asset}" alt="A"><figcaption>` +
      '<span class="caption">Légende</span> <span class="credit">AFP</span></figcaption></figure>' +
      '<aside class="pull-quote" data-type="pull-quote"><blockquote><p>Q</p></blockquote><cite>M</cite></aside>' +
      '<p><span class="credit">hors figure</span></p>';
    expect(sanitisePastedHtml(own)).toBe(
      `<figure><img src="${asset}" alt="A"><figcaption>` +
        '<span class="caption">Légende</span> <span class="credit">AFP</span></figcaption></figure>' +
        '<aside data-type="pull-quote"><blockquote><p>Q</p></blockquote><cite>M</cite></aside>' +
        '<p><span>hors figure</span></p>',
    );
  });
});

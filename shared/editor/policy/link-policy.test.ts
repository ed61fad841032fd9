import { describe, expect, it } from 'vitest';
import { normaliseLinkUrl } from './link-policy';

const refused: [string, string][] = [
  ['plain javascript', 'javascript:alert(1)'],
  ['mixed case', 'JaVaScRiPt:alert(1)'],
  ['tab inside the scheme', 'java\tscript:alert(1)'],
  ['newline inside the scheme', 'java\nscript:alert(1)'],
  ['carriage return and NUL', 'java\r\u0000script:alert(1)'],
  ['decimal entity', '&#106;avascript:alert(1)'],
  ['decimal entity without semicolon', '&#106avascript:alert(1)'],
  ['hex entity tab', 'java&#x09;script:alert(1)'],
  ['padded hex entity', '&#x0006A;avascript:alert(1)'],
  ['named colon entity', 'javascript&colon;alert(1)'],
  ['named tab entity', 'java&Tab;script:alert(1)'],
  ['named newline entity', 'java&NewLine;script:alert(1)'],
  ['double-encoded entity', '&amp;#106;avascript:alert(1)'],
  ['leading space', ' javascript:alert(1)'],
  ['leading control character', '\u0001javascript:alert(1)'],
  ['data HTML', 'data:text/html,<script>alert(1)</script>'],
  ['data image', 'data:image/png;base64,iVBORw0KGgo='],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['file', 'file:///etc/passwd'],
  ['UNC path', '\\\\host\\share'],
  ['SMB', 'smb://host/share'],
  ['ms-msdt', 'ms-msdt:/id PCWDiagnostic'],
  ['custom scheme', 'copydesk-asset:abc.png'],
  ['ftp', 'ftp://example.org/file'],
  ['tel', 'tel:+221338000000'],
  ['relative path', '/path'],
  ['relative file', 'page.html'],
  ['protocol-relative', '//evil.example/x'],
  ['bare domain', 'example.org'],
  ['empty', ''],
  ['only spaces', '   '],
  ['http without host', 'http://'],
  ['zero-width space before scheme', '\u200bjavascript:alert(1)'],
];

const accepted: [string, string, string][] = [
  ['https', 'https://example.org/', 'https://example.org/'],
  ['http host gets a slash', 'http://x', 'http://x/'],
  ['non-ASCII path is percent-encoded', 'https://example.org/é', 'https://example.org/%C3%A9'],
  ['mailto', 'mailto:a@b.sn', 'mailto:a@b.sn'],
  ['upper-case scheme and host', 'HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
  ['surrounding spaces', '  https://example.org/a  ', 'https://example.org/a'],
  ['encoded ampersand in the query', 'https://x.sn/?a=1&amp;b=2', 'https://x.sn/?a=1&b=2'],
  ['tab inside https', 'ht\ttps://example.org/', 'https://example.org/'],
  ['entity-encoded https', '&#104;ttps://example.org/', 'https://example.org/'],
  ['international domain', 'https://exemple.côte.sn/', 'https://exemple.xn--cte-kna.sn/'],
];

describe('normaliseLinkUrl', () => {
  it.each(refused)('refuses %s', (_label, raw) => {
    expect(normaliseLinkUrl(raw)).toBeNull();
  });

  it.each(accepted)('accepts %s', (_label, raw, expected) => {
    expect(normaliseLinkUrl(raw)).toBe(expected);
  });

  it('is idempotent on what it accepts', () => {
    for (const [, raw] of accepted) {
      const once = normaliseLinkUrl(raw);
      expect(once).not.toBeNull();
      expect(normaliseLinkUrl(once ?? '')).toBe(once);
    }
  });

  it('refuses entities nested deeper than it decodes', () => {
    expect(normaliseLinkUrl('&amp;amp;amp;amp;#106;avascript:alert(1)')).toBeNull();
  });
});

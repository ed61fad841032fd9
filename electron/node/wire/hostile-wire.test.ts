import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/error-code';
import { parseWireFile } from './parse-wire-file';
import { wireFixture } from './testing/wire-fixture';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const newsml = (headline: string): string =>
  `<?xml version="1.0" encoding="utf-8"?><NewsML Version="1.2"><NewsItem><Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><NewsItemId>X</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification><NewsComponent><NewsLines><HeadLine>${headline}</HeadLine></NewsLines></NewsComponent></NewsItem></NewsML>`;

const refused = (name: string, bytes: Uint8Array, reason: RegExp): void => {
  let thrown: unknown;
  try {
    parseWireFile(name, bytes);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe('invalid');
  expect((thrown as AppError).message).toMatch(reason);
  expect((thrown as AppError).message).toMatch(`Cannot import wire file ${name}:`);
};

describe('hostile wire files', () => {
  it('refuses entity expansion (billion laughs) without expanding anything', () => {
    refused(
      'billion-laughs.xml',
      wireFixture('hostile/billion-laughs.xml'),
      /declares XML entities/,
    );
  });

  it('refuses an external entity without reading it', () => {
    refused(
      'external-entity.xml',
      wireFixture('hostile/external-entity.xml'),
      /declares XML entities/,
    );
  });

  it('refuses an undeclared entity reference as malformed', () => {
    refused('undeclared.xml', encode(newsml('&lol9;')), /not well-formed XML/);
  });

  it('refuses XML nested 10,000 elements deep', () => {
    const deep = newsml(`${'<b>'.repeat(10_000)}x${'</b>'.repeat(10_000)}`);
    refused('deep.xml', encode(deep), /nested more than 200 elements deep/);
  });

  it('refuses a 20 MB text node by the file size, and a 2 MB one by the text limit', () => {
    refused('huge.xml', encode(newsml('x'.repeat(20 * 1024 * 1024))), /larger than 8 MB/);
    refused(
      'long.xml',
      encode(newsml('x'.repeat(2 * 1024 * 1024))),
      /more than a million characters/,
    );
  });

  it('refuses truncated XML and invalid JSON', () => {
    refused('truncated.xml', wireFixture('hostile/truncated.xml'), /not well-formed XML/);
    refused('invalid.json', wireFixture('hostile/invalid.json'), /not valid JSON/);
  });

  it('refuses JSON nested 10,000 levels deep before validating it', () => {
    const deep = `{"uri":"urn:x","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    refused('deep.json', encode(deep), /nested more than 200 levels deep/);
  });

  it('refuses an undeclared encoding and XML that is not a news format', () => {
    refused(
      'ebcdic.xml',
      encode('<?xml version="1.0" encoding="EBCDIC-US"?><a/>'),
      /encoding "ebcdic-us" is not supported/,
    );
    refused('feed.xml', encode('<?xml version="1.0"?><rss/>'), /root element <rss> is not NewsML/);
  });

  it('still reads a well-formed item of the same shape', () => {
    expect(parseWireFile('fine.xml', encode(newsml('Titre é')))[0]?.headline).toBe('Titre é');
  });
});

import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../../../tests/fixtures/wire/', import.meta.url);

/** @internal The bytes of a wire fixture, by its path under tests/fixtures/wire/. */
export const wireFixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(path, root)));

/** @internal The file names in a folder of wire fixtures. */
export const wireFixtureNames = (folder: string): string[] =>
  readdirSync(new URL(`${folder}/`, root)).sort();

/**
 * `npx tsx tests/bench/wire/run-wire-bench.ts [--items N] [--searches N] [--in-thread]`: the wire
 * desk's figures of issue 16. N synthetic AFP-style NewsML 1.2 items (ISO-8859-1, NITF body, ~300
 * words) are read and stored one file at a time, as `wire watch` and the app's drop folder do:
 * read in the import worker (time and memory capped), or in this thread with `--in-thread`;
 * then the Wires search runs accent-free queries with those items in the library. Prints items/s
 * and search p50/p95.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openLibrary } from '../../../electron/node/library/open-library';
import { parseWireFile } from '../../../electron/node/wire/parse-wire-file';
import { createImporter } from '../../../electron/node/import/worker/create-importer';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000' },
    searches: { type: 'string', default: '200' },
    'in-thread': { type: 'boolean', default: false },
  },
});
const itemCount = Number(values.items);
const searchCount = Number(values.searches);

const words = (
  'gouvernement ministère élection sénat député réforme budget économie grève syndicat hôpital école ' +
  'université préfecture région département commune énergie électricité transport sécurité police ' +
  'justice tribunal procès enquête incendie tempête inondation sécheresse agriculture pêche forêt ' +
  'européen américain africain québécois théâtre cinéma musée festival football rugby cyclisme'
).split(' ');

const pick = (seed: number, index: number): string =>
  words[(seed * 31 + index * 17) % words.length]!;

const sentence = (seed: number, start: number): string =>
  `${Array.from({ length: 14 }, (_, index) => pick(seed, start + index)).join(' ')} : "déclaration" ; fin.`;

const item = (index: number): Uint8Array => {
  const paragraphs = Array.from(
    { length: 20 },
    (_, paragraph) => `<p>${sentence(index, paragraph * 14)}</p>`,
  ).join('');
  const xml = `<?xml version="1.0" encoding="iso-8859-1"?>
<NewsML Version="1.2"><NewsEnvelope><Priority FormalName="${(index % 6) + 1}"/></NewsEnvelope><NewsItem xml:lang="fr">
<Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><NewsItemId>TX-BENCH-${index}</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId></NewsIdentifier><NameLabel>bench-${index}</NameLabel></Identification>
<NewsManagement><ThisRevisionCreated>20261207T080000+0100</ThisRevisionCreated><Status FormalName="Usable"/><Urgency FormalName="${(index % 6) + 1}"/></NewsManagement>
<NewsComponent><NewsLines><HeadLine>${pick(index, 1)} ${pick(index, 2)} ${pick(index, 3)} n°${index}</HeadLine><DateLine>PARIS, 7 déc 2026 (AFP) -</DateLine></NewsLines>
<AdministrativeMetadata><Provider><Party FormalName="AFP"/></Provider><Creator><Party FormalName="Camille Exemple"/></Creator></AdministrativeMetadata>
<DescriptiveMetadata><Language FormalName="fr"/><Property FormalName="Keyword" Value="${pick(index, 4)}"/></DescriptiveMetadata>
<ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content>${paragraphs}</body.content></body></nitf></DataContent></ContentItem>
</NewsComponent></NewsItem></NewsML>`;
  return new Uint8Array(Buffer.from(xml, 'latin1'));
};

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-wire-bench-'));
const library = openLibrary(path.join(folder, 'library'), { create: true });
try {
  const files = Array.from({ length: itemCount }, (_, index) => item(index));
  const importer = createImporter();
  const read = values['in-thread']
    ? (name: string, bytes: Uint8Array) => Promise.resolve(parseWireFile(name, bytes))
    : (name: string, bytes: Uint8Array) => importer.readWire({ name, bytes });
  const started = performance.now();
  let storing = 0;
  for (const [index, bytes] of files.entries()) {
    const name = `item-${index}.xml`;
    const items = await read(name, bytes);
    const stored = performance.now();
    library.wire.store(items, name);
    storing += performance.now() - stored;
  }
  const seconds = (performance.now() - started) / 1000;
  await importer.close();
  const queries = Array.from({ length: searchCount }, (_, index) =>
    [pick(index, 0), pick(index, 5)]
      .map((word) => word.normalize('NFD').replace(/\p{M}/gu, ''))
      .join(' '),
  );
  const times = queries.map((text) => {
    const start = performance.now();
    library.wire.list({ text });
    return performance.now() - start;
  });
  const sorted = [...times].sort((left, right) => left - right);
  console.log(
    `wire import: ${itemCount} items in ${seconds.toFixed(1)} s = ${(itemCount / seconds).toFixed(0)} items/s (${values['in-thread'] ? 'in this thread' : 'in the import worker'}: parse + intake + store, one file per transaction; storing alone ${(storing / 1000).toFixed(1)} s)`,
  );
  console.log(
    `wire search (${searchCount} two-word accent-free queries, first 200 hits, ${itemCount} items): p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`,
  );
} finally {
  library.close();
  fs.rmSync(folder, { recursive: true, force: true });
}

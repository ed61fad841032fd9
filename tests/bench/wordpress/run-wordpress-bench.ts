/**
 * `npx tsx tests/bench/wordpress/run-wordpress-bench.ts [--runs N] [--width W --height H]`: the
 * time to publish an article with 5 images to a real local WordPress (issue 15), from the job
 * queued to the post answered: 5 uploads (WordPress makes its resized copies of each), terms,
 * the post. Pictures are noisy PNGs of W×H, so they weigh what photos do. Needs the Debian
 * packages (`wordpressUnavailableReason`). Prints each run and the median.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateSync } from 'node:zlib';
import { openLibrary } from '../../../electron/node/library/open-library';
import { sendDueJobs } from '../../../electron/node/wordpress/send-due-jobs';
import { publishableArticle } from '../../../electron/node/wordpress/testing/publishable-article';
import { startTestWordpress } from '../../../electron/node/wordpress/testing/start-test-wordpress';
import { wordpressUnavailableReason } from '../../../electron/node/wordpress/testing/wordpress-availability';
import { summarize } from '../statistics';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    width: { type: 'string', default: '1600' },
    height: { type: 'string', default: '1067' },
  },
});
const width = Number(values.width);
const height = Number(values.height);

const crc32 = (bytes: Buffer): number => {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
};

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A PNG whose pixels are half noise: it compresses about as badly as a photo does. */
const noisyPng = (): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Array.from({ length: height }, (_, row) =>
    Buffer.concat([
      Buffer.from([0]),
      row % 2 === 0 ? randomBytes(width * 3) : Buffer.alloc(width * 3, row & 0xff),
    ]),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

const unavailable = wordpressUnavailableReason();
if (unavailable !== null) {
  console.error(`WordPress bench skipped: ${unavailable}`);
  process.exit(1);
}

const wordpress = await startTestWordpress();
const folder = mkdtempSync(join(tmpdir(), 'copydesk-wordpress-bench-'));
const library = openLibrary(folder, { create: true });
const target = {
  site: {
    name: 'Bench',
    address: wordpress.url,
    userName: wordpress.editor.login,
    statusMapping: { published: 'publish', approved: 'pending' } as const,
  },
  connection: {
    address: wordpress.url,
    userName: wordpress.editor.login,
    applicationPassword: wordpress.editor.applicationPassword,
  },
};
const samples: number[] = [];
let weight = 0;
try {
  for (let run = 1; run <= Number(values.runs); run += 1) {
    const images = Array.from({ length: 5 }, noisyPng);
    weight = images.reduce((total, image) => total + image.length, 0);
    const article = publishableArticle(library, {
      status: 'published',
      images: 5,
      slug: `bench-${run}`,
      imageBytes: (index) => images[index]!,
    });
    library.outbox.enqueue({ articleId: article.id, site: 'Bench', kind: 'publish' }, 'Bench');
    const started = performance.now();
    const sent = await sendDueJobs({ library, targetOf: () => target });
    const elapsed = performance.now() - started;
    if (sent !== 1) throw new Error(`run ${run}: ${library.outbox.jobs()[0]?.lastError}`);
    samples.push(elapsed);
    console.log(`run ${run}: ${Math.round(elapsed)} ms`);
  }
  const summary = summarize(samples);
  console.log(
    `5 images of ${width}×${height} (${(weight / 1e6).toFixed(1)} MB in all): median ${Math.round(summary.median)} ms, min ${Math.round(summary.min)} ms, max ${Math.round(summary.max)} ms over ${summary.runs} runs`,
  );
} finally {
  library.close();
  rmSync(folder, { recursive: true, force: true });
  await wordpress.stop();
}

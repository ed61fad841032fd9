/**
 * `npm run bench:editor` (also run by `npm run bench`) — issue 4 item 9 and issue 12: keydown →
 * next painted frame over 500 keystrokes typed in the middle of a 20,000-word article,
 * Copydesk's editor (collaboration on: bound to the article's Yjs document) against a bare
 * Tiptap + StarterKit page on the same document, and the bare page bound to a Yjs document too
 * (what the binding alone costs), interleaved in the same run.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { openLibrary } from '../../../electron/node/library/open-library';
import { chromiumArguments, findChromium } from '../../fixtures/find-chromium';
import { repositoryRoot, startBrowserMode } from '../../fixtures/start-browser-mode';
import { machineInfo } from '../machine-info';
import { summarize } from '../statistics';
import { longArticle } from './long-article';
import { caretInMiddle, installLatencyProbe, typeAndMeasure } from './measure-typing';
import { serveFolder } from './serve-folder';

const wordCount = 20_000;
const rounds = 5;
const keysPerRound = 100;
const headline = 'Vingt mille mots pour le banc d’essai';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-editor-bench-'));
const articleBody = longArticle(wordCount);
const paragraphCount = articleBody.content?.length ?? 0;

async function buildBarePage(): Promise<string> {
  const outDir = path.join(root, 'bare');
  await build({
    configFile: false,
    root: path.join(import.meta.dirname, 'bare-page'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  fs.writeFileSync(path.join(outDir, 'doc.json'), JSON.stringify(articleBody));
  return outDir;
}

function prepareLibrary(): string {
  const folder = path.join(root, 'library');
  const library = openLibrary(folder, { create: true });
  library.create({ headline, body: articleBody, language: 'fr' }, { name: 'Bench' });
  library.close();
  return folder;
}

const everyParagraph = (page: Page) =>
  page.waitForFunction(
    (count) => document.querySelectorAll('.ProseMirror > p').length >= count,
    paragraphCount,
    {
      timeout: 60_000,
    },
  );

async function openCopydesk(
  browser: Browser,
  url: string,
): Promise<{ page: Page; openMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  const later = page.getByRole('button', { name: /^(Later|Plus tard)$/ });
  const row = page.getByRole('listitem').filter({ hasText: headline });
  await later.or(row).first().waitFor();
  if (await later.isVisible()) await later.click();
  await row.waitFor();
  const started = performance.now();
  await row.click();
  await everyParagraph(page);
  return { page, openMs: performance.now() - started };
}

async function openBare(browser: Browser, url: string): Promise<{ page: Page; openMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const started = performance.now();
  await page.goto(url);
  await everyParagraph(page);
  return { page, openMs: performance.now() - started };
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH.');
  if (!fs.existsSync(path.join(repositoryRoot, 'out/renderer/index.html'))) {
    spawnSync('npx', ['electron-vite', 'build'], { cwd: repositoryRoot, stdio: 'inherit' });
  }
  const bareFolder = await buildBarePage();
  const bare = await serveFolder(bareFolder);
  const server = await startBrowserMode({
    library: prepareLibrary(),
    settings: path.join(root, 'settings'),
    exports: path.join(root, 'exports'),
  });
  const browser = await chromium.launch({ executablePath, args: chromiumArguments });
  try {
    const copydeskOpen: number[] = [];
    const bareOpen: number[] = [];
    for (let index = 0; index < 3; index += 1) {
      const opened = await openCopydesk(browser, server.url);
      copydeskOpen.push(opened.openMs);
      await opened.page.close();
      const bareOpened = await openBare(browser, bare.url);
      bareOpen.push(bareOpened.openMs);
      await bareOpened.page.close();
    }
    const copydesk = (await openCopydesk(browser, server.url)).page;
    const barePage = (await openBare(browser, bare.url)).page;
    const bareCollaboration = (await openBare(browser, `${bare.url}?collaboration`)).page;
    for (const page of [copydesk, barePage, bareCollaboration]) {
      await caretInMiddle(page);
      await installLatencyProbe(page);
      await typeAndMeasure(page, 20);
    }
    const copydeskSamples: number[] = [];
    const bareSamples: number[] = [];
    const bareCollaborationSamples: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      await copydesk.bringToFront();
      await caretInMiddle(copydesk);
      copydeskSamples.push(...(await typeAndMeasure(copydesk, keysPerRound)));
      await barePage.bringToFront();
      await caretInMiddle(barePage);
      bareSamples.push(...(await typeAndMeasure(barePage, keysPerRound)));
      await bareCollaboration.bringToFront();
      await caretInMiddle(bareCollaboration);
      bareCollaborationSamples.push(...(await typeAndMeasure(bareCollaboration, keysPerRound)));
    }
    report(
      summarize(copydeskSamples),
      summarize(bareSamples),
      summarize(bareCollaborationSamples),
      summarize(copydeskOpen),
      summarize(bareOpen),
      browser.version(),
    );
  } finally {
    await browser.close();
    await server.stop();
    await bare.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function report(
  copydesk: ReturnType<typeof summarize>,
  bare: ReturnType<typeof summarize>,
  bareCollaboration: ReturnType<typeof summarize>,
  copydeskOpen: ReturnType<typeof summarize>,
  bareOpen: ReturnType<typeof summarize>,
  chromiumVersion: string,
): void {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 100) / 100);
  const rows = [
    ['keydown → painted frame', 'Copydesk (collaboration on)', copydesk],
    ['', 'bare Tiptap', bare],
    ['', 'bare Tiptap + collaboration', bareCollaboration],
    ['open the 20k-word article', 'Copydesk (click → all paragraphs)', copydeskOpen],
    ['', 'bare Tiptap (load → all paragraphs)', bareOpen],
  ] as const;
  console.log(
    `\nEditor typing latency, ${wordCount.toLocaleString('en')} words, ${copydesk.runs} keystrokes each`,
  );
  console.log(
    'measure                     | subject                              | median ms | p95 ms',
  );
  for (const [measure, subject, summary] of rows) {
    console.log(
      `${measure.padEnd(28)}| ${subject.padEnd(37)}| ${String(summary.median).padStart(9)} | ${String(summary.p95).padStart(6)}`,
    );
  }
  const p50Ratio = ratio(copydesk.median, bare.median);
  const p95Ratio = ratio(copydesk.p95, bare.p95);
  console.log(`ratio Copydesk / bare Tiptap: p50 ${p50Ratio}×, p95 ${p95Ratio}× (target ≤ 1.2×)`);
  const bindingP50Ratio = ratio(bareCollaboration.median, bare.median);
  const bindingP95Ratio = ratio(bareCollaboration.p95, bare.p95);
  console.log(
    `ratio bare Tiptap + collaboration / bare Tiptap: p50 ${bindingP50Ratio}×, p95 ${bindingP95Ratio}×`,
  );
  const folder = path.join(repositoryRoot, 'bench/results');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `editor-${new Date().toISOString().slice(0, 10)}.json`);
  const machine = { ...machineInfo(root, 'not used'), chromium: chromiumVersion };
  const results = {
    machine,
    wordCount,
    copydesk,
    bare,
    bareCollaboration,
    copydeskOpen,
    bareOpen,
    p50Ratio,
    p95Ratio,
    bindingP50Ratio,
    bindingP95Ratio,
  };
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Figures written to ${path.relative(repositoryRoot, file)}`);
}

await main();

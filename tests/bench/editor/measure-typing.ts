import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __latencies?: number[];
  }
}

/** Installs a keydown → next painted frame probe in the page (rAF, then a task after paint). */
export async function installLatencyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__latencies = [];
    const channel = new MessageChannel();
    const pending: number[] = [];
    channel.port1.onmessage = () => {
      const start = pending.shift();
      if (start !== undefined) window.__latencies!.push(performance.now() - start);
    };
    document.addEventListener(
      'keydown',
      () => {
        pending.push(performance.now());
        requestAnimationFrame(() => channel.port2.postMessage(null));
      },
      { capture: true },
    );
  });
}

/** Puts the caret at the end of the middle paragraph of the body. */
export async function caretInMiddle(page: Page): Promise<void> {
  const paragraphs = page.locator('.ProseMirror > p');
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await page.keyboard.press('End');
}

/** Types `count` characters one key at a time and returns the latencies the probe saw. */
export async function typeAndMeasure(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => (window.__latencies = []));
  const text = 'les elections du conseil ';
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press(text[index % text.length]!);
  }
  await page.waitForTimeout(100);
  const latencies = await page.evaluate(() => window.__latencies ?? []);
  return latencies.slice(-count);
}

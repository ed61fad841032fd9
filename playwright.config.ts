import { defineConfig } from '@playwright/test';
import { chromiumArguments, findChromium } from './tests/fixtures/find-chromium';

const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: './tests',
  globalSetup: './tests/fixtures/global-setup.ts',
  outputDir: './test-results/playwright',
  reporter: 'list',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'chromium',
      testDir: './tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath, args: chromiumArguments },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: './tests/electron',
    },
  ],
});

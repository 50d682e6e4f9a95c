// Debian's Chromium, headless, driven by playwright-core (no browser download): the flags that work as root here.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function openBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'upcloud-dashboards-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: 1,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the page and fails on anything it logs as an error or throws. */
export async function openPage(browser, url) {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()} for ${response.url()}`));
  page.on('console', (message) => {
    // A failed load is reported with its URL by the response handler above.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  await page.goto(url);
  await page.waitForFunction(() => 'renderDashboard' in window);
  return { page, problems };
}

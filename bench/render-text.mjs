// Renders saved article pages to the visible text a scraper gets from them: Chromium's
// document.body.innerText, with every network request blocked (the page is served from its file).
// Usage: node bench/render-text.mjs CORPUS_DIR OUT_DIR
//   CORPUS_DIR holds html/<id>.html.gz and ground-truth.json (for each page's URL); OUT_DIR gets <id>.txt.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const require = createRequire(new URL('../contract/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [corpus, out] = process.argv.slice(2);
if (!corpus || !out) {
  console.error('usage: node bench/render-text.mjs CORPUS_DIR OUT_DIR');
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-extensions', '--disable-sync', '--no-first-run', '--mute-audio'],
});
try {
  const files = readdirSync(join(corpus, 'html')).filter(f => f.endsWith('.html.gz')).sort();
  for (const file of files) {
    const id = file.replace(/\.html\.gz$/, '');
    const text = await render(id, gunzipSync(readFileSync(join(corpus, 'html', file))));
    writeFileSync(join(out, `${id}.txt`), text);
    console.log(`${id}\t${text.length}`);
  }
} finally {
  await browser.close();
}

/** The page at its own address, so relative links resolve, but nothing but the page itself is ever fetched. */
async function render(id, html) {
  const url = truth[id]?.url ?? `https://pages.invalid/${id}.html`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 1800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.route('**/*', route => route.request().url() === url && route.request().isNavigationRequest()
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort());
    await page.goto(url, { waitUntil: 'load', timeout: 30000 }).catch(e => console.error(`${id}: ${e.message}`));
    await page.waitForTimeout(200);
    return await page.evaluate(() => document.body ? document.body.innerText : '');
  } finally {
    await context.close();
  }
}

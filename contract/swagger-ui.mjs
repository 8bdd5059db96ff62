// Opens a running Lede's Swagger UI in Debian's Chromium: every operation of the spec is listed,
// "Try it out" + "Execute" on GET /api/v1/articles answers 200 with articles, and a screenshot is saved.
// Usage: node swagger-ui.mjs BASE_URL SPEC_JSON SCREENSHOT
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [base, specFile, screenshot] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const operations = Object.values(spec.paths).flatMap(item => Object.keys(item).filter(m => methods.includes(m))).length;

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log('ok -', message);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
  await page.goto(`${base}/q/swagger-ui`);
  await page.locator('.opblock').first().waitFor({ timeout: 30000 });
  const listed = await page.locator('.opblock').count();
  check(listed === operations, `Swagger UI lists the spec's ${operations} operations (found ${listed})`);

  const articles = page.locator('.opblock-get').filter({
    has: page.locator('.opblock-summary-path[data-path="/api/v1/articles"]'),
  });
  await articles.locator('.opblock-summary').click();
  await articles.locator('button.try-out__btn').click();
  await articles.locator('button.execute').click();
  const status = articles.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  check((await status.innerText()).trim() === '200', 'GET /api/v1/articles executed from Swagger UI answers 200');
  const body = await articles.locator('.live-responses-table .response-col_description pre').first().innerText();
  const data = JSON.parse(body).data;
  check(Array.isArray(data) && data.length > 0 && typeof data[0].headline === 'string',
    `the response lists articles (${data.length}, first: "${data[0]?.headline}")`);

  await articles.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log('screenshot:', screenshot);
} finally {
  await browser.close();
}

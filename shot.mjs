// Temporary screenshot helper (not committed): node shot.mjs <path> <name> [width] [scheme] [actions-js]
import { launchBrowser } from './scripts/chromium.mjs';
import { startStaticServer } from './scripts/static-server.mjs';
const [path, name, width = '375', scheme = 'light', actions = ''] = process.argv.slice(2);
const server = await startStaticServer('dist');
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 812 }, colorScheme: scheme });
const page = await ctx.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(server.url + path);
await page.waitForTimeout(500);
if (actions) { const fn = new Function('page', `return (async () => { ${actions} })()`); await fn(page); await page.waitForTimeout(300); }
if (process.env.FULL === '1') {
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const w = Number(width);
  for (let y = 0, i = 0; y < h && i < 12; y += 1600, i++) {
    await page.screenshot({ path: `/tmp/shots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: w, height: Math.min(1600, h - y) } });
  }
  console.log('height', h);
} else await page.screenshot({ path: `/tmp/shots/${name}.png` });
console.log(await page.evaluate(() => document.querySelector('[role=status]')?.textContent ?? ''));
await browser.close(); await server.close();

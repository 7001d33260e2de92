import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/browsers.mjs';
const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
const cases = {
  skeleton: "new Intl.DateTimeFormat('en-GB', {timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric'}).format(new Date(0))",
  dateStyle: "new Intl.DateTimeFormat('en-GB', {timeZone: 'UTC', dateStyle: 'long'}).format(new Date(0))",
  dateStyleNoTz: "new Intl.DateTimeFormat('en-GB', {dateStyle: 'long'}).format(new Date(0))",
  srSkeleton: "new Intl.DateTimeFormat('sr-Cyrl-RS', {timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric'}).format(new Date(0))",
  srDateStyle: "new Intl.DateTimeFormat('sr-Cyrl-RS', {timeZone: 'UTC', dateStyle: 'long'}).format(new Date(0))",
  monthYear: "new Intl.DateTimeFormat('en-GB', {timeZone: 'UTC', year: 'numeric', month: 'long'}).format(new Date(0))",
  number: "new Intl.NumberFormat('en-GB', {maximumFractionDigits: 2}).format(1234.5)",
  currency: "new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'EUR', maximumFractionDigits: 0}).format(1234.5)",
  plural: "new Intl.PluralRules('en-GB').select(3)",
  toLocale: "new Date(0).toLocaleDateString('en-GB', {timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric'})",
};
for (const [name, code] of Object.entries(cases)) {
  const times = [];
  let out;
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('data:text/html,<p>x</p>');
    const r = await page.evaluate(`(() => { const t = performance.now(); const out = ${code}; const d = performance.now() - t; const t2 = performance.now(); ${code}; return [d, performance.now() - t2, out]; })()`);
    times.push(r[0]); out = [r[1].toFixed(2), r[2]];
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(14), times[2].toFixed(1), 'ms first; second', out[0], out[1]);
}
await browser.close();

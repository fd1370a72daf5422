// records report in a real browser (Debian's chromium, driven by puppeteer-core): the numbers of
// the charts are in the page, a screenshot is taken, and axe-core finds no serious or critical
// accessibility violation. The page is self-contained, 0600, and never written over a file.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { fixtures, runCli, tempDir } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const agency = ['--library', join(fixtures, 'agency-library')];
const good = join(fixtures, 'records', 'good');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function report(args: string[] = []) {
  const dir = tempDir();
  const result = runCli(
    [...agency, 'records', 'report', good, '--html', 'report.html', '--as-of', '2026-11-23', ...args],
    { cwd: dir },
  );
  return { ...result, dir, file: join(dir, 'report.html') };
}

describe('records report', () => {
  it('writes one self-contained page, 0600, with counts only, and never over a file', () => {
    const { status, stdout, file, dir } = report();
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('Report written: report.html (readable only by you)');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|https?:\/\/|src=|href=/i);
    expect(html).not.toMatch(/Share less|Return the card|Gift card from J/);
    const again = runCli([...agency, 'records', 'report', good, '--html', 'report.html'], { cwd: dir });
    expect([again.status, again.stderr.trim()]).toEqual([
      2,
      'error: report.html already exists; nothing was written (choose another name, or move that file away first)',
    ]);
  });

  it('says at its top that a page with the decisions is not to be shared', () => {
    const html = readFileSync(report(['--with-decisions']).file, 'utf8');
    expect(html).toContain('For the supervisor’s own use:');
    expect(html).toContain('Share less, and only when it serves Bob&#39;s goals');
  });

  // CI installs chromium (.ci/run), so there a missing browser fails the test instead of skipping it.
  it.runIf(existsSync(CHROMIUM) || Boolean(process.env.CI))(
    'shows the right numbers in a real browser, with no serious accessibility problem',
    async () => {
      const { file, dir } = report();
      const browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu'],
        headless: true,
      });
      try {
        const page = await browser.newPage();
        await page.setViewport({ width: 1000, height: 1400 });
        await page.goto(`file://${file}`);
        const counts = await page.$$eval('[data-count]', (els) =>
          Object.fromEntries(els.map((e) => [e.getAttribute('data-count'), e.textContent])),
        );
        expect(counts).toEqual({ records: '4', 'consult-first': '0', reviewed: '0' });
        const rows = (id: string) =>
          page.$$eval(`#${id} tbody tr`, (trs) =>
            trs.map((tr) => [tr.querySelector('th, td')?.textContent, tr.querySelector('td:last-child')?.textContent]),
          );
        expect(await rows('principles-dbsa')).toEqual([
          ['1. Believe', '3'],
          ['3. Openly share', '2'],
          ['4. Seek', '2'],
        ]);
        expect(await rows('principles-riverside-handbook')).toEqual([['2. Records', '1']]);
        expect(await rows('status')).toEqual([
          ['decided', '3'],
          ['evaluated', '1'],
          ['superseded', '0'],
        ]);
        // 2026-10-15 is overdue, 2026-11-27 falls in this week, and 2026-12-20 in the week of 2026-12-14.
        expect(await rows('follow-ups')).toEqual([
          ['overdue', '1'],
          ['this week', '1'],
          ['week of 2026-11-30', '0'],
          ['week of 2026-12-07', '0'],
          ['week of 2026-12-14', '1'],
          ['week of 2026-12-21', '0'],
          ['week of 2026-12-28', '0'],
        ]);
        // Each review by whether it agrees, and the records not reviewed yet.
        expect(await rows('reviewed')).toEqual([
          ['reviewed: agrees', '0'],
          ['reviewed: agrees with changes', '0'],
          ['reviewed: does not agree', '0'],
          ['not reviewed yet', '4'],
        ]);
        // Every bar's number is drawn beside it: no meaning in colour alone.
        expect(await page.$$eval('#status svg text.value', (ts) => ts.map((t) => t.textContent))).toEqual([
          '3',
          '1',
          '0',
        ]);
        await page.screenshot({ path: join(dir, 'report.png'), fullPage: true });
        expect(statSync(join(dir, 'report.png')).size).toBeGreaterThan(10_000);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
          ).axe.run();
          return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
        });
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        writeFileSync(join(dir, 'axe.json'), JSON.stringify(violations));
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});

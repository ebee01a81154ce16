// «Сводка по школам района» on the site built under a sub-path (/nastavnichestvo/), with netlify.toml's CSP: its
// Web Worker loads from the sub-path, reads the schools' files and matches the tandems.
import { test, expect } from './fixtures.ts';
import { readDistrict } from '../../src/lib/district/read.ts';
import { twentyFiles } from '../../src/lib/district-picture/test-files.ts';

const district = readDistrict('src/content/district').data;

test('сводка по школам под подкаталогом: файлы читаются и тандемы подбираются в фоновом потоке', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('./municipalitet/svodka-po-shkolam/');
  const tool = page.getByRole('region', { name: 'Сводка по школам района' });
  await tool.scrollIntoViewIfNeeded();
  await expect(tool).toHaveAttribute('data-hydrated', 'true');
  const files = twentyFiles(district.schools.map((s) => s.shortName)).map((f) => ({
    name: f.name,
    mimeType: 'application/json',
    buffer: Buffer.from(f.text),
  }));
  await tool.getByLabel('Файлы школ (.json, .csv, .xlsx)').setInputFiles(files);
  await expect(tool.getByRole('status').first()).toHaveText('В сводке школ: 17.');
  await expect(tool.getByTestId('dp-tandems').getByRole('listitem').first()).toContainText('(ШНОР) просит помощи');
  expect(workers.filter((path) => /^\/nastavnichestvo\/_astro\/picture\.worker-[\w-]+\.js$/.test(path))).toHaveLength(
    2,
  );
});

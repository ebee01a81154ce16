// «Сводка по школам района» as a district methodologist uses it: twenty schools' files (two broken, one duplicate),
// the KPI table, the clusters and the tandems, a consent tick, the registries export checked by the district's own
// schemas and cross-file checks (what the build of the district pages runs), the report and a reload.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures.ts';
import { download, openInLibreOffice } from './office.ts';
import { docxText } from '../../src/lib/docx/read.ts';
import { readDistrict } from '../../src/lib/district/read.ts';
import { testWorkspaceText, twentyFiles } from '../../src/lib/district-picture/test-files.ts';
import { kpiSpec, storageKey as kpiStorageKey } from '../../src/lib/kpi/storage.ts';
import type { KpiState } from '../../src/lib/kpi/types.ts';
import { writeRecord } from '../../src/lib/state/record.ts';

const path = '/municipalitet/svodka-po-shkolam/';
const district = readDistrict('src/content/district').data;
const files = twentyFiles(district.schools.map((s) => s.shortName)).map((f) => ({
  name: f.name,
  mimeType: 'application/json',
  buffer: Buffer.from(f.text),
}));

const districtTargets: KpiState = {
  mode: 'district',
  organisation: 'Заречный муниципальный округ',
  firstYear: '2026',
  lastYear: '2030',
  schools: [
    {
      name: 'Луговская СОШ',
      counts: {
        students10to18: '200',
        students15to18: '',
        youngTeachers: '',
        partnerOrganisations: '',
        surveyedMentees: '',
        surveyedMentors: '',
      },
    },
  ],
  trajectories: { 1: { kind: 'line', from: '50', to: '70' } },
  monitoring: false,
  actuals: {},
};

async function open(page: Page) {
  await page.goto(path);
  const tool = page.getByRole('region', { name: 'Сводка по школам района' });
  await tool.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(tool).toHaveAttribute('data-hydrated', 'true');
  return tool;
}

test('двадцать файлов школ: таблица, группы, тандемы, реестры и отчёт', async ({ page }) => {
  test.setTimeout(120_000);
  const tool = await open(page);
  await tool.getByLabel('Файлы школ (.json, .csv, .xlsx)').setInputFiles(files);
  await expect(tool.getByRole('status').first()).toHaveText('В сводке школ: 17.');

  // Each bad file is named; the duplicate is not counted twice; schools missing from the list are named.
  const alert = tool.getByRole('alert').filter({ hasText: 'Не посчитаны (2)' });
  await expect(alert).toContainText('slomannyj.json');
  await expect(alert).toContainText('drugoj-fajl.json');
  await expect(tool).toContainText('povtor-shkoly-1.json: Повтор');
  await expect(tool.getByTestId('dp-missing')).toContainText('Нет в списке организаций района (7)');

  // The KPI table: a row per school and the district's total; the schools behind their targets named.
  const kpi = tool.getByRole('table').first();
  await expect(kpi.locator('tbody tr')).toHaveCount(17);
  await expect(kpi.locator('tfoot')).toContainText('Всего по району');
  await expect(tool.getByTestId('dp-behind')).toContainText(
    `${district.schools[0]!.shortName} — показатель № 5: не хватает 4`,
  );

  // Clusters by the default rules, stated on the page with the reasons per school.
  await expect(tool.getByTestId('dp-rules')).toContainText('ниже 20 % — низкий, от 50 % — высокий');
  await expect(tool).toContainText('ШНОР: 6; ШСОР: 5; ШВОР: 6; без группы (нет данных): 0.');
  const first = tool.getByTestId('dp-clusters').getByRole('row', { name: district.schools[0]!.shortName });
  await expect(first).toContainText('ШНОР');
  await expect(first).toContainText('№ 1: 10 % — ниже 20 %, низкий');

  // A stricter rule moves the middle schools: the rules are the district's.
  const rule = tool.getByRole('group', { name: 'Правила района' });
  await rule.getByLabel('Низкий — ниже, %').first().fill('35');
  await rule.getByLabel('Низкий — ниже, %').first().blur();
  await expect(tool).toContainText('ШНОР: 11; ШСОР: 0; ШВОР: 6');

  // Tandems: each ШНОР school with a ШВОР partner, explained, with a draft agreement (matched anew in the worker).
  const tandems = tool.getByTestId('dp-tandems').getByRole('listitem');
  await expect(tandems.first()).toBeVisible();
  expect(await tandems.count()).toBeGreaterThan(0);
  await expect(tandems.first()).toContainText('(ШНОР) просит помощи с темами, которые знают наставники');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    tandems
      .first()
      .getByRole('button', { name: /^Черновик соглашения: / })
      .click(),
  ]);
  const agreement = { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
  expect(agreement.name).toMatch(/^soglashenie-.*\.docx$/);
  expect(docxText(agreement.bytes)).toContain('Соглашение о сотрудничестве');

  // Consent: one mentor ticked with a length of service; the export passes the district's checks.
  const school = tool
    .getByRole('region', { name: /Реестры для сайта/ })
    .locator('details')
    .first();
  await school.locator('summary').click();
  await school.getByRole('checkbox').first().check();
  await school.getByLabel('Стаж, лет').fill('12');
  await expect(tool).toContainText('Отмечено наставников с согласием: 1.');
  const zip = await download(page, 'Выгрузить реестры (.zip)');
  const unzipped = unzipSync(zip.bytes);
  const dir = mkdtempSync(join(tmpdir(), 'district-picture-'));
  try {
    cpSync('src/content/district', dir, { recursive: true });
    for (const name of ['schools.yaml', 'mentors.yaml', 'programmes.yaml'])
      writeFileSync(join(dir, name), strFromU8(unzipped[name]!));
    const { data, problems } = readDistrict(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(data.mentors).toHaveLength(1);
    expect(data.mentors[0]!.experienceYears).toBe(12);
    expect(data.schools).toHaveLength(district.schools.length + 7);
    // Eleven ШНОР schools sent files; the list's organisations that did not keep the cluster they had.
    const untouched = district.schools.slice(10).filter((s) => s.cluster === 'ШНОР').length;
    expect(data.schools.filter((s) => s.cluster === 'ШНОР')).toHaveLength(11 + untouched);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The report, the KPI table as .docx and .xlsx open in LibreOffice with the district's figures.
  const report = await download(page, 'Отчёт района (.docx)');
  const kpiDocx = await download(page, 'Показатели по школам (.docx)');
  const kpiXlsx = await download(page, 'Показатели по школам (.xlsx)');
  const [reportPdf, kpiPdf, xlsxPdf] = openInLibreOffice([report, kpiDocx, kpiXlsx]);
  expect(reportPdf!.text).toContain('Отчёт о реализации целевой модели наставничества');
  expect(reportPdf!.text).toContain('Сетевые тандемы');
  expect(reportPdf!.text).toContain('ШНОР: 11');
  expect(kpiPdf!.text).toContain('Всего по району');
  expect(xlsxPdf!.text).toContain('Всего по району');

  // Everything survives a reload: the schools, the rules and the consent.
  await page.reload();
  const again = await open(page);
  await expect(again.getByRole('status').first()).toHaveText('В сводке школ: 17.');
  await expect(again).toContainText('ШНОР: 11; ШСОР: 0; ШВОР: 6');
  await expect(again).toContainText('Отмечено наставников с согласием: 1.');

  const axe = await new AxeBuilder({ page })
    .include('[data-tool]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('таблица численности вместо файла школы', async ({ page }) => {
  const tool = await open(page);
  const csv = [
    'Организация;Обучающихся 10–18 лет;Наставляемых 10–18 лет;Анкет наставляемых;Довольных наставляемых',
    'Луговская СОШ;200;60;10;9',
    'Берёзовская СОШ;150;пять;8;4',
  ].join('\r\n');
  await tool
    .getByLabel('Файлы школ (.json, .csv, .xlsx)')
    .setInputFiles({ name: 'chislennost.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(tool.getByRole('status').first()).toHaveText('В сводке школ: 2.');
  await expect(tool).toContainText('«пять» — не целое число');
  await expect(tool.getByTestId('dp-clusters').getByRole('row', { name: 'Луговская СОШ' })).toContainText('ШСОР');

  // The district's own targets, set in the KPI calculator of this browser, replace the example trajectory.
  await page.evaluate(
    ([key, text]) => localStorage.setItem(key!, text!),
    [
      kpiStorageKey,
      writeRecord(kpiSpec, districtTargets, { savedAt: '2026-12-01T10:00:00.000Z', rev: 'k', prev: null }),
    ],
  );
  await tool.getByRole('button', { name: 'Взять цели из калькулятора показателей' }).click();
  await expect(tool).toContainText('Цели и период 2026–2030 взяты из калькулятора показателей.');
  // 50 % of Луговская's 200 students is 100 people; it has 60.
  const row = tool
    .getByRole('table')
    .first()
    .getByRole('row', { name: /Луговская СОШ/ });
  await expect(row).toContainText('план 100 чел. (50 %); факт 60 чел. (30 %); не хватает 40');
});

test('сто двадцать школ: файлы читаются и тандемы подбираются в фоновом потоке, длинные списки — по 50', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const tool = await open(page);
  const many = Array.from({ length: 120 }, (_, i) => ({
    name: `shkola-${i + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      testWorkspaceText({
        shortName: `Школа № ${i + 1}`,
        seed: i + 1,
        satisfied: i % 3 === 0 ? 0.1 : 1,
        studentMentees: i % 3 === 0 ? 40 : 240,
        answers: 20,
      }),
    ),
  }));
  await tool.getByLabel('Файлы школ (.json, .csv, .xlsx)').setInputFiles(many);
  await expect(tool.getByRole('status').first()).toHaveText('В сводке школ: 120.');
  const tandems = tool.getByTestId('dp-tandems').getByRole('listitem');
  await expect(tandems.first()).toContainText('(ШНОР) просит помощи');
  // The reading and the matching ran in the picture's worker, not on the page.
  expect(workers.filter((url) => /\/_astro\/picture\.worker-[\w-]+\.js$/.test(url)).length).toBeGreaterThanOrEqual(2);

  // The KPI table shows fifty schools and pages through the rest; the district's total stays under it.
  const kpi = tool.getByRole('table').first();
  const pages = tool.getByRole('navigation', { name: 'Страницы таблицы показателей' });
  await expect(kpi.locator('tbody tr')).toHaveCount(50);
  await expect(pages).toContainText('Показаны 1–50 из 120');
  await expect(pages.getByRole('button', { name: 'Предыдущие 50' })).toBeDisabled();
  await pages.getByRole('button', { name: 'Следующие 50' }).click();
  await expect(kpi.locator('tbody tr').first()).toContainText('Школа № 51');
  await pages.getByRole('button', { name: 'Следующие 50' }).click();
  await expect(pages).toContainText('Показаны 101–120 из 120');
  await expect(kpi.locator('tbody tr')).toHaveCount(20);
  await expect(pages.getByRole('button', { name: 'Следующие 50' })).toBeDisabled();
  await expect(kpi.locator('tfoot')).toContainText('Всего по району');

  // The groups' table and the registry's schools page the same way; the tandems' numbering goes on across pages.
  await expect(tool.getByTestId('dp-clusters').locator('tbody tr')).toHaveCount(50);
  await expect(tool.getByRole('navigation', { name: 'Страницы таблицы групп' })).toContainText('из 120');
  const registry = tool.getByRole('region', { name: /Реестры для сайта/ });
  await expect(registry.locator('details')).toHaveCount(50);
  await registry.getByRole('navigation').getByRole('button', { name: 'Следующие 50' }).click();
  await expect(registry.locator('details summary').first()).toContainText('Школа № 51');
  await expect(tool).toContainText('ШНОР: 40;');
  await expect(tandems).toHaveCount(40);

  const axe = await new AxeBuilder({ page })
    .include('[data-tool]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

// The curator's morning of issue #15 as one scenario on the built site: the profile and the people typed once,
// the pairs matched and their order, the roadmap and the KPI targets taken from the profile, the whole package in
// one click, and the June monitoring of the participants' questionnaires. The test records every value typed and fails if one is typed twice; it reads every
// document of the package for the same school, director and dates, and for names in the case each sentence
// needs; then a second browser opens the saved school file and downloads the same package.
import { unzipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { docxText } from '../../src/lib/docx/read.ts';
import { exportOf, sampleValues, seeded } from '../../src/lib/monitoring/sample-answers.ts';
import { loadMonitoredForms } from '../../src/lib/monitoring/test-forms.ts';
import { test, expect } from './fixtures.ts';
import { download, openInLibreOffice } from './office.ts';

const school = 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»';
const forms = loadMonitoredForms();
const random = seeded(15);

const cases = [
  {
    who: 'a female curator, a male director',
    director: 'Громов Павел Андреевич',
    curator: 'Кузнецова Ольга Николаевна',
    // «Назначить куратором … Кузнецову Ольгу Николаевну», «Куратору Кузнецовой Ольге Николаевне».
    accusative: 'Кузнецову Ольгу Николаевну',
    dative: 'Кузнецовой Ольге Николаевне',
  },
  {
    who: 'a male curator, a female director',
    director: 'Орлова Марина Викторовна',
    curator: 'Соколов Андрей Ильич',
    accusative: 'Соколова Андрея Ильича',
    dative: 'Соколову Андрею Ильичу',
  },
];

/** Types into fields, and fails the test when a value is typed a second time: a fact is entered once. */
function typist() {
  const typed = new Map<string, string>();
  const type = async (field: Locator, label: string, value: string) => {
    expect(typed.has(value), `«${value}» набрано второй раз (${typed.get(value)} и ${label})`).toBe(false);
    typed.set(value, label);
    await field.fill(value);
  };
  return { typed, type };
}

async function hydrated(page: Page, path: string, island: string) {
  await page.goto(path);
  const root = page.locator(island);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-hydrated', 'true');
  return root;
}

async function openSchool(page: Page) {
  await page.goto('/instrumenty/moya-shkola/');
  await expect(page.locator('form[data-tool="school"]')).toHaveAttribute('aria-busy', 'false');
}

for (const c of cases) {
  test(`the curator's morning, ${c.who}: each fact typed once, the package consistent and grammatical`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const { typed, type } = typist();
    const byLabel = (label: string, within: Locator | Page = page) => within.getByLabel(label, { exact: true });

    // 1. The profile.
    await openSchool(page);
    await type(byLabel('Полное наименование'), 'организация', school);
    await type(byLabel('Краткое наименование'), 'краткое наименование', 'МБОУ «СШ № 5»');
    await type(byLabel('Населённый пункт'), 'населённый пункт', 'г. Заречный');
    const person = (role: string) => page.getByRole('group', { name: role, exact: true });
    await type(byLabel('Фамилия, имя, отчество', person('Директор')), 'директор', c.director);
    const curator = person('Куратор внедрения целевой модели наставничества');
    await type(byLabel('Фамилия, имя, отчество', curator), 'куратор', c.curator);
    await type(byLabel('Должность', curator), 'должность куратора', 'заместитель директора по УВР');
    await type(byLabel('Дата приказа о внедрении целевой модели'), 'дата приказа', '2026-08-31');
    await type(byLabel('Номер приказа'), 'номер приказа', '45-од');
    await type(byLabel('Обучающихся 10–18 лет'), 'обучающихся', '320');

    // 2. The people, pasted from a spreadsheet once.
    await page.getByText('Вставить из таблицы').click();
    await type(
      page.getByLabel('Строки таблицы'),
      'участники',
      [
        'Лесная Дарья Андреевна\tнаставляемый\tмолодой педагог\tучитель биологии\tучитель – учитель\tда',
        'Травин Кирилл Олегович\tнаставляемый\tмолодой педагог\tучитель физики\tучитель – учитель\tнет',
        'Светлова Ирина Павловна\tнаставник\tпедагог\tучитель биологии\tучитель – учитель\tда',
        'Ручьёв Олег Николаевич\tнаставник\tпедагог\tучитель физики\tучитель – учитель\tда',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Добавить из вставленного' }).click();
    await expect(page.getByText('Добавлено участников: 4.')).toBeVisible();

    // 3. The pairs: the people taken from «Моя школа», what each needs and offers, the order's own facts.
    const pairs = await hydrated(page, '/instrumenty/nastavnicheskie-pary/', '[data-pairs]');
    await pairs.getByRole('button', { name: 'Взять участников из «Моя школа»' }).click();
    await expect(pairs.getByText('Из списка участников «Моя школа» добавлено человек: 4')).toBeVisible();
    const mentees = pairs.getByRole('region', { name: 'Список наставляемых' });
    const mentors = pairs.getByRole('region', { name: 'Список наставников' });
    const needs = (n: number) => byLabel(`С чем нужна помощь (через «;»), строка ${n}`, mentees);
    const offers = (n: number) => byLabel(`С чем может помочь (через «;»), строка ${n}`, mentors);
    await type(needs(1), 'темы наставляемого 1', 'лабораторные работы');
    await type(needs(2), 'темы наставляемого 2', 'задачи по механике');
    await type(offers(1), 'темы наставника 1', 'лабораторные работы; проектная деятельность');
    await type(offers(2), 'темы наставника 2', 'задачи по механике; олимпиады');
    await pairs.getByRole('button', { name: 'Взять из профиля «Моя школа»' }).click();
    await type(byLabel('Дата приказа', pairs), 'дата приказа о парах', '2026-10-16');
    await type(byLabel('Номер приказа', pairs), 'номер приказа о парах', '112');
    await type(byLabel('Срок утверждения планов пар', pairs), 'срок планов', '2026-10-30');
    await type(byLabel('Пары работают с', pairs), 'начало работы пар', '2026-10-19');
    await pairs.getByRole('button', { name: 'Подобрать пары' }).click();
    await expect(pairs.getByText(/^Пар: 2. Без наставника: 0./)).toBeVisible();

    // 4. The roadmap and the KPI targets take the profile with a click each.
    const builder = await hydrated(page, '/instrumenty/konstruktor-dorozhnoy-karty/', '[data-roadmap-builder]');
    await builder.getByRole('button', { name: 'Взять из профиля «Моя школа»' }).click();
    await expect(page.getByLabel('Руководитель (ФИО)')).toHaveValue(c.director);
    const kpi = await hydrated(page, '/instrumenty/kalkulyator-pokazateley/', '[data-kpi]');
    await kpi.getByRole('button', { name: 'Взять из профиля «Моя школа»' }).click();
    await expect(page.getByLabel('Обучающиеся 10–18 лет, чел.')).toHaveValue('320');

    // 5. The package, in one click.
    await openSchool(page);
    const started = Date.now();
    const zip = await download(page, 'Скачать пакет документов (.zip)');
    const took = Date.now() - started;
    const entries = unzipSync(zip.bytes);
    const names = Object.keys(entries);
    const docx = names.filter((name) => name.endsWith('.docx'));
    console.log(
      `Утро куратора (${c.who}): набрано значений — ${typed.size}; в пакете файлов — ${names.length}, ` +
        `документов .docx — ${docx.length}; от нажатия до файла ${took} мс`,
    );
    const text = (part: string) => docxText(entries[names.find((name) => name.includes(part))!]!);
    expect(names).toEqual(
      expect.arrayContaining([
        '00-sostav-paketa.txt',
        '01-prikaz-o-vnedrenii-celevoj-modeli-2026-08-31.docx',
        '02-polozhenie-o-programme-nastavnichestva-2026-08-31.docx',
        'plany-par/plan-svetlova-lesnaya-2026-10-19.docx',
        'plany-par/plan-ruchyov-travin-2026-10-19.docx',
        'soglasiya/soglasie-travin-nya-002.docx',
      ]),
    );
    expect(names.filter((name) => name.includes('prikaz-o-zakreplenii-par-2026-10-16.docx'))).toHaveLength(1);
    expect(names.some((name) => /dorozhnaya-karta-.*\.docx$/.test(name))).toBe(true);
    expect(names.some((name) => /pokazateli-nastavnichestva-.*\.docx$/.test(name))).toBe(true);
    expect(names.filter((name) => name.startsWith('ankety/') && name.endsWith('.docx'))).toHaveLength(4);

    // Every document names the same school; those the director signs name the same director.
    for (const name of docx) expect(docxText(entries[name]!), name).toMatch(/«Средняя школа № 5»|МБОУ «СШ № 5»/);
    const surname = c.director.split(' ')[0]!;
    for (const part of ['prikaz-o-vnedrenii', 'prikaz-o-zakreplenii-par', 'dorozhnaya-karta'])
      expect(text(part), part).toContain(surname);
    // The implementing order's date and number in the order, the положение and the roadmap's approval block.
    for (const part of ['prikaz-o-vnedrenii', 'polozhenie-o-programme', 'dorozhnaya-karta']) {
      expect(text(part), part).toContain('31.08.2026');
      expect(text(part), part).toContain('45-од');
    }
    // The curator in the case each sentence needs.
    expect(text('prikaz-o-vnedrenii')).toContain(`куратором внедрения целевой модели наставничества ${c.accusative}`);
    expect(text('prikaz-o-zakreplenii-par')).toContain(`Куратору ${c.dative}`);
    // The pairs order and each plan agree: the same period, the plans due by the order's date, nothing after it.
    const order = text('prikaz-o-zakreplenii-par');
    for (const date of ['16.10.2026', '30.10.2026', '19.10.2026', '31.05.2027']) expect(order).toContain(date);
    for (const plan of names.filter((name) => name.startsWith('plany-par/'))) {
      const body = docxText(entries[plan]!);
      expect(body, plan).toContain('на период с 19.10.2026 по 31.05.2027');
      expect(body, plan).toMatch(/до\s30\.10\.2026/);
      expect(body, plan).not.toContain('вне выбранного периода');
      const months = [...body.matchAll(/\b\d{2}\.(\d{2})\.(\d{4})\b/g)].map((m) => `${m[2]}-${m[1]}`);
      expect(
        months.filter((month) => month > '2027-05'),
        plan,
      ).toEqual([]);
    }
    // Every document opens in LibreOffice.
    const opened = openInLibreOffice(docx.map((name) => ({ name: name.replace('/', '-'), bytes: entries[name]! })));
    for (const [i, pdf] of opened.entries()) expect(pdf.pages, docx[i]).toBeGreaterThan(0);

    // The whole morning: each value above typed once.
    expect([...typed.values()]).toHaveLength(18);

    // 6. June: the participants' end-of-programme questionnaires (their own answers, under the codes the package
    // gave them) go into monitoring; the report takes the school from the profile, nothing typed again.
    const files = [
      ['anketa-nastavlyaemogo', ['НЯ-001', 'НЯ-002']],
      ['anketa-nastavnika', ['НС-001', 'НС-002']],
    ].flatMap(([formId, codes]) =>
      (codes as string[]).map((code) => {
        const form = forms[formId as string]!;
        const values = sampleValues(form, {
          organisation: school,
          code,
          stageOption: 'При завершении программы',
          date: '2027-05-20',
          random,
        });
        return { name: `${code}.json`, mimeType: 'application/json', buffer: Buffer.from(exportOf(form, values)) };
      }),
    );
    // In a tab of its own, as a curator comes back in June: Chromium lets one tab download a few files after a
    // click, then asks before more (and a test cannot answer it).
    const june = await page.context().newPage();
    await june.goto('/instrumenty/monitoring/');
    const monitoring = june.getByRole('region', { name: 'Обработка анкет мониторинга' });
    await monitoring.scrollIntoViewIfNeeded();
    await expect(june.locator('astro-island[ssr]')).toHaveCount(0);
    await monitoring.getByLabel('Файлы с ответами').setInputFiles(files);
    await expect(monitoring.getByText('Прочитано файлов: 4. Учтено анкет: 4.')).toBeVisible();
    await monitoring.getByRole('button', { name: 'Взять из профиля «Моя школа»' }).click();
    await expect(monitoring.getByLabel('Организация или муниципалитет (для отчёта)')).toHaveValue('МБОУ «СШ № 5»');
    const report = docxText((await download(june, 'Скачать отчёт (.docx)')).bytes);
    expect(report).toContain('МБОУ «СШ № 5»');
    await june.close();

    // 7. Another computer: the school file opens and gives the same package.
    const saved = await download(page, 'Сохранить всё в файл');
    const file = join(mkdtempSync(join(tmpdir(), 'morning-')), saved.name);
    writeFileSync(file, saved.bytes);
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await openSchool(fresh);
    await fresh.getByLabel('Открыть файл школы').setInputFiles(file);
    await fresh.getByRole('button', { name: 'Открыть и заменить' }).click();
    await expect(fresh.getByLabel('Краткое наименование')).toHaveValue('МБОУ «СШ № 5»');
    const again = unzipSync((await download(fresh, 'Скачать пакет документов (.zip)')).bytes);
    expect(Object.keys(again)).toEqual(names);
    for (const name of docx) expect(docxText(again[name]!), name).toBe(docxText(entries[name]!));
    await other.close();
  });
}

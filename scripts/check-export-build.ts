// The district's second build from its own export, as a methodologist makes it: schools' files collected, grouped
// and exported as «Сводка по школам района» does it («Выгрузить реестры (.zip)», src/lib/district-picture/), the .zip
// unpacked over a copy of src/content/district/, checked as `npm run check:district` checks it, and the whole site
// built from that folder (astro build with DISTRICT_DIR). The built pages must list every exported school, mentor and
// programme, and no mentor without consent. `npm run check:export [-- --out dist-export]`; a step of `npm test`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { districtTable } from '../src/lib/district-picture/aggregate.ts';
import { clusterSchools, defaultRules } from '../src/lib/district-picture/clusters.ts';
import { collect } from '../src/lib/district-picture/collect.ts';
import { mentorKey, type Consents } from '../src/lib/district-picture/consent.ts';
import { registries, registriesZip, registryFiles } from '../src/lib/district-picture/registries.ts';
import { testToday, testWorkspaceText } from '../src/lib/district-picture/test-files.ts';
import { readDistrict } from '../src/lib/district/read.ts';
import { indicators } from '../src/lib/kpi/test-data.ts';
import { typeset } from '../src/lib/typography.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist-export' } } });
const outDir = values.out!;
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
/** Stops the check; the temporary folder and the build are still removed (process.exit would skip that). */
class Failed extends Error {}
const fail = (message: string): never => {
  throw new Failed(message);
};

// Six schools of the example district and three it lacks (they are added to schools.yaml by the export); in each,
// the first mentor consented with a length of service, the second consented without one (left out and named), the
// third did not consent.
const example = readDistrict('src/content/district').data;
const names = [
  ...example.schools.slice(0, 6).map((s) => s.shortName),
  'Гимназия «Исток»',
  'Лицей «Рассвет»',
  'Школа-интернат «Кедр»',
];
const files = names.map((shortName, i) => ({
  name: `shkola-${i + 1}.json`,
  text: testWorkspaceText({
    shortName,
    seed: i + 1,
    mentors: 3,
    satisfied: i % 3 === 0 ? 0.1 : 1,
    studentMentees: i % 3 === 0 ? 40 : 240,
    answers: 20,
  }),
}));
const { schools, messages } = collect([], files, {}, example.schools, testToday, '2026');
if (schools.length !== names.length) {
  console.error(`✗ Из ${names.length} файлов школ посчитано ${schools.length}: ${JSON.stringify(messages)}`);
  process.exit(1);
}
const table = districtTable(schools, indicators, {
  firstYear: '2026',
  lastYear: '2030',
  year: '2026',
  trajectories: {},
});
const clusters = clusterSchools(table.rows, defaultRules);
const consents: Consents = {};
for (const school of schools) {
  consents[mentorKey(school, school.mentors[0]!.name)] = { consent: true, years: '12' };
  consents[mentorKey(school, school.mentors[1]!.name)] = { consent: true, years: '' };
}
const data = registries(example.schools, schools, clusters, consents);
const zip = unzipSync(await registriesZip(data, '03.12.2026'));

const dir = mkdtempSync(join(tmpdir(), 'district-second-build-'));
const cleanUp = () => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`node_modules/.astro-${outDir.replace(/[^\w-]/g, '')}`, { recursive: true, force: true });
};
let built = 0;
try {
  cpSync('src/content/district', dir, { recursive: true });
  for (const name of Object.values(registryFiles)) {
    const file = zip[name];
    if (!file) fail(`в архиве нет ${name}`);
    writeFileSync(join(dir, name), strFromU8(file!));
  }
  const read = readDistrict(dir);
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (errors.length) fail(`выгрузка не проходит проверку данных района:\n${JSON.stringify(errors, null, 2)}`);

  const buildStarted = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, DISTRICT_DIR: dir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  built = (performance.now() - buildStarted) / 1000;
  if (build.status !== 0) fail(`сборка не удалась:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);

  // The text of a section's pages, as a reader sees it: tags dropped, entities and non-breaking spaces undone.
  const text = (section: string) =>
    readdirSync(join(outDir, 'municipalitet', section), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(join(outDir, 'municipalitet', section, file), 'utf8'))
      .join('\n')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;|\u00a0/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  // A text as the pages print it: set with the site's typography (nested quotes, non-breaking spaces) or as it is.
  const forms = (item: string) => [item, typeset(item)].map((t) => t.replace(/\s+/g, ' '));
  const missing = (list: string[], page: string) => {
    const shown = text(page);
    return list.filter((item) => !forms(item).some((form) => shown.includes(form)));
  };
  const lost = [
    ...missing(
      data.schools.map((s) => s.shortName),
      'shkoly',
    ).map((n) => `организация «${n}» на странице организаций`),
    ...missing(
      data.mentors.map((m) => m.name),
      'nastavniki',
    ).map((n) => `наставник «${n}» в реестре наставников`),
    ...missing(
      data.programmes.map((p) => p.title),
      'programmy',
    ).map((t) => `программа «${t}» в реестре программ`),
  ];
  if (lost.length) fail(`собранный сайт не показывает выгруженное:\n  ${lost.join('\n  ')}`);

  // Mentors who did not consent, or consented without a length of service: nowhere on the district's pages.
  const everything = ['shkoly', 'nastavniki', 'programmy', 'rayon'].map(text).join(' ');
  const json = readFileSync(join(outDir, 'municipalitet', 'nastavniki.json'), 'utf8');
  const hidden = schools.flatMap((s) => s.mentors.slice(1).map((m) => m.name));
  const shown = hidden.filter((name) => forms(name).some((form) => everything.includes(form)) || json.includes(name));
  if (shown.length) fail(`на страницах района есть наставники без согласия: ${shown.join(', ')}`);
  const added = data.schools.length - example.schools.length;
  if (data.mentors.length !== schools.length || added !== 3)
    fail(`в выгрузке ${data.mentors.length} наставников и ${added} новых организаций, ожидалось ${schools.length} и 3`);
  console.log(
    `✓ Вторая сборка из выгрузки реестров: ${data.schools.length} организаций (${added} новых), ` +
      `${data.mentors.length} наставников с согласием, ${data.programmes.length} программ — на страницах района; ` +
      `${hidden.length} наставников без согласия или без стажа — нигде. Сборка ${built.toFixed(1)} с, всего ${seconds()} с.`,
  );
} catch (error) {
  if (!(error instanceof Failed)) throw error;
  console.error(`✗ Вторая сборка из выгрузки реестров: ${error.message}`);
  process.exitCode = 1;
} finally {
  cleanUp();
}

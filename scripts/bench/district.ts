// Benchmark of a large district: 300 organisations, 3,000 mentors, 1,000 programmes, generated into a
// temporary data folder and built with its own OUT_DIR. The site must build in under 3 minutes, and no
// page of the district (the registries above all) may weigh over 200 KB of HTML.
// Run by `npm run bench -- district`; `-- district --keep` leaves the build in dist-bench-district/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { mentoringForms } from '../../src/lib/mentoring-forms.ts';
import { benchFlags } from '../bench-args.ts';

const { keep } = benchFlags('district', { keep: { type: 'boolean', default: false } });

const size = { schools: 300, mentors: 3000, programmes: 1000, events: 60, documents: 30 };
const budget = { seconds: 180, pageKb: 200 };
const outDir = 'dist-bench-district';

const surnames = [
  'Иванова',
  'Смирнова',
  'Кузнецова',
  'Попова',
  'Васильева',
  'Петрова',
  'Соколова',
  'Михайлова',
  'Новикова',
  'Фёдорова',
  'Морозова',
  'Волкова',
  'Алексеева',
  'Лебедева',
  'Семёнова',
  'Егорова',
  'Павлова',
  'Козлова',
  'Степанова',
  'Николаева',
];
const names = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Ирина', 'Татьяна', 'Светлана', 'Юлия', 'Екатерина'];
const patronymics = ['Сергеевна', 'Александровна', 'Викторовна', 'Ивановна', 'Петровна', 'Николаевна', 'Андреевна'];
const positions = [
  'учитель математики',
  'учитель русского языка и литературы',
  'учитель начальных классов',
  'педагог-психолог',
  'воспитатель',
  'учитель физики',
  'заместитель директора по учебно-воспитательной работе',
  'педагог дополнительного образования',
];
const topics = [
  'адаптация в коллективе',
  'классное руководство',
  'работа с родителями',
  'подготовка к ОГЭ и ЕГЭ',
  'олимпиадная подготовка',
  'проектная деятельность',
  'цифровые инструменты на уроке',
  'дисциплина на уроке',
  'инклюзия и дети с ОВЗ',
  'функциональная грамотность',
  'профориентация',
  'планирование урока',
  'исследовательская работа',
  'школьное самоуправление',
];
const forms = Object.keys(mentoringForms);
const clusters = ['ШНОР', 'ШСОР', 'ШВОР'];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const day = (i: number) => `2026-${String(9 + (i % 4)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

function generate(dir: string): void {
  const write = (name: string, value: unknown) => writeFileSync(join(dir, name), dump(value, { lineWidth: -1 }));
  write('profile.yaml', {
    id: 'bolshoj-okrug',
    name: 'Большой муниципальный округ',
    department: 'Управление образования Большого округа',
    contacts: { email: 'uo@bolshoj.example' },
  });
  write(
    'schools.yaml',
    Array.from({ length: size.schools }, (_, i) => ({
      id: `oo-${i + 1}`,
      name: `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${i + 1}»`,
      shortName: `СОШ № ${i + 1}`,
      kind: i % 20 === 19 ? 'kindergarten' : 'school',
      ...(i % 20 === 19 ? {} : { cluster: pick(clusters, i) }),
    })),
  );
  write(
    'mentors.yaml',
    Array.from({ length: size.mentors }, (_, i) => ({
      id: `n-${i + 1}`,
      name: `${pick(surnames, i)} ${pick(names, Math.floor(i / 20))} ${pick(patronymics, Math.floor(i / 200))}`,
      position: pick(positions, i * 7),
      school: `oo-${(i % size.schools) + 1}`,
      experienceYears: i % 40,
      forms: [pick(forms, i), ...(i % 3 === 0 ? [pick(forms, i + 1)] : [])],
      canHelpWith: Array.from({ length: 2 + (i % 4) }, (_, k) => pick(topics, i + k * 3)),
      maxMentees: 1 + (i % 4),
      consent: i % 2 === 0,
      ...(i % 2 === 0
        ? {
            contacts: {
              email: `n${i + 1}@oo-${(i % size.schools) + 1}.bolshoj.example`,
              phone: `+7 (000) 000-${String(i % 100).padStart(2, '0')}-${String(i % 97).padStart(2, '0')}`,
            },
          }
        : {}),
    })),
  );
  write(
    'programmes.yaml',
    Array.from({ length: size.programmes }, (_, i) => ({
      id: `p-${i + 1}`,
      title: `Программа наставничества «${pick(topics, i)}» № ${i + 1}`,
      form: pick(forms, i),
      school: `oo-${(i % size.schools) + 1}`,
      participants: 4 + (i % 30),
      period: { from: '2026-09-01', to: '2027-05-31' },
    })),
  );
  write(
    'events.yaml',
    Array.from({ length: size.events }, (_, i) => ({
      id: `e-${i + 1}`,
      title: `Семинар «${pick(topics, i)}» № ${i + 1}`,
      start: day(i),
      format: 'семинар, очно',
    })),
  );
  write(
    'documents.yaml',
    Array.from({ length: size.documents }, (_, i) => ({
      id: `d-${i + 1}`,
      title: `О наставничестве, приказ № ${i + 1}`,
      kind: 'приказ',
      number: String(100 + i),
      date: day(i),
    })),
  );
}

function htmlFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: statSync(path).size };
    });
}

const dataDir = mkdtempSync(join(tmpdir(), 'district-bench-'));
generate(dataDir);
rmSync(outDir, { recursive: true, force: true });
const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  encoding: 'utf8',
  env: { ...process.env, DISTRICT_DIR: dataDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
const seconds = (performance.now() - started) / 1000;
rmSync(dataDir, { recursive: true, force: true });
if (build.status !== 0) {
  console.error(build.stdout.slice(-3000), build.stderr.slice(-3000));
  console.error('Сборка большого района не удалась.');
  process.exit(1);
}

const pages = htmlFiles(join(outDir, 'municipalitet')).sort((a, b) => b.bytes - a.bytes);
const largest = pages[0]!;
const json = statSync(join(outDir, 'municipalitet', 'nastavniki.json')).size;
console.log(
  `Район: ${size.schools} организаций, ${size.mentors} наставников, ${size.programmes} программ, ${size.events} мероприятий.`,
);
console.log(`Сборка всего сайта: ${seconds.toFixed(1)} с (бюджет ${budget.seconds} с).`);
console.log(
  `Страниц района: ${pages.length}; самая тяжёлая: ${largest.path} — ${(largest.bytes / 1024).toFixed(1)} КБ HTML (бюджет ${budget.pageKb} КБ).`,
);
console.log(
  `Реестр для фильтра и инструмента пар, nastavniki.json: ${(json / 1024).toFixed(0)} КБ (загружается, только когда читатель включает фильтр).`,
);
if (!keep) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`node_modules/.astro-${outDir}`, { recursive: true, force: true });
}
process.exitCode = seconds <= budget.seconds && largest.bytes <= budget.pageKb * 1024 ? 0 : 1;

// `npm run check:district [-- path/to/folder]`: checks a district's data folder the way the build does and
// prints every problem at once, file by file, in Russian. Exits with 1 if there are errors; warnings
// alone do not stop it. The folder is the argument, else DISTRICT_DIR, else src/content/district.
import { existsSync } from 'node:fs';
import { readDistrict } from '../src/lib/district/read.ts';
import { formatProblems } from '../src/lib/district/checks.ts';
import { plural } from '../src/lib/district/figures.ts';

const dir = process.argv[2] ?? process.env.DISTRICT_DIR ?? 'src/content/district';
if (!existsSync(dir)) {
  console.error(`Папки с данными муниципалитета нет: ${dir}`);
  process.exit(1);
}

const { data, problems } = readDistrict(dir);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (problems.length > 0) console.log(`${formatProblems(problems)}\n`);
const found = `${data.schools.length} ${plural(data.schools.length, ['организация', 'организации', 'организаций'])}, ${data.mentors.length} ${plural(data.mentors.length, ['наставник', 'наставника', 'наставников'])}, ${data.programmes.length} ${plural(data.programmes.length, ['программа', 'программы', 'программ'])}, ${data.events.length} ${plural(data.events.length, ['мероприятие', 'мероприятия', 'мероприятий'])}, ${data.documents.length} ${plural(data.documents.length, ['документ', 'документа', 'документов'])}`;
if (errors > 0) {
  console.log(
    `Найдено ошибок: ${errors}${warnings ? `, предупреждений: ${warnings}` : ''}. Исправьте их — пока они есть, сайт не соберётся.`,
  );
  process.exit(1);
}
console.log(
  `${data.profile?.name ?? dir}: данные в порядке (${found})${warnings ? `; предупреждений: ${warnings}` : ''}.`,
);

import { describe, expect, test } from 'vitest';
import { readDistrict } from './read.ts';
import { formatProblems } from './checks.ts';
import { validDistrict, writeDistrict } from './test-district.ts';
import type { DistrictPart } from './types.ts';

const replace = (part: DistrictPart, from: string, to: string): string => {
  if (!validDistrict[part].includes(from)) throw new Error(`в примере ${part} нет «${from}»`);
  return validDistrict[part].replace(from, to);
};

describe('readDistrict', () => {
  test('the valid example has no problems', () => {
    const { dir, remove } = writeDistrict();
    try {
      const { data, problems } = readDistrict(dir, '/');
      expect(problems).toEqual([]);
      expect(data.profile?.name).toBe('Тестовый муниципальный округ');
      expect(data.mentors.map((m) => m.id)).toEqual(['n-1', 'n-2']);
      expect(data.documents[0]?.number).toBe('245');
      expect(data.documents[0]?.file).toBe('/files/prikaz-245.pdf');
      expect(data.profile?.website).toBe('https://uo.test.example/');
    } finally {
      remove();
    }
  });

  test('the district shipped with the site has no errors', () => {
    const { problems } = readDistrict('src/content/district');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  // Each row: a kind of mistake, the file changed, and what the message must name (file, record, field, cause).
  test.each<[string, DistrictPart, string, string[]]>([
    [
      'missing field',
      'mentors',
      replace('mentors', '  position: воспитатель\n', ''),
      ['mentors.yaml', 'запись 2 («n-2»)', 'поле «position»'],
    ],
    [
      'bad date',
      'programmes',
      replace('programmes', '2027-05-31', '2027-02-30'),
      ['programmes.yaml', 'запись 1 («p-1»)', 'поле «period.to»', 'Такой даты нет в календаре'],
    ],
    [
      'date in the wrong format',
      'events',
      replace('events', 'start: 2026-09-24', 'start: 24.09.2026'),
      ['events.yaml', 'запись 1 («e-1»)', 'поле «start»', 'ГГГГ-ММ-ДД'],
    ],
    [
      'unknown school',
      'mentors',
      replace('mentors', 'school: ds-2', 'school: ds-22'),
      ['mentors.yaml', 'запись 2 («n-2»)', 'поле «school»', 'организации «ds-22» нет в schools.yaml'],
    ],
    [
      'unknown school of a programme',
      'programmes',
      replace('programmes', 'school: sosh-1', 'school: sosh-9'),
      ['programmes.yaml', 'запись 1 («p-1»)', 'поле «school»', '«sosh-9»'],
    ],
    [
      'duplicate id',
      'mentors',
      replace('mentors', 'id: n-2', 'id: n-1'),
      ['mentors.yaml', 'запись 2 («n-1»)', 'поле «id»', 'идентификатор «n-1» уже есть'],
    ],
    [
      'duplicate mentor',
      'mentors',
      replace(
        'mentors',
        'name: Петров Олег Иванович\n  position: воспитатель\n  school: ds-2',
        'name: мария петровна Иванова\n  position: воспитатель\n  school: sosh-1',
      ),
      ['mentors.yaml', 'запись 2 («n-2»)', 'поле «name»', 'уже записан: запись 1 («n-1»)'],
    ],
    [
      'duplicate school',
      'schools',
      replace('schools', 'shortName: Детский сад № 2', 'shortName: СОШ № 1'),
      ['schools.yaml', 'запись 2 («ds-2»)', 'поле «shortName»', 'уже записана'],
    ],
    [
      'contacts without consent',
      'mentors',
      replace('mentors', 'consent: true', 'consent: false'),
      ['mentors.yaml', 'запись 1 («n-1»)', 'поле «contacts»', 'только с его согласия'],
    ],
    [
      'unknown form of mentoring',
      'mentors',
      replace(
        'mentors',
        'forms: [uchitel-uchitel]\n  canHelpWith: [работа',
        'forms: [uchitel-roditel]\n  canHelpWith: [работа',
      ),
      ['mentors.yaml', 'запись 2 («n-2»)', 'поле «forms[0]»', 'uchitel-uchitel'],
    ],
    [
      'programme ends before it starts',
      'programmes',
      replace('programmes', 'to: 2027-05-31', 'to: 2026-05-31'),
      ['programmes.yaml', 'запись 1 («p-1»)', 'поле «period»', 'Начало периода позже его конца'],
    ],
    [
      'event ends before it starts',
      'events',
      replace('events', 'end: 2026-11-20', 'end: 2026-11-10'),
      ['events.yaml', 'запись 2 («e-2»)', 'поле «end»', 'раньше, чем начинается'],
    ],
    [
      'bad YAML syntax',
      'events',
      replace('events', 'title: Семинар кураторов', 'title: Семинар: кураторы'),
      ['events.yaml', 'не читается как YAML', 'строка 2'],
    ],
    [
      'bad e-mail',
      'profile',
      replace('profile', 'uo@test.example', 'uo(at)test.example'),
      ['profile.yaml', 'поле «contacts.email»', 'Адрес почты записан с ошибкой'],
    ],
    [
      'script in the website link',
      'profile',
      replace('profile', 'website: https://uo.test.example/', 'website: javascript:alert(1)'),
      ['profile.yaml', 'поле «website»', 'Ссылка должна начинаться с https://'],
    ],
    [
      'script in a document link',
      'documents',
      replace('documents', 'file: /files/prikaz-245.pdf', 'file: javascript:alert(document.cookie)'),
      ['documents.yaml', 'запись 1 («d-1»)', 'поле «file»', 'Ссылка должна начинаться'],
    ],
    [
      'data: link of a document',
      'documents',
      replace('documents', 'file: /files/prikaz-245.pdf', 'file: "data:text/html,<script>alert(1)</script>"'),
      ['documents.yaml', 'запись 1 («d-1»)', 'поле «file»'],
    ],
    [
      'vbscript: link of the logo',
      'profile',
      `${validDistrict.profile}logo: vbscript:msgbox(1)\n`,
      ['profile.yaml', 'поле «logo»'],
    ],
    [
      'document link without the leading slash',
      'documents',
      replace('documents', 'file: /files/prikaz-245.pdf', 'file: files/prikaz.pdf'),
      ['documents.yaml', 'поле «file»', 'с «/» для файла на этом сайте'],
    ],
    [
      'negative number',
      'programmes',
      replace('programmes', 'participants: 6', 'participants: -6'),
      ['programmes.yaml', 'поле «participants»'],
    ],
    [
      'id in Cyrillic',
      'schools',
      replace('schools', 'id: ds-2', 'id: детсад-2'),
      ['schools.yaml', 'запись 2 («детсад-2»)', 'поле «id»', 'латиницей'],
    ],
    ['not a list', 'schools', 'id: sosh-1\nname: Школа\n', ['schools.yaml', 'должен быть списком записей']],
    ['no profile', 'profile', null as unknown as string, ['profile.yaml', 'Нет файла с названием муниципалитета']],
  ])('%s: named with file, record and field', (_kind, part, text, fragments) => {
    const { dir, remove } = writeDistrict({ [part]: text });
    try {
      const { problems } = readDistrict(dir, '/');
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      const message = formatProblems(errors);
      expect(message).toMatch(/^Ошибка в данных: /);
      for (const fragment of fragments) expect(message).toContain(fragment);
    } finally {
      remove();
    }
  });

  test('every mistake of a file is reported, not only the first', () => {
    const broken = validDistrict.mentors
      .replace('school: ds-2', 'school: nowhere')
      .replace('experienceYears: 12', 'experienceYears: двенадцать');
    const { dir, remove } = writeDistrict({ mentors: broken });
    try {
      const message = formatProblems(readDistrict(dir, '/').problems);
      expect(message).toContain('запись 1 («n-1»)');
      expect(message).toContain('поле «experienceYears»');
      // The second record keeps its number in the file although the first, broken one is left out of the cross-file checks.
      expect(message).toContain('запись 2 («n-2»)\n  • поле «school»: организации «nowhere»');
    } finally {
      remove();
    }
  });

  test('consent without contacts is a warning, not an error', () => {
    const { dir, remove } = writeDistrict({
      mentors: validDistrict.mentors.replace('  contacts: { email: ivanova@test.example }\n', ''),
    });
    try {
      const { problems } = readDistrict(dir, '/');
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ severity: 'warning', field: 'contacts' });
      expect(formatProblems(problems)).toMatch(/^Предупреждение: .*mentors\.yaml, запись 1/);
    } finally {
      remove();
    }
  });
});

// The two lists from files: a spreadsheet's rows (read by src/lib/import), the JSON of filled deficits
// questionnaires (the form filler's «nastavnik-form» export) and the district's published mentors.
import { mentoringForms } from '../mentoring-forms.ts';
import type { questionnaireTopics } from './topics.ts';
import type { MenteeRow, MentorRow } from './types.ts';
import { isRecord } from '../is-record.ts';
import { codeMaker, emptyMentee, emptyMentor, type ListName } from './people.ts';

export { codePrefix, codeMaker, emptyMentee, emptyMentor, menteeCategories, type ListName } from './people.ts';

type Field<T> = { field: keyof T; test: RegExp };
// Checked in this order, so «Сколько наставляемых может взять» is a number of places, not a name.
const menteeColumns: Field<MenteeRow>[] = [
  { field: 'code', test: /^код|идентификатор|^id$/ },
  { field: 'form', test: /форма/ },
  { field: 'topics', test: /тем|запрос|дефицит|помощ|нужд|трудност/ },
  { field: 'category', test: /категор/ },
  { field: 'school', test: /школ|организац|учрежден|^оо$|^оу$/ },
  { field: 'name', test: /фио|фамили|^имя|наставляем|участник|педагог|обучающ/ },
];
const mentorColumns: Field<MentorRow>[] = [
  { field: 'code', test: /^код|идентификатор|^id$/ },
  { field: 'capacity', test: /мест|сколько|нагрузк|максим|кол-?во|количеств|число/ },
  { field: 'forms', test: /форм/ },
  { field: 'topics', test: /тем|помоч|помощ|компетенц|может|умеет/ },
  { field: 'position', test: /должност/ },
  { field: 'school', test: /школ|организац|учрежден|^оо$|^оу$/ },
  { field: 'name', test: /фио|фамили|^имя|наставник/ },
];

export interface Imported<T> {
  rows: T[];
  /** What the curator should know: errors that stopped the import, or rows skipped and why. */
  messages: string[];
}

const norm = (text: string) => text.toLowerCase().replace(/ё/g, 'е').trim();

/** Rows of a spreadsheet (the first row holds the column names) as mentees or mentors. */
export function peopleFromRows<L extends ListName>(
  list: L,
  table: string[][],
  existing: (L extends 'mentees' ? MenteeRow : MentorRow)[],
): Imported<L extends 'mentees' ? MenteeRow : MentorRow> {
  type Row = L extends 'mentees' ? MenteeRow : MentorRow;
  const rules = (list === 'mentees' ? menteeColumns : mentorColumns) as Field<Row>[];
  const header = table[0] ?? [];
  const columnOf = new Map<keyof Row, number>();
  header.forEach((cell, index) => {
    const text = norm(cell);
    const rule = rules.find((r) => !columnOf.has(r.field) && r.test.test(text));
    if (rule && text) columnOf.set(rule.field, index);
  });
  const topicsName = list === 'mentees' ? '«Темы» (или «Запросы», «Дефициты»)' : '«Может помочь» (или «Темы»)';
  if (
    (!columnOf.has('code' as keyof Row) && !columnOf.has('name' as keyof Row)) ||
    !columnOf.has('topics' as keyof Row)
  ) {
    const found =
      header
        .filter(Boolean)
        .map((h) => `«${h}»`)
        .join(', ') || 'ничего';
    return {
      rows: [],
      messages: [
        `В первой строке таблицы должны быть названия столбцов: «Код» или «ФИО» и ${topicsName}. Найдено: ${found}. Ничего не добавлено.`,
      ],
    };
  }
  const known = new Set(existing.map((r) => r.code.trim().toLowerCase()));
  const makeCode = codeMaker(
    list,
    existing.map((r) => r.code),
  );
  const rows: Row[] = [];
  let skipped = 0;
  for (const cells of table.slice(1)) {
    const base = (list === 'mentees' ? emptyMentee('') : { ...emptyMentor(''), capacity: '' }) as Row;
    for (const [field, index] of columnOf)
      (base as unknown as Record<string, string>)[field as string] = (cells[index] ?? '').trim();
    if (Object.values(base).every((v) => v === '')) continue;
    if (base.code && known.has(base.code.toLowerCase())) {
      skipped += 1;
      continue;
    }
    if (!base.code) base.code = makeCode();
    known.add(base.code.toLowerCase());
    rows.push(base);
  }
  const messages: string[] = [];
  if (skipped > 0)
    messages.push(
      `Строк с кодами, которые уже есть в списке, пропущено: ${skipped}. Повторная загрузка того же файла ничего не удваивает.`,
    );
  if (rows.length === 0 && skipped === 0)
    messages.push('В таблице нет строк с данными под заголовками. Ничего не добавлено.');
  return { rows, messages };
}

// Answers of the deficits questionnaire that point to a topic: a statement rated 1 or 2 («нужна помощь»).
const scaleTopics: Record<string, (typeof questionnaireTopics)[number]> = {
  planning: 'Планирование и подготовка уроков',
  'lesson-goals': 'Планирование и подготовка уроков',
  methods: 'Методика преподавания предмета',
  differentiation: 'Методика преподавания предмета',
  'special-needs': 'Работа с обучающимися с ОВЗ',
  assessment: 'Оценивание',
  discipline: 'Дисциплина и мотивация обучающихся',
  time: 'Распределение времени и нагрузки',
  digital: 'Цифровые инструменты',
  parents: 'Классное руководство и работа с родителями',
  'class-work': 'Классное руководство и работа с родителями',
  extracurricular: 'Внеурочная деятельность, олимпиады, проекты',
  'self-analysis': 'Методика преподавания предмета',
};
export const deficitsFormId = 'anketa-professionalnye-deficity';
/** A rating at or below this is a need for help. */
export const needsHelpAt = 2;

const textOf = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The topics a filled questionnaire asks help with: the topics chosen, then those of low self-ratings. */
export function questionnaireTopicsOf(values: Record<string, unknown>): string[] {
  const topics: string[] = [];
  const chosen = Array.isArray(values['help-topics']) ? values['help-topics'] : [];
  for (const topic of chosen)
    if (typeof topic === 'string' && topic.trim() && !topics.includes(topic.trim())) topics.push(topic.trim());
  for (const [id, topic] of Object.entries(scaleTopics)) {
    const rating = Number(textOf(values[id]));
    if (textOf(values[id]) && rating <= needsHelpAt && !topics.includes(topic)) topics.push(topic);
  }
  return topics;
}

/** Mentees from the JSON files of filled deficits questionnaires, one or many per file. */
export function menteesFromQuestionnaires(
  files: { name: string; text: string }[],
  existing: MenteeRow[],
): Imported<MenteeRow> {
  const messages: string[] = [];
  const rows: MenteeRow[] = [];
  const makeCode = codeMaker(
    'mentees',
    existing.map((r) => r.code),
  );
  const known = new Set(existing.map((r) => r.code.trim().toLowerCase()));
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    } catch {
      messages.push(
        `«${file.name}»: файл не читается — это не JSON или он повреждён. Скачайте анкету из формы на сайте заново.`,
      );
      continue;
    }
    const items = Array.isArray(data) ? data : [data];
    items.forEach((item, i) => {
      const where = items.length > 1 ? `«${file.name}», анкета ${i + 1}` : `«${file.name}»`;
      if (!isRecord(item) || item.format !== 'nastavnik-form' || !isRecord(item.values)) {
        messages.push(`${where}: это не анкета с сайта — в файле нет отметки «nastavnik-form» или ответов.`);
        return;
      }
      if (item.form !== deficitsFormId) {
        messages.push(
          `${where}: это ${typeof item.title === 'string' ? `«${item.title}»` : 'другая форма'}, а темы берутся из анкеты по выявлению профессиональных дефицитов.`,
        );
        return;
      }
      const values = item.values;
      // The May copy of the same questionnaire measures growth; pairs are formed from the September one.
      if (/^в конце/i.test(textOf(values.stage))) {
        messages.push(`${where}: анкета заполнена в конце учебного года и для подбора пар не берётся.`);
        return;
      }
      const code = textOf(values['respondent-code']);
      if (code && known.has(code.toLowerCase())) {
        messages.push(`${where}: участник с кодом «${code}» уже в списке — анкета пропущена.`);
        return;
      }
      const topics = questionnaireTopicsOf(values);
      if (topics.length === 0)
        messages.push(
          `${where}: в анкете не отмечено, с чем нужна помощь, и нет низких самооценок — темы впишите вручную.`,
        );
      const row: MenteeRow = {
        code: code || makeCode(),
        name: textOf(values['full-name']),
        school: textOf(values.organisation),
        category: 'молодой педагог',
        form: mentoringForms['uchitel-uchitel'],
        topics: topics.join('; '),
      };
      known.add(row.code.toLowerCase());
      rows.push(row);
    });
  }
  return { rows, messages };
}

/** Mentors from the district's `/municipalitet/nastavniki.json` (format «nastavnik-mentors», version 1). */
export function mentorsFromDistrict(data: unknown, existing: MentorRow[]): Imported<MentorRow> & { district?: string } {
  if (!isRecord(data) || data.format !== 'nastavnik-mentors' || !Array.isArray(data.mentors)) {
    return {
      rows: [],
      messages: ['Список наставников района не читается: файл не того формата. Сообщите об этом тем, кто ведёт сайт.'],
    };
  }
  if (data.version !== 1)
    return {
      rows: [],
      messages: [
        `Список наставников района записан в версии ${String(data.version)}, а инструмент читает версию 1. Обновите страницу.`,
      ],
    };
  const known = new Set(existing.map((r) => r.code.trim().toLowerCase()));
  const rows: MentorRow[] = [];
  let skipped = 0;
  let broken = 0;
  for (const mentor of data.mentors) {
    if (!isRecord(mentor) || !textOf(mentor.id) || !Array.isArray(mentor.canHelpWith)) {
      broken += 1;
      continue;
    }
    const code = textOf(mentor.id);
    if (known.has(code.toLowerCase())) {
      skipped += 1;
      continue;
    }
    known.add(code.toLowerCase());
    const school = isRecord(mentor.school) ? textOf(mentor.school.shortName) || textOf(mentor.school.name) : '';
    const forms = Array.isArray(mentor.forms)
      ? mentor.forms
          .filter((f): f is keyof typeof mentoringForms => typeof f === 'string' && f in mentoringForms)
          .map((f) => mentoringForms[f])
      : [];
    rows.push({
      code,
      name: textOf(mentor.name),
      position: textOf(mentor.position),
      school,
      forms: forms.join('; '),
      topics: mentor.canHelpWith.filter((t): t is string => typeof t === 'string').join('; '),
      capacity: typeof mentor.maxMentees === 'number' ? String(mentor.maxMentees) : '',
    });
  }
  const messages: string[] = [];
  if (skipped > 0) messages.push(`Наставников, которые уже есть в списке, пропущено: ${skipped}.`);
  if (broken > 0) messages.push(`Записей без кода или без тем пропущено: ${broken}.`);
  return {
    rows,
    messages,
    ...(typeof data.district === 'string'
      ? { district: data.district }
      : isRecord(data.district) && typeof data.district.name === 'string'
        ? { district: data.district.name }
        : {}),
  };
}

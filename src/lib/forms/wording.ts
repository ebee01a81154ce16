// A school form in the words of a kindergarten or a college: «урок» becomes «занятие», «класс» — «группа»,
// «ученик» — «воспитанник» or «студент», and a choice of the forms of mentoring keeps only those the
// organisation has (a kindergarten: педагог – педагог; a college adds студент – студент, работодатель – студент).
// Pure: the filler calls it with the kind from «Моя школа» or the one the user picked on the page.
import type { Form, FormBlock } from '../../schemas/form.ts';
import { mentoringForms } from '../mentoring-forms.ts';

export const wordingKinds = ['school', 'kindergarten', 'college'] as const;
export type WordingKind = (typeof wordingKinds)[number];

/** The wording an organisation kind of the profile takes: additional education speaks as a school does. */
export function wordingOf(kind: string | undefined): WordingKind {
  return kind === 'kindergarten' || kind === 'college' ? kind : 'school';
}

type Rule = readonly [from: string, to: string];

// The six forms' labels stay as they are in running text (they are names), except «учитель – учитель».
const formNames: Rule[] = Object.values(mentoringForms)
  .filter((name) => name !== 'учитель – учитель')
  .map((name) => [name, name]);

/** «урок» → «занятие» in every case, with the phrases whose words must agree with the new gender first. */
const lessons: Rule[] = [
  ['уроки (занятия)', 'занятия'],
  ['уроков (занятий)', 'занятий'],
  ['урока (занятия)', 'занятия'],
  ['уроки и занятия', 'занятия'],
  ['уроков и занятий', 'занятий'],
  ['открытый урок, занятие', 'открытое занятие'],
  ['разработан и проведён открытый урок', 'разработано и проведено открытое занятие'],
  ['проведён открытый урок', 'проведено открытое занятие'],
  ['открытый урок', 'открытое занятие'],
  ['посещённый урок', 'посещённое занятие'],
  ['свой урок', 'своё занятие'],
  ['сегодняшний урок', 'сегодняшнее занятие'],
  ['урок завершён', 'занятие завершено'],
  ['об уроке', 'о занятии'],
  ['урок', 'занятие'],
  ['урока', 'занятия'],
  ['уроку', 'занятию'],
  ['уроком', 'занятием'],
  ['уроке', 'занятии'],
  ['уроки', 'занятия'],
  ['уроков', 'занятий'],
  ['урокам', 'занятиям'],
  ['уроками', 'занятиями'],
  ['уроках', 'занятиях'],
];

/** «класс» → «группа»; the bare «класс» is taken as the nominative, its accusatives are listed as phrases. */
const classes: Rule[] = [
  ['класс (группа)', 'группа'],
  ['классам (группам)', 'группам'],
  ['класс, группа', 'группа'],
  ['под тему и класс', 'под тему и группу'],
  ['класс', 'группа'],
  ['класса', 'группы'],
  ['классу', 'группе'],
  ['классом', 'группой'],
  ['классе', 'группе'],
  ['классы', 'группы'],
  ['классов', 'групп'],
  ['классам', 'группам'],
  ['классами', 'группами'],
  ['классах', 'группах'],
];

const nounForms = (from: string[], to: string[]): Rule[] => from.map((f, i) => [f, to[i]!]);
const caseEndings = (stem: string, endings: string[]) => endings.map((e) => stem + e);
const hardEndings = ['', 'а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах'];
const studentEndings = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'];
const teacherEndings = ['ь', 'я', 'ю', 'ем', 'е', 'ей', 'ям', 'ями', 'ях'];

const rules: Record<Exclude<WordingKind, 'school'>, Rule[]> = {
  kindergarten: [
    ...formNames,
    ['учитель – учитель', 'педагог – педагог'],
    [
      'обучающиеся 9–11 классов — наставники в форме «ученик – ученик»',
      'педагоги — наставники в форме «педагог – педагог»',
    ],
    ['учитель начальных классов', 'воспитатель'],
    ['вы классный руководитель?', 'Вы воспитатель группы?'],
    ['классное руководство', 'работа с группой воспитанников'],
    ['должность или класс (курс)', 'должность'],
    ['должность или класс', 'должность'],
    ['класс или должность', 'должность'],
    ['должности или классы', 'должности'],
    ['место работы или учёбы (класс, курс)', 'место работы'],
    ['воспитательную работу с классом', 'воспитательную работу с группой'],
    ...lessons,
    ...classes,
    ...nounForms(caseEndings('ученик', hardEndings), caseEndings('воспитанник', hardEndings)),
    ...nounForms(caseEndings('учител', teacherEndings), [
      'педагог',
      'педагога',
      'педагогу',
      'педагогом',
      'педагоге',
      'педагогов',
      'педагогам',
      'педагогами',
      'педагогах',
    ]),
  ],
  college: [
    ...formNames,
    ['учитель – учитель', 'педагог – педагог'],
    [
      'обучающиеся 9–11 классов — наставники в форме «ученик – ученик»',
      'студенты старших курсов — наставники в форме «студент – студент»',
    ],
    ['учитель начальных классов', 'преподаватель'],
    ['вы классный руководитель?', 'Вы руководитель учебной группы?'],
    ['классное руководство', 'руководство учебной группой'],
    ['должность или класс (курс)', 'должность или курс'],
    ['класс, курс', 'группа, курс'],
    ...lessons,
    ...classes,
    ...nounForms(caseEndings('ученик', hardEndings), caseEndings('студент', studentEndings)),
    ...nounForms(caseEndings('учител', teacherEndings), caseEndings('преподавател', teacherEndings)),
  ],
};

/** The forms of mentoring each kind keeps in a choice of them, by the school label. */
const keptForms: Record<Exclude<WordingKind, 'school'>, Record<string, string>> = {
  kindergarten: { 'учитель – учитель': 'педагог – педагог' },
  college: {
    'учитель – учитель': 'педагог – педагог',
    'студент – студент': 'студент – студент',
    'работодатель – студент': 'работодатель – студент',
  },
};

const letter = 'А-Яа-яЁё';
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (from: string) => escapeRegex(from).replace(/ /g, '[\\s\\u00a0]+').replace(/[–—]/g, '[–—-]');

/** One pass over the text, longest phrase first, so a replaced phrase is never replaced again. */
function compile(list: Rule[]) {
  const sorted = [...list].sort((a, b) => b[0].length - a[0].length);
  const regex = new RegExp(
    `(?<![${letter}-])(?:${sorted.map(([from]) => `(${pattern(from)})`).join('|')})(?![${letter}-])`,
    'giu',
  );
  return (text: string) =>
    text.replace(regex, (match, ...groups: unknown[]) => {
      const to = sorted[groups.findIndex((g) => typeof g === 'string')]![1];
      const upper = match[0] !== match[0]!.toLowerCase();
      return upper ? to[0]!.toUpperCase() + to.slice(1) : to;
    });
}

const compiled = {
  kindergarten: compile(rules.kindergarten),
  college: compile(rules.college),
};

/** The text in the organisation's words. */
export function inWording(text: string, kind: WordingKind): string {
  return kind === 'school' ? text : compiled[kind](text);
}

const formLabels = new Set<string>(Object.values(mentoringForms));
const normalDash = (option: string) => option.replace(/\s[—-]\s/, ' – ');

function blockInWording(block: FormBlock, kind: Exclude<WordingKind, 'school'>): FormBlock {
  const t = (text: string) => compiled[kind](text);
  if (block.kind === 'paragraph') return { ...block, text: t(block.text) };
  const common = { label: t(block.label), ...(block.hint ? { hint: t(block.hint) } : {}) };
  switch (block.kind) {
    case 'choice': {
      const forms = block.options.every((option) => formLabels.has(normalDash(option)));
      const options = forms
        ? block.options.flatMap((option) => keptForms[kind][normalDash(option)] ?? [])
        : [...new Set(block.options.map(t))];
      return { ...block, ...common, options };
    }
    case 'scale':
      return {
        ...block,
        ...common,
        ...(block.minLabel ? { minLabel: t(block.minLabel) } : {}),
        ...(block.maxLabel ? { maxLabel: t(block.maxLabel) } : {}),
      };
    case 'table':
      return {
        ...block,
        ...common,
        columns: block.columns.map((column) => ({ ...column, label: t(column.label) })),
        rows: block.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, t(v)]))),
      };
    case 'signature':
      return { ...block, ...common, role: t(block.role) };
    default:
      return { ...block, ...common };
  }
}

/** The form in the words of the organisation; the same form for a school. Field ids never change. */
export function formInWording(form: Form, kind: WordingKind): Form {
  if (kind === 'school') return form;
  const t = (text: string) => compiled[kind](text);
  return {
    ...form,
    title: t(form.title),
    purpose: t(form.purpose),
    ...(form.instructions ? { instructions: t(form.instructions) } : {}),
    sections: form.sections.map((section) => ({
      ...section,
      ...(section.title ? { title: t(section.title) } : {}),
      blocks: section.blocks.map((block) => blockInWording(block, kind)),
    })),
  };
}

/** True when the form says something a kindergarten or a college says otherwise. */
export function hasSchoolWording(form: Form): boolean {
  return JSON.stringify(formInWording(form, 'kindergarten')) !== JSON.stringify(form);
}

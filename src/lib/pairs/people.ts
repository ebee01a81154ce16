// The people of the pairs tool's two lists as the page makes them: codes, empty rows, the mentees' categories.
// Apart from the file readers (import.ts), which the page loads only when a list is imported.
import type { MenteeRow, MentorRow } from './types.ts';

export const codePrefix = { mentees: 'НЯ-', mentors: 'НС-' } as const;
export type ListName = keyof typeof codePrefix;

/** Codes not yet used in a list: НЯ-001, НЯ-002… after the highest number already there. */
export function codeMaker(list: ListName, existing: string[]) {
  const prefix = codePrefix[list];
  let next = 1;
  for (const code of existing) {
    const match = new RegExp(`^${prefix}(\\d+)$`).exec(code.trim());
    if (match) next = Math.max(next, Number(match[1]) + 1);
  }
  const taken = new Set(existing.map((c) => c.trim().toLowerCase()));
  return () => {
    let code: string;
    do code = `${prefix}${String(next++).padStart(3, '0')}`;
    while (taken.has(code.toLowerCase()));
    taken.add(code.toLowerCase());
    return code;
  };
}

export const emptyMentee = (code: string): MenteeRow => ({
  code,
  name: '',
  school: '',
  category: '',
  form: '',
  topics: '',
});
export const emptyMentor = (code: string): MentorRow => ({
  code,
  name: '',
  position: '',
  school: '',
  forms: '',
  topics: '',
  capacity: '1',
});

/** Categories of the bases of mentees (docs/domain.md, «Bases and stages»), offered as the curator types. */
export const menteeCategories = [
  'молодой педагог',
  'педагог в ситуации профессионального выгорания',
  'новый сотрудник',
  'педагог, осваивающий цифровые навыки',
  'обучающийся с высокими результатами',
  'обучающийся с низкими результатами',
  'обучающийся с ОВЗ',
  'обучающийся в трудной жизненной ситуации',
  'обучающийся с трудностями в поведении',
  'обучающийся, не включённый в школьную жизнь',
];

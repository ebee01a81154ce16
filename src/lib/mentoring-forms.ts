// The forms of mentoring (docs/domain.md): the students' six and the teachers' track, by id. Plain data, with no
// zod, so an island can import it without bringing the schema library along; src/schemas/common.ts builds
// its enum from it.
export const mentoringForms = {
  'uchenik-uchenik': 'ученик – ученик',
  'uchitel-uchitel': 'учитель – учитель',
  'student-uchenik': 'студент – ученик',
  'rabotodatel-uchenik': 'работодатель – ученик',
  'rabotodatel-student': 'работодатель – студент',
  'student-student': 'студент – студент',
} as const;

export type MentoringFormId = keyof typeof mentoringForms;

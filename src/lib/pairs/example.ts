// A small made-up example for the first visit: fictional people of fictional schools, so the curator sees
// what the lists look like, what the matching does and why a mentee can stay without a mentor.
import type { MenteeRow, MentorRow } from './types.ts';

export const exampleMentees: MenteeRow[] = [
  {
    code: 'НЯ-001',
    name: 'Лесная Дарья Андреевна',
    school: 'Школа № 1',
    category: 'молодой педагог',
    form: 'учитель – учитель',
    topics: 'ИКТ; оценивание',
  },
  {
    code: 'НЯ-002',
    name: 'Травин Кирилл Олегович',
    school: 'Школа № 2',
    category: 'молодой педагог',
    form: 'учитель – учитель',
    topics: 'олимпиады; дисциплина',
  },
  {
    code: 'НЯ-003',
    name: 'Озёрова Мария Ильинична',
    school: 'Школа № 1',
    category: 'новый сотрудник',
    form: 'учитель – учитель',
    topics: 'работа с родителями',
  },
  {
    code: 'НЯ-004',
    name: 'Полевой Артём Сергеевич',
    school: 'Школа № 2',
    category: 'молодой педагог',
    form: 'учитель – учитель',
    topics: 'цифровые навыки',
  },
  {
    code: 'НЯ-005',
    name: 'Громова Алина Викторовна',
    school: 'Школа № 1',
    category: 'молодой педагог',
    form: 'учитель – учитель',
    topics: 'хореография',
  },
];

export const exampleMentors: MentorRow[] = [
  {
    code: 'НС-001',
    name: 'Светлова Ирина Павловна',
    position: 'учитель математики',
    school: 'Школа № 1',
    forms: 'учитель – учитель',
    topics: 'цифровые инструменты; оценивание',
    capacity: '2',
  },
  {
    code: 'НС-002',
    name: 'Ручьёв Олег Николаевич',
    position: 'учитель физики',
    school: 'Школа № 2',
    forms: 'учитель – учитель',
    topics: 'подготовка к олимпиадам; дисциплина на уроке',
    capacity: '1',
  },
  {
    code: 'НС-003',
    name: 'Калинина Вера Сергеевна',
    position: 'учитель начальных классов',
    school: 'Школа № 1',
    forms: 'учитель – учитель',
    topics: 'классное руководство; работа с родителями; ИКТ',
    capacity: '1',
  },
];

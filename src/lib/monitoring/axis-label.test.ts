import { describe, expect, test } from 'vitest';
import { axisLabel, axisRowHeight } from './axis-label.ts';

const question = 'Насколько вам комфортно общаться с наставником по рабочим вопросам';

describe.each([
  ['короткий ответ на телефоне', 'Да', 358, ['Да']],
  [
    'вопрос на телефоне — три строки, целиком',
    question,
    358,
    ['Насколько вам комфортно', 'общаться с наставником', 'по рабочим вопросам'],
  ],
  [
    'вопрос на компьютере — две строки',
    question,
    720,
    ['Насколько вам комфортно общаться с наставником по', 'рабочим вопросам'],
  ],
  [
    'очень длинный текст обрезан на третьей строке',
    `${question} ${question}`,
    358,
    ['Насколько вам комфортно', 'общаться с наставником', 'по рабочим вопросам…'],
  ],
  ['слово длиннее строки обрезано', 'Сверхдлинноесловобезпробеловвообщеникакихвообще', 100, ['Сверхдлинно…']],
])('axisLabel: %s', (_, label, width, expected) => {
  test('строки подписи', () => expect(axisLabel(label, width)).toEqual(expected));
});

test('на телефоне от вопроса остаётся больше дюжины букв', () => {
  expect(axisLabel(question, 358).join(' ')).toBe(question);
});

describe.each([
  [1, 48],
  [2, 48],
  [3, 66],
])('axisRowHeight(%i)', (series, expected) => {
  test(`→ ${expected}`, () => expect(axisRowHeight(series)).toBe(expected));
});

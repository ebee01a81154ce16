import { describe, expect, it } from 'vitest';
import { defaultSynonyms, normaliseTopic, parseSynonyms, questionnaireTopics, splitTopics } from './topics.ts';

describe('normaliseTopic', () => {
  it.each([
    ['  Работа  с   родителями. ', 'работа с родителями'],
    ['«Учёт»', 'учет'],
    ['ИКТ;', 'икт'],
    ['тайм‑менеджмент', 'тайм-менеджмент'],
  ])('%j → %j', (text, norm) => expect(normaliseTopic(text)).toBe(norm));
});

describe('parseSynonyms', () => {
  const vocabulary = parseSynonyms(defaultSynonyms);
  it('knows every topic of the questionnaire and the default synonyms without complaint', () => {
    expect(vocabulary.issues).toEqual([]);
    for (const topic of questionnaireTopics)
      expect(vocabulary.labelOf.get(vocabulary.keyOf.get(normaliseTopic(topic))!)).toBe(topic);
  });

  it.each([
    ['ИКТ', 'Цифровые инструменты'],
    ['цифровые навыки', 'Цифровые инструменты'],
    ['работа с родителями', 'Классное руководство и работа с родителями'],
    ['олимпиадная подготовка', 'Внеурочная деятельность, олимпиады, проекты'],
  ])('%j is the topic %j', (word, label) => {
    expect(vocabulary.labelOf.get(vocabulary.keyOf.get(normaliseTopic(word))!)).toBe(label);
  });

  it('a new group names its own topic; a word already taken keeps its first meaning', () => {
    const v = parseSynonyms('Хореография = танцы\nИКТ = цифровые инструменты\nтанцы = ИКТ = ритмика');
    expect(v.labelOf.get(v.keyOf.get('танцы')!)).toBe('Хореография');
    expect(v.labelOf.get(v.keyOf.get('ритмика')!)).toBe('Хореография');
    expect(v.labelOf.get(v.keyOf.get('икт')!)).toBe('Цифровые инструменты');
    expect(v.issues).toEqual([
      { line: 3, message: 'Строка 3: «ИКТ» уже означает «Цифровые инструменты»; оставлено первое значение.' },
    ]);
  });
});

describe('splitTopics', () => {
  const vocabulary = parseSynonyms(defaultSynonyms);
  it.each([
    ['ИКТ; ОВЗ', ['Цифровые инструменты', 'Работа с обучающимися с ОВЗ']],
    ['ИКТ, ОВЗ', ['Цифровые инструменты', 'Работа с обучающимися с ОВЗ']],
    ['Внеурочная деятельность, олимпиады, проекты', ['Внеурочная деятельность, олимпиады, проекты']],
    ['ИКТ\nцифровые навыки', ['Цифровые инструменты']],
    ['Шахматы', ['Шахматы']],
    [' ; , ', []],
  ])('%j → %j', (cell, labels) => {
    expect(splitTopics(cell, vocabulary).map((t) => t.label)).toEqual(labels);
  });
});

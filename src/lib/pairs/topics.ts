// Topics of help: what a mentee asks for and what a mentor can help with, written by different people in
// different words. A topic is compared by its normalised text; declared synonyms make several texts one topic.

/** The topics of the deficits questionnaire (its question «С чем вам больше всего нужна помощь сейчас?»). */
export const questionnaireTopics = [
  'Нормативные документы и школьная документация',
  'Планирование и подготовка уроков',
  'Методика преподавания предмета',
  'Дисциплина и мотивация обучающихся',
  'Оценивание',
  'Классное руководство и работа с родителями',
  'Работа с обучающимися с ОВЗ',
  'Цифровые инструменты',
  'Внеурочная деятельность, олимпиады, проекты',
  'Распределение времени и нагрузки',
] as const;

/**
 * Synonyms the tool starts with, one group a line, words of a group separated by «=»; the first names the topic.
 * The curator edits them on the page.
 */
export const defaultSynonyms = [
  'Цифровые инструменты = ИКТ = цифровые навыки = цифровые ресурсы = информационные технологии = цифровая грамотность = цифровые инструменты на уроке',
  'Работа с обучающимися с ОВЗ = ОВЗ = инклюзия = инклюзивное образование = дети с ОВЗ = инклюзия и дети с ОВЗ',
  'Дисциплина и мотивация обучающихся = дисциплина = мотивация = дисциплина на уроке = управление классом',
  'Классное руководство и работа с родителями = классное руководство = работа с родителями = воспитательная работа',
  'Оценивание = оценка результатов = критериальное оценивание',
  'Методика преподавания предмета = методика = методика преподавания = современный урок',
  'Планирование и подготовка уроков = планирование = подготовка уроков = рабочая программа = планирование урока',
  'Нормативные документы и школьная документация = нормативные документы = документация = школьная документация',
  'Внеурочная деятельность, олимпиады, проекты = внеурочная деятельность = олимпиады = проекты = проектная деятельность = подготовка к олимпиадам = олимпиадная подготовка = исследовательская работа',
  'Распределение времени и нагрузки = тайм-менеджмент = управление временем = нагрузка',
].join('\n');

/** Lower case, «ё» as «е», one space between words, no quotes or full stops around. */
export function normaliseTopic(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/["«»„“”'`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?-]+|[\s.,;:!?-]+$/g, '');
}

export interface SynonymIssue {
  line: number;
  message: string;
}

/** Declared synonyms: the normalised text of every word to the topic it stands for, and the topic's name. */
export interface Vocabulary {
  /** normalised text → key of its topic */
  keyOf: Map<string, string>;
  /** key of a topic → how it is shown */
  labelOf: Map<string, string>;
  issues: SynonymIssue[];
}

export function parseSynonyms(text: string): Vocabulary {
  const keyOf = new Map<string, string>();
  const labelOf = new Map<string, string>();
  const issues: SynonymIssue[] = [];
  for (const label of questionnaireTopics) {
    keyOf.set(normaliseTopic(label), normaliseTopic(label));
    labelOf.set(normaliseTopic(label), label);
  }
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const words = raw
      .split('=')
      .map((word) => word.trim())
      .filter(Boolean);
    if (words.length < 2) {
      issues.push({
        line,
        message: `Строка ${line}: нужны хотя бы два слова через «=», например «ИКТ = цифровые навыки».`,
      });
      return;
    }
    // A line that names a topic already known joins it; otherwise its first word names a new topic.
    const known = words.map((word) => keyOf.get(normaliseTopic(word))).find((key) => key !== undefined);
    const key = known ?? normaliseTopic(words[0]!);
    if (!labelOf.has(key)) labelOf.set(key, words[0]!);
    for (const word of words) {
      const norm = normaliseTopic(word);
      if (!norm) continue;
      const before = keyOf.get(norm);
      if (before !== undefined && before !== key) {
        issues.push({
          line,
          message: `Строка ${line}: «${word}» уже означает «${labelOf.get(before)}»; оставлено первое значение.`,
        });
        continue;
      }
      keyOf.set(norm, key);
    }
  });
  return { keyOf, labelOf, issues };
}

/** A topic as the matching sees it: its key, and the words it came from. */
export interface Topic {
  key: string;
  label: string;
}

/**
 * The topics of one cell. Topics are separated by «;» or new lines; a piece that is not a known topic is split
 * once more at commas, so «ИКТ, ОВЗ» gives two topics while «Внеурочная деятельность, олимпиады, проекты» stays one.
 */
export function splitTopics(cell: string, vocabulary: Vocabulary): Topic[] {
  const topics = new Map<string, Topic>();
  const add = (text: string) => {
    const norm = normaliseTopic(text);
    if (!norm) return;
    const key = vocabulary.keyOf.get(norm) ?? norm;
    if (!topics.has(key)) topics.set(key, { key, label: vocabulary.labelOf.get(key) ?? text.trim() });
  };
  for (const piece of cell.split(/[;\n\r]+/)) {
    if (vocabulary.keyOf.has(normaliseTopic(piece))) add(piece);
    else for (const part of piece.split(',')) add(part);
  }
  return [...topics.values()];
}

/** The key of one topic as written. */
export const topicKey = (text: string, vocabulary: Vocabulary): string => {
  const norm = normaliseTopic(text);
  return vocabulary.keyOf.get(norm) ?? norm;
};

// Benchmark of the pairs tool: 500 mentees × 200 mentors matched from the lists as typed (checks, topics,
// scores and the optimal assignment), as the page does on «Подобрать пары». The budget is 200 ms.
// Run by `npm run bench` (all benchmarks) or `npm run bench -- pairs`.
import { performance } from 'node:perf_hooks';
import { ms, stats } from './stats.ts';
import { benchFlags } from '../bench-args.ts';
import { matchPairs } from '../../src/lib/pairs/match.ts';
import { defaultSynonyms, questionnaireTopics } from '../../src/lib/pairs/topics.ts';
import type { PairsState } from '../../src/lib/pairs/types.ts';

benchFlags('pairs', {}); // takes no flags: refuses any, so a typo never passes unnoticed

const menteeCount = 500;
const mentorCount = 200;
const budgetMs = 200;

// A fixed pseudo-random sequence, so every run measures the same lists.
let seed = 20261120;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
// Mentors write topics in their own words: some are synonyms the matching has to resolve.
const words = [
  ...questionnaireTopics,
  'ИКТ',
  'ОВЗ',
  'олимпиады',
  'работа с родителями',
  'управление классом',
  'рабочая программа',
];
const topics = (min: number, max: number) =>
  Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(words)).join('; ');
const schools = Array.from({ length: 30 }, (_, i) => `Школа № ${i + 1}`);

const state: PairsState = {
  mentees: Array.from({ length: menteeCount }, (_, i) => ({
    code: `НЯ-${String(i + 1).padStart(3, '0')}`,
    name: '',
    school: pick(schools),
    category: 'молодой педагог',
    form: random() < 0.9 ? 'учитель – учитель' : '',
    topics: topics(1, 3),
  })),
  mentors: Array.from({ length: mentorCount }, (_, i) => ({
    code: `НС-${String(i + 1).padStart(3, '0')}`,
    name: '',
    position: 'учитель',
    school: pick(schools),
    forms: random() < 0.8 ? 'учитель – учитель' : '',
    topics: topics(2, 4),
    capacity: String(1 + Math.floor(random() * 3)),
  })),
  settings: { synonyms: defaultSynonyms, school: 'same', spread: true },
  fixed: [],
  forbidden: [],
  order: {
    organisation: '',
    settlement: '',
    orderDate: '',
    orderNumber: '',
    schoolYear: '',
    curator: '',
    plansDue: '',
    from: '',
    to: '',
  },
  codesOnly: true,
};

const runs = 30;
const wall: number[] = [];
const cpu: number[] = [];
let pairs = 0;
for (let i = 0; i < 5 + runs; i++) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = matchPairs(state);
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  pairs = result.pairs.length;
  if (i < 5) continue; // the first runs warm the JIT up
  wall.push(elapsed);
  cpu.push((used.user + used.system) / 1000);
}
const places = state.mentors.reduce((sum, m) => sum + Number(m.capacity), 0);
const w = stats(wall);
const c = stats(cpu);
console.log(
  `Подбор пар: ${menteeCount} наставляемых × ${mentorCount} наставников (${places} мест), ${runs} повторов; пар: ${pairs}`,
);
console.log(
  `время по часам:      медиана ${ms(w.median)} мс, 95-й процентиль ${ms(w.p95)} мс, максимум ${ms(w.max)} мс`,
);
console.log(
  `время процессора:    медиана ${ms(c.median)} мс, 95-й процентиль ${ms(c.p95)} мс, максимум ${ms(c.max)} мс`,
);
console.log(`бюджет: ${budgetMs} мс.`);
if (w.median > budgetMs) {
  console.error(`Медленнее бюджета: медиана ${ms(w.median)} мс > ${budgetMs} мс`);
  process.exitCode = 1;
}

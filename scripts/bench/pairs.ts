// Benchmark of the pairs tool: 500 mentees × 200 mentors matched from the lists as typed (checks, topics,
// scores and the optimal assignment), as the page does on «Подобрать пары». The budget is 200 ms. Then a
// district's 10,000 × 500 (the quick matching; budget 10 s), and, when a build is there (`--dist`, `dist` by
// default), 500 × 200 in Chromium from the click to the first pair drawn, worker included (budget 200 ms).
// Run by `npm run bench` (all benchmarks) or `npm run bench -- pairs [--dist=dist-2]`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { launchOptions } from '../chromium.ts';
import { startServer } from '../serve.ts';
import { ms, stats } from './stats.ts';
import { benchFlags } from '../bench-args.ts';
import { matchPairs } from '../../src/lib/pairs/match.ts';
import { defaultSynonyms, questionnaireTopics } from '../../src/lib/pairs/topics.ts';
import type { PairsState } from '../../src/lib/pairs/types.ts';

const flags = benchFlags('pairs', { dist: { type: 'string', default: 'dist' } });

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

const lists = (menteeCount: number, mentorCount: number): PairsState => ({
  mentees: Array.from({ length: menteeCount }, (_, i) => ({
    code: `НЯ-${String(i + 1).padStart(5, '0')}`,
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
    capacity: String(1 + Math.floor(random() * (mentorCount > 200 ? 20 : 3))),
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
});
const state = lists(menteeCount, mentorCount);

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

// A district: 10,000 × 500 with up to 20 places each, matched by the quick method (match.ts, quickAbove).
const district = lists(10_000, 500);
const districtBudgetMs = 10_000;
const districtWall: number[] = [];
let districtPairs = 0;
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  districtPairs = matchPairs(district).pairs.length;
  districtWall.push(performance.now() - start);
}
const d = stats(districtWall);
console.log(
  `\nРайон: 10 000 × 500, 3 повтора; пар: ${districtPairs}; медиана ${ms(d.median)} мс, максимум ${ms(d.max)} мс; бюджет: ${districtBudgetMs} мс.`,
);
if (d.median > districtBudgetMs) {
  console.error(`Медленнее бюджета: медиана ${ms(d.median)} мс > ${districtBudgetMs} мс`);
  process.exitCode = 1;
}

await inBrowser(state, flags.dist);

/** 500 × 200 in Chromium against the built site: from the click to the first pair on screen, five times. */
async function inBrowser(lists: PairsState, dist: string) {
  const page = join(dist, 'instrumenty', 'nastavnicheskie-pary', 'index.html');
  if (!existsSync(page)) {
    console.log(`\nЗамер в браузере пропущен: нет сборки в ${dist}/ — выполните npm run build (или укажите --dist).`);
    return;
  }
  const port = 4790 + Math.floor(Math.random() * 100);
  const server = await startServer({ dir: dist, base: '/', port });
  const browser = await chromium.launch(launchOptions);
  const times: number[] = [];
  try {
    const tab = await (await browser.newContext()).newPage();
    const url = `http://localhost:${port}/instrumenty/nastavnicheskie-pary/`;
    await tab.goto(url);
    const record = JSON.stringify({ v: 1, data: lists, savedAt: '', rev: 'bench', prev: null });
    for (let run = 0; run < 6; run++) {
      // Each run opens the page with the lists saved and no result, as after «Подобрать пары» is first pressed.
      await tab.evaluate((text) => localStorage.setItem('nastavnik:pairs', text), record);
      await tab.goto(url);
      await tab.locator('[data-pairs]').scrollIntoViewIfNeeded();
      await tab.locator('[data-pairs][data-hydrated="true"]').waitFor();
      await tab.waitForTimeout(300); // the spare worker loads, as it does while the user reads the page
      const elapsed = await tab.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Подобрать пары')!;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (!document.querySelector('[aria-label="Предложенные пары"] li')) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            });
            observer.observe(document.body, { childList: true, subtree: true });
            button.click();
          }),
      );
      if (run > 0) times.push(elapsed); // the first run warms the browser's compiler up
    }
  } finally {
    await browser.close();
    server.close();
  }
  const b = stats(times);
  console.log(
    `\nВ браузере: 500 × 200 подобрано и показано (от щелчка до первой пары на экране), ${times.length} повторов: медиана ${ms(b.median)} мс, максимум ${ms(b.max)} мс; бюджет: ${budgetMs} мс.`,
  );
  if (b.median > budgetMs) {
    console.error(`Медленнее бюджета в браузере: медиана ${ms(b.median)} мс > ${budgetMs} мс`);
    process.exitCode = 1;
  }
}

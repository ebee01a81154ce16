// Benchmark of the pairs tool: 500 mentees × 200 mentors matched from the lists as typed (checks, topics,
// scores and the optimal assignment), as the page does on «Подобрать пары». The budget is 200 ms. Then a
// district's 10,000 × 500 (the quick matching; budget 10 s), and, when a build is there (`--dist`, `dist` by
// default), 500 × 200 in Chromium from the click to the first pair drawn, worker included (budget 200 ms), split
// into the worker's part (the lists posted to its result received) and the page's (the result to the pairs drawn).
// `--against=dist-old` measures a second build in turns with the first, so both see the same load on the machine.
// `--browser-only` skips the Node part. Run by `npm run bench` or `npm run bench -- pairs [--dist=dist-2]`.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../chromium.ts';
import { startServer } from '../serve.ts';
import { ms, stats } from './stats.ts';
import { benchFlags } from '../bench-args.ts';
import { matchPairs } from '../../src/lib/pairs/match.ts';
import { defaultSynonyms, questionnaireTopics } from '../../src/lib/pairs/topics.ts';
import type { PairsState } from '../../src/lib/pairs/types.ts';

const flags = benchFlags('pairs', {
  dist: { type: 'string', default: 'dist' },
  against: { type: 'string' },
  'browser-only': { type: 'boolean', default: false },
});

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

if (!flags['browser-only']) nodeBenchmarks();

function nodeBenchmarks() {
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
}

interface Timing {
  /** From the click to the first pair drawn (a frame after it is in the page). */
  total: number;
  /** From the lists posted to the worker to its result received on the page. */
  worker: number;
  /** From the result received to the first pair drawn. */
  draw: number;
  /** Processor time between the click and the first pair drawn, on the page's thread and in the worker. */
  cpuPage: number;
  cpuWorker: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Processor time of each thread between the marks `pairs-click` and `pairs-shown`, from Chromium's trace: the
 * machine's load stretches the time by the clock but not this, so two builds compare even on a busy machine.
 * A task that only overlaps the span counts in proportion.
 */
function threadTimes(trace: Buffer) {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const from = events.find((e) => e.name === 'pairs-click')?.ts ?? 0;
  const to = events.find((e) => e.name === 'pairs-shown')?.ts ?? Number.POSITIVE_INFINITY;
  const cpu = { page: 0, worker: 0 };
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || !e.dur || e.tdur === undefined) continue;
    const overlap = Math.min(e.ts + e.dur, to) - Math.max(e.ts, from);
    if (overlap <= 0) continue;
    const thread = names.get(`${e.pid}:${e.tid}`) ?? '';
    const share = (e.tdur * overlap) / e.dur / 1000;
    if (thread === 'CrRendererMain') cpu.page += share;
    else if (thread.startsWith('DedicatedWorker')) cpu.worker += share;
  }
  return cpu;
}

/** Notes when the page posts to a worker and when a worker's result arrives, from before the page's scripts run. */
const workerClock = `
  window.__pairsClock = {};
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (event.data && event.data.kind === 'done') window.__pairsClock.done = performance.now();
      });
    }
    postMessage(...args) {
      window.__pairsClock.posted = performance.now();
      return super.postMessage(...args);
    }
  };
`;

/** One matching on a freshly opened page with the lists saved and no result, as when «Подобрать пары» is first pressed. */
async function once(tab: Page, url: string, record: string): Promise<Timing> {
  await tab.evaluate((text) => localStorage.setItem('nastavnik:pairs', text), record);
  await tab.goto(url);
  await tab.locator('[data-pairs]').scrollIntoViewIfNeeded();
  await tab.locator('[data-pairs][data-hydrated="true"]').waitFor();
  await tab.waitForTimeout(300); // the spare worker loads, as it does while the user reads the page
  await tab.context().browser()!.startTracing(tab, { categories: traced });
  const timing = await tab.evaluate(
    () =>
      new Promise<Omit<Timing, 'cpuPage' | 'cpuWorker'>>((resolve) => {
        const clock = (window as unknown as { __pairsClock: { posted?: number; done?: number } }).__pairsClock;
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Подобрать пары')!;
        const start = performance.mark('pairs-click').startTime;
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[aria-label="Предложенные пары"] li')) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const end = performance.mark('pairs-shown').startTime;
            const done = clock.done ?? end;
            resolve({ total: end - start, worker: done - (clock.posted ?? start), draw: end - done });
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
        button.click();
      }),
  );
  const cpu = threadTimes(await tab.context().browser()!.stopTracing());
  return { ...timing, cpuPage: cpu.page, cpuWorker: cpu.worker };
}

const traced = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * 500 × 200 in Chromium against each build: from the click to the first pair on screen, eleven times for each
 * lists and build (the first warms the browser up), the builds in turns so that they share the machine's load.
 */
async function inBrowser(cases: [string, PairsState][], dists: string[]) {
  const missing = dists.find((dist) => !existsSync(join(dist, 'instrumenty', 'nastavnicheskie-pary', 'index.html')));
  if (missing) {
    console.log(
      `\nЗамер в браузере пропущен: нет сборки в ${missing}/ — выполните npm run build (или укажите --dist).`,
    );
    return;
  }
  const port = 4790 + Math.floor(Math.random() * 100);
  const servers = await Promise.all(dists.map((dir, i) => startServer({ dir, base: '/', port: port + 100 * i })));
  const browser = await chromium.launch(launchOptions);
  const times = new Map<string, Timing[]>();
  const loads: number[] = [];
  try {
    const tabs = await Promise.all(
      dists.map(async (_, i) => {
        const tab = await (await browser.newContext()).newPage();
        await tab.addInitScript(workerClock);
        const url = `http://localhost:${port + 100 * i}/instrumenty/nastavnicheskie-pary/`;
        await tab.goto(url);
        return { tab, url };
      }),
    );
    for (const [name, lists] of cases) {
      const record = JSON.stringify({ v: 1, data: lists, savedAt: '', rev: 'bench', prev: null });
      for (let run = 0; run < 11; run++)
        for (const [i, { tab, url }] of tabs.entries()) {
          loads.push(loadavg()[0]!);
          const timing = await once(tab, url, record);
          if (run === 0) continue; // the first run warms the browser's compiler up
          const key = `${name}|${dists[i]}`;
          times.set(key, [...(times.get(key) ?? []), timing]);
        }
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
  const median = (list: number[]) => ms(stats(list).median);
  console.log(
    `\nВ браузере: 500 × 200 подобрано и показано (от щелчка до первой пары на экране), по 10 повторов; средняя` +
      ` загрузка машины за минуту ${ms(stats(loads).median)} (ядер: ${availableParallelism()}).`,
  );
  let worst = 0;
  for (const [key, list] of times) {
    const [name, dist] = key.split('|');
    const total = stats(list.map((t) => t.total));
    if (dist === dists[0]) worst = Math.max(worst, total.median);
    console.log(
      `${dist}, ${name}: медиана ${ms(total.median)} мс (максимум ${ms(total.max)}): в работнике ${median(list.map((t) => t.worker))} мс, ` +
        `показ ${median(list.map((t) => t.draw))} мс; бюджет: ${budgetMs} мс. Время процессора: на странице ` +
        `${median(list.map((t) => t.cpuPage))} мс, в работнике ${median(list.map((t) => t.cpuWorker))} мс.`,
    );
  }
  if (worst > budgetMs) {
    console.error(`Медленнее бюджета в браузере: медиана ${ms(worst)} мс > ${budgetMs} мс`);
    process.exitCode = 1;
  }
}

// The same lists with up to 20 places a mentor (more places than mentees): the other way the solver works.
const manyPlaces: PairsState = {
  ...state,
  mentors: state.mentors.map((mentor, i) => ({ ...mentor, capacity: String(1 + ((i * 7) % 20)) })),
};
await inBrowser(
  [
    ['мест меньше, чем наставляемых', state],
    ['мест больше, чем наставляемых', manyPlaces],
  ],
  [flags.dist, ...(flags.against ? [flags.against] : [])],
);

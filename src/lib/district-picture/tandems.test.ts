import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadCost, weights } from '../pairs/match.ts';
import { questionnaireTopics } from '../pairs/topics.ts';
import type { ClusterResult } from './clusters.ts';
import { emptySummary } from './summary.ts';
import { matchTandems } from './tandems.ts';
import type { SchoolSummary } from './types.ts';

const topics = questionnaireTopics.slice(0, 5);

function school(name: string, needs: number[], offers: number[]): SchoolSummary {
  const s = emptySummary(name, `${name}.json`, 'workspace');
  for (const t of needs) s.deficits[topics[t]!] = 1;
  if (offers.length)
    s.mentors.push({
      name: `Наставник ${name}`,
      position: 'учитель',
      forms: [],
      topics: offers.map((t) => topics[t]!),
      capacity: 1,
    });
  return s;
}

const cluster = (s: SchoolSummary, c: ClusterResult['cluster']): ClusterResult => ({
  key: s.key,
  name: s.name,
  cluster: c,
  reasons: [],
});

/** The best (tandems, total score minus the spread cost) over every assignment: what the matching must reach. */
function bruteForce(hosts: SchoolSummary[], partners: SchoolSummary[], capacity: number): [number, number] {
  const shared = (h: SchoolSummary, p: SchoolSummary) => {
    const offered = new Set(p.mentors.flatMap((m) => m.topics));
    return Object.keys(h.deficits).filter((t) => offered.has(t)).length;
  };
  let best: [number, number] = [0, 0];
  const load = partners.map(() => 0);
  const walk = (i: number, count: number, value: number) => {
    if (i === hosts.length) {
      if (count > best[0] || (count === best[0] && value > best[1])) best = [count, value];
      return;
    }
    walk(i + 1, count, value);
    partners.forEach((p, j) => {
      const n = shared(hosts[i]!, p);
      if (n === 0 || load[j]! >= capacity) return;
      const cost = spreadCost(load[j]!);
      load[j]! += 1;
      walk(i + 1, count + 1, value + n * weights.topic - cost);
      load[j]! -= 1;
    });
  };
  walk(0, 0, 0);
  return best;
}

const needs = fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 3 });

describe('matchTandems', () => {
  it('finds as many tandems and as good as brute force on small districts', () => {
    fc.assert(
      fc.property(
        fc.array(needs, { minLength: 1, maxLength: 5 }),
        fc.array(needs, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 2 }),
        (hostNeeds, partnerOffers, capacity) => {
          const hosts = hostNeeds.map((n, i) => school(`Школа Н${i}`, n, []));
          const partners = partnerOffers.map((o, i) => school(`Школа В${i}`, [], o));
          const clusters = [...hosts.map((s) => cluster(s, 'ШНОР')), ...partners.map((s) => cluster(s, 'ШВОР'))];
          const { tandems, unmatched } = matchTandems([...hosts, ...partners], clusters, capacity);
          const load = new Map<string, number>();
          let value = 0;
          for (const t of tandems) {
            const slot = load.get(t.partner) ?? 0;
            value += t.score - spreadCost(slot);
            load.set(t.partner, slot + 1);
          }
          expect([tandems.length, value]).toEqual(bruteForce(hosts, partners, capacity));
          expect(tandems.length + unmatched.length).toBe(hosts.length);
        },
      ),
    );
  });

  it.each([
    ['a shared topic', [0, 1], [1, 2], 1, 'просит помощи'],
    ['no shared topic', [0], [3], 0, 'ни одна школа ШВОР'],
    ['no needs reported', [], [3], 0, 'не сообщила'],
  ])('%s', (_name, need, offer, count, text) => {
    const host = school('СОШ № 1', need, []);
    const partner = school('Лицей № 6', [], offer);
    const result = matchTandems([host, partner], [cluster(host, 'ШНОР'), cluster(partner, 'ШВОР')], 1);
    expect(result.tandems).toHaveLength(count);
    expect([...result.tandems.map((t) => t.why), ...result.unmatched.map((u) => u.reason)].join(' ')).toContain(text);
  });

  it('names the mentors who help and leaves ШСОР schools out', () => {
    const host = school('СОШ № 1', [1], []);
    const middle = school('СОШ № 2', [1], [1]);
    const partner = school('Лицей № 6', [], [1]);
    const result = matchTandems(
      [host, middle, partner],
      [cluster(host, 'ШНОР'), cluster(middle, 'ШСОР'), cluster(partner, 'ШВОР')],
      2,
    );
    expect(result.tandems.map((t) => [t.hostName, t.partnerName, t.mentors])).toEqual([
      ['СОШ № 1', 'Лицей № 6', ['Наставник Лицей № 6 (учитель)']],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { timelineScale } from './timeline.ts';

describe('timelineScale', () => {
  it.each([
    ['a school year', '2026-09-01', '2027-08-31', 12, 1, ['сен 2026', 'окт', 'янв 2027']],
    ['starting mid-month', '2026-10-15', '2027-06-30', 9, 1, ['окт 2026', 'ноя', 'янв 2027']],
    ['three years', '2026-09-01', '2029-08-31', 36, 3, ['сен 2026', 'окт', 'янв 2027']],
  ])('%s', (_what, start, end, count, everyNth, firstLabels) => {
    const scale = timelineScale(start, end);
    expect(scale.months).toHaveLength(count);
    expect(scale.everyNth).toBe(everyNth);
    const labels = scale.months.map((m) => `${m.month}${m.year ? ` ${m.year}` : ''}`);
    expect([labels[0], labels[1], labels.find((l) => l.startsWith('янв'))]).toEqual(firstLabels);
    expect(scale.months[0]!.iso).toBe(start);
    expect(scale.at(start)).toBe(0);
  });

  it('places days and spans in per cent of the period', () => {
    const scale = timelineScale('2026-01-01', '2026-01-10');
    expect(scale.at('2026-01-06')).toBe(50);
    expect(scale.width('2026-01-01', '2026-01-05')).toBe(50);
    expect(scale.width('2026-01-03', '2026-01-03')).toBe(10);
    expect(timelineScale('2026-01-01', '2027-12-31').width('2026-05-01', '2026-05-01')).toBe(0.6);
  });
});

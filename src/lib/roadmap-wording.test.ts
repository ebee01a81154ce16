import { describe, expect, test } from 'vitest';
import { roadmapTemplate } from '../schemas/roadmap.ts';
import { roadmapInWording } from './roadmap-wording.ts';

const plan = roadmapTemplate.parse({
  title: 'План наставнической пары «учитель – учитель»',
  purpose: 'Для молодого учителя.',
  level: 'pair',
  sections: [
    {
      title: 'Уроки',
      items: [
        {
          number: '1.1',
          activity: 'Посещение уроков наставника',
          deadline: { kind: 'monthOfPlan', n: 1 },
          responsible: ['Учитель-наставник'],
          format: 'Открытый урок',
          result: 'Проведён открытый урок',
        },
      ],
    },
  ],
});

describe.each([
  [
    'kindergarten',
    'План наставнической пары «педагог – педагог»',
    'Посещение занятий наставника',
    'Проведено открытое занятие',
  ],
  [
    'college',
    'План наставнической пары «педагог – педагог»',
    'Посещение занятий наставника',
    'Проведено открытое занятие',
  ],
  ['school', plan.title, 'Посещение уроков наставника', 'Проведён открытый урок'],
] as const)('%s', (kind, title, activity, result) => {
  const worded = roadmapInWording(plan, kind);
  test('reads in its words', () => {
    expect(worded.title).toBe(title);
    expect(worded.sections[0]!.items[0]).toMatchObject({ activity, result });
  });
  test('keeps numbers and deadlines', () => {
    expect(worded.sections[0]!.items[0]).toMatchObject({ number: '1.1', deadline: { kind: 'monthOfPlan', n: 1 } });
  });
});

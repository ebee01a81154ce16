import { describe, expect, it } from 'vitest';
import { builderState } from '../../schemas/roadmap-builder.ts';
import { addItemError, addSectionError, builderLimits, rolesError } from './limits.ts';
import { addItem, addSection, blankItem, updateItem, type BuilderState } from './state.ts';

const base: BuilderState = {
  version: 1,
  id: 'abc',
  template: 't',
  twoLevel: false,
  title: 'План',
  approvedBy: '',
  organisation: '',
  head: '',
  approval: { date: '', number: '' },
  start: '2026-09-01',
  end: '2027-08-31',
  people: [],
  sections: [{ id: 's1', title: 'Раздел', items: [{ ...blankItem('i2', false), responsible: ['Директор'] }] }],
  nextId: 3,
};
const roles = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `Роль ${i + from}`);

describe('a roadmap the builder saves always reads back', () => {
  it('stops adding sections at the limit, and the roadmap at the limit is still valid', () => {
    let state = base;
    while (!addSectionError(state)) state = addSection(state, 'Ещё');
    expect(state.sections).toHaveLength(builderLimits.sections);
    expect(addSectionError(state)).toBe('В дорожной карте может быть не больше 100 разделов.');
    expect(builderState.safeParse(state).success).toBe(true);
  });

  it('stops adding items to a section at the limit', () => {
    let state = base;
    while (!addItemError(state, 's1')) state = addItem(state, 's1').state;
    expect(state.sections[0]!.items).toHaveLength(builderLimits.items);
    expect(addItemError(state, 's1')).toBe('В разделе может быть не больше 500 мероприятий.');
    expect(builderState.safeParse(state).success).toBe(true);
  });

  it.each([
    ['20 executors of one item', { responsible: roles(20) }, null],
    ['21 executors of one item', { responsible: roles(21) }, 'не больше 20 исполнителей, а указано 21'],
    ['21 at school level', { responsibleSchool: roles(21) }, 'не больше 20 исполнителей'],
  ])('%s', (_name, patch, message) => {
    const error = rolesError(base, 'i2', patch);
    if (message === null) expect(error).toBeNull();
    else expect(error).toContain(message);
  });

  it('refuses a 51st distinct executor across the roadmap, counting named people of roles no longer used', () => {
    let state = base;
    for (let i = 0; i < 3; i++) state = addItem(state, 's1').state;
    const [a, b, c] = state.sections[0]!.items.slice(1).map((item) => item.id);
    state = updateItem(state, a!, { responsible: roles(20) });
    state = updateItem(state, b!, { responsible: roles(20, 20) });
    state = { ...state, people: [{ role: 'Старая роль', name: 'Иванова' }] };
    // Директор + 40 + «Старая роль» = 42; nine more make 51.
    expect(rolesError(state, c!, { responsible: roles(8, 40) })).toBeNull();
    expect(rolesError(state, c!, { responsible: roles(9, 40) })).toContain(
      'не больше 50 разных исполнителей, а получилось бы 51',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { newParticipant, type Participant } from './participants.ts';
import { pageRange, pageStartOf, participantCounts } from './participants-view.ts';

const person = (over: Partial<Participant>): Participant => ({ ...newParticipant([], 'mentee'), ...over });

describe('participantCounts', () => {
  it.each<[Participant[], ReturnType<typeof participantCounts>]>([
    [[], { mentees: 0, menteeConsents: 0, mentors: 0, mentorConsents: 0 }],
    [[person({ consent: true })], { mentees: 1, menteeConsents: 1, mentors: 0, mentorConsents: 0 }],
    [
      [
        person({ consent: false }),
        person({ role: 'mentor', consent: true }),
        person({ role: 'mentor', consent: false }),
        person({ consent: true }),
        person({ role: 'mentor', consent: true }),
      ],
      { mentees: 2, menteeConsents: 1, mentors: 3, mentorConsents: 2 },
    ],
  ])('%#', (list, expected) => expect(participantCounts(list)).toEqual(expected));
});

describe('pageStartOf', () => {
  it.each([
    [0, 0],
    [99, 0],
    [100, 100],
    [250, 200],
  ])('row %i is on the page from %i', (index, start) => expect(pageStartOf(index)).toBe(start));
  it('takes another page size', () => expect(pageStartOf(7, 5)).toBe(5));
});

describe('pageRange', () => {
  it.each([
    [0, 250, { from: 1, to: 100, total: 250 }],
    [100, 250, { from: 101, to: 200, total: 250 }],
    [200, 250, { from: 201, to: 250, total: 250 }],
    [0, 100, { from: 1, to: 100, total: 100 }],
  ])('from %i of %i', (start, total, expected) => expect(pageRange(start, total)).toEqual(expected));
});

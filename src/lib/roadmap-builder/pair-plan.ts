// A pair's plan as the builder opens it from a pair's link and as the school's package makes it for each pair.
// Apart from link.ts, which the pairs page loads at once: making a roadmap brings the builder's state code.
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import { addDays, addMonths } from '../dates.ts';
import { surnameWithInitials } from '../initials.ts';
import type { NewPlanLink } from './link.ts';
import { newRoadmap, type BuilderState } from './state.ts';

/**
 * The pair's plan a new-plan link asks for, and the one the school's package makes for each pair: the template
 * from the pair's start to the order's end (a year without one), with the order's plans-due date, and the pair's
 * names (or codes) in their roles. No step is dropped when the order's period is shorter (schedule.ts, rule 7a).
 */
export function pairPlan(template: RoadmapTemplate, link: NewPlanLink, id: string): BuilderState {
  // As a roadmap names the people responsible, like the curator beside them: «Светлова И. П.».
  const mentor = surnameWithInitials(link.mentor ?? '');
  const mentee = surnameWithInitials(link.mentee ?? '');
  const people = [
    ...(mentor ? [{ role: 'Наставник', name: mentor }] : []),
    ...(mentee
      ? [
          { role: 'Наставляемый', name: mentee },
          { role: 'Молодой педагог', name: mentee },
        ]
      : []),
  ];
  const state = newRoadmap(link.template, template, {
    start: link.start,
    end: link.end ?? addDays(addMonths(link.start, 12), -1),
    id,
    ...(link.organisation ? { organisation: link.organisation } : {}),
    people,
  });
  return link.due ? { ...state, plansDue: link.due } : state;
}

// The pairs part of the school's package: the order assigning the pairs the pairs tool matched (its details
// completed from the profile) and a plan per pair, scheduled by the order's dates (roadmap-builder/pair-plan.ts
// pairPlan), so the plans and the order agree. A plan the curator already opened and kept in the builder is the
// curator's, and goes into the package as a roadmap instead of a fresh one.
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import type { FormValues } from '../forms/values.ts';
import { restoreMatch } from '../pairs/decisions.ts';
import { orderValues, pairPlanLink, peopleOf } from '../pairs/output.ts';
import { pairsSpec, storageKey as pairsKey } from '../pairs/storage.ts';
import type { MatchResult, OrderDetails, PairsState } from '../pairs/types.ts';
import type { NewPlanLink } from '../roadmap-builder/link.ts';
import { pairPlan } from '../roadmap-builder/pair-plan.ts';
import type { BuilderState } from '../roadmap-builder/state.ts';
import { surnameWithInitials } from '../initials.ts';
import { readRecord } from '../state/record.ts';
import type { SchoolProfile } from './profile.ts';
import { builderWithProfile, pairsOrderWithProfile } from './tools.ts';
import type { WorkspaceFile } from './workspace.ts';

/** The templates of a pair's plan among the roadmap templates (level `pair`), by id: what the package needs. */
export function pairPlanTemplatesOf(entries: readonly { id: string; data: RoadmapTemplate }[]) {
  return Object.fromEntries(entries.filter((entry) => entry.data.level === 'pair').map((e) => [e.id, e.data]));
}

/** The library's form of the pairs order (src/content/forms/). */
export const pairsOrderForm = 'prikaz-o-zakreplenii-nastavnicheskih-par';

export interface PackagePairs {
  /** The order's values for its form; the package fills the rest from the profile as for any form. */
  order: { details: OrderDetails; values: FormValues };
  /** A plan per pair not already kept in the builder. */
  plans: BuilderState[];
  /** The lists changed after the matching: the package still has the pairs, and its contents list says so. */
  stale: boolean;
}

/** The pairs tool's saved lists and result, or null when there are no matched pairs to put in the package. */
function savedPairs(
  workspace: WorkspaceFile,
  date: string,
): { state: PairsState; result: MatchResult; stale: boolean } | null {
  const text = workspace.records[pairsKey];
  if (text === undefined) return null;
  const read = readRecord(text, pairsSpec(date));
  if (read.kind !== 'ok' || !read.value.matched) return null;
  const { result, stale } = restoreMatch(read.value, read.value.matched);
  if (result.pairs.length === 0) return null;
  return { state: read.value, result, stale };
}

/** Does a roadmap kept in the builder already hold this pair's plan (the same template, mentor and mentee)? */
function keptInBuilder(link: NewPlanLink, saved: readonly BuilderState[]): boolean {
  const nameOf = (state: BuilderState, roles: string[]) =>
    state.people.find((person) => roles.includes(person.role) && person.name.trim())?.name.trim();
  // The plan names the pair as «Светлова И. П.» (pair-plan.ts); a name typed in full in the builder counts too.
  const same = (name: string | undefined, linked = '') =>
    name !== undefined && surnameWithInitials(name) === surnameWithInitials(linked);
  return saved.some(
    (state) =>
      state.template === link.template &&
      same(nameOf(state, ['Наставник']), link.mentor) &&
      same(nameOf(state, ['Наставляемый', 'Молодой педагог']), link.mentee),
  );
}

export function packagePairs(
  workspace: WorkspaceFile,
  date: string,
  profile: SchoolProfile | null,
  templates: Record<string, RoadmapTemplate>,
  savedRoadmaps: readonly BuilderState[],
): PackagePairs | null {
  const saved = savedPairs(workspace, date);
  if (!saved) return null;
  const { state, result } = saved;
  const people = peopleOf(state.mentees, state.mentors, state.codesOnly);
  const details = profile ? orderWithProfile(state.order, profile) : state.order;
  const plans = result.pairs.flatMap((pair) => {
    // The package stays on this computer: the plans carry names unless the curator chose codes only.
    const link = pairPlanLink(pair, people, details, date, true);
    const template = templates[link.template];
    if (!template || keptInBuilder(link, savedRoadmaps)) return [];
    const plan = pairPlan(template, link, `para-${pair.mentor}-${pair.mentee}`);
    // The plan's approval is its own, never the implementing order's.
    return [profile ? { ...builderWithProfile(plan, profile), approval: plan.approval } : plan];
  });
  return { order: { details, values: orderValues(details, result.pairs, people) }, plans, stale: saved.stale };
}

/** The order completed from the profile, as the tool's «Взять из профиля» does; a new curator drops the old case. */
function orderWithProfile(order: OrderDetails, profile: SchoolProfile): OrderDetails {
  const next = pairsOrderWithProfile(order, profile);
  return next.curator === order.curator ? next : { ...next, curatorDative: '' };
}

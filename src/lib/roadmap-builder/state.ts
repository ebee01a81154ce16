// The builder's roadmap and every edit a curator makes to it, as pure functions from one state to the next:
// made from a template, its settings checked, its sections and items renamed, added, removed (with undo)
// and moved. The island only calls these.
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import { isIsoDate, yearOf } from '../dates.ts';
import { organisationGenitive } from '../grammar/phrase.ts';
import type { BuilderItem, BuilderSection, BuilderState, ItemDeadline } from '../../schemas/roadmap-builder.ts';
import { namedColumns } from '../roadmap-columns.ts';
import { closeUpNumbers, closeUpSections, numberForNewItem, numbersOf } from './numbering.ts';

export type { BuilderItem, BuilderSection, BuilderState, ItemDeadline };

export interface NewRoadmapOptions {
  start: string;
  end: string;
  organisation?: string;
  /** Names for roles, e.g. { role: 'Наставник', name: 'Иванова А. П.' }. */
  people?: { role: string; name: string }[];
  /** A random id; the island passes crypto.randomUUID()-based text, tests a fixed one. */
  id: string;
}

/** A new roadmap from a template: its sections and items, every role listed for a name to be typed in. */
export function newRoadmap(templateId: string, template: RoadmapTemplate, options: NewRoadmapOptions): BuilderState {
  let next = 1;
  const nextId = (prefix: string) => `${prefix}${next++}`;
  const twoLevel = template.sections.some((section) => section.items.some((item) => !Array.isArray(item.responsible)));
  const sections: BuilderSection[] = template.sections.map((section) => ({
    id: nextId('s'),
    title: section.title,
    items: section.items.map((item) => ({
      id: nextId('i'),
      ...(item.number ? { number: item.number } : {}),
      activity: item.activity,
      deadline: { kind: 'rule', rule: item.deadline },
      responsible: Array.isArray(item.responsible) ? item.responsible : item.responsible.municipal,
      ...(twoLevel ? { responsibleSchool: Array.isArray(item.responsible) ? [] : item.responsible.school } : {}),
      result: item.result ?? '',
      format: item.format ?? '',
      ...(item.cells ? { cells: item.cells } : {}),
    })),
  }));
  const state: BuilderState = {
    version: 1,
    id: options.id,
    template: templateId,
    ...(template.period ? { templatePeriod: template.period } : {}),
    twoLevel,
    title: template.title,
    approvedBy: template.approvedBy,
    approvalForm: template.approval,
    approverPosition: template.approverPosition,
    ...(template.columns ? { columns: namedColumns(template.columns) } : {}),
    organisation: options.organisation ?? '',
    head: '',
    approval: { date: '', number: '' },
    start: options.start,
    end: options.end,
    people: [],
    sections,
    nextId: next,
  };
  const roles = rolesOf(state);
  // Names for roles this template does not have (a link may carry both «Наставляемый» and «Молодой педагог») are left out.
  return { ...state, people: mergePeople(roles, options.people ?? []).filter((person) => roles.includes(person.role)) };
}

/** Every role named in the roadmap, in order of first appearance. */
export function rolesOf(state: Pick<BuilderState, 'sections'>): string[] {
  const seen = new Set<string>();
  for (const section of state.sections) {
    for (const item of section.items)
      for (const role of [...item.responsible, ...(item.responsibleSchool ?? [])]) seen.add(role.trim());
  }
  seen.delete('');
  return [...seen];
}

/** A row per role, keeping names already typed (and names of roles no longer used, so nothing is lost). */
export function mergePeople(roles: string[], people: BuilderState['people']): BuilderState['people'] {
  const named = new Map(people.map((person) => [person.role, person.name]));
  const rows = roles.map((role) => ({ role, name: named.get(role) ?? '' }));
  const extra = people.filter((person) => !roles.includes(person.role) && person.name.trim() !== '');
  return [...rows, ...extra];
}

/** «Куратор (Петрова А. А.)» where a name was typed for the role, else the role. */
export function withNames(roles: string[], people: BuilderState['people']): string {
  const named = new Map(people.map((person) => [person.role, person.name.trim()]));
  return roles.map((role) => (named.get(role) ? `${role} (${named.get(role)})` : role)).join(', ');
}

/** 1 September of `year` to 31 August of the next. */
export function schoolYearPeriod(year: number): { start: string; end: string } {
  return { start: `${year}-09-01`, end: `${year + 1}-08-31` };
}

/** The default period for a template: as many school years as the template covers, from `firstYear`. */
export function defaultPeriod(
  template: Pick<RoadmapTemplate, 'period'>,
  firstYear: number,
): { start: string; end: string } {
  const years = template.period ? Math.max(1, template.period.to - template.period.from) : 1;
  return { start: `${firstYear}-09-01`, end: `${firstYear + years}-08-31` };
}

export type SettingsErrors = Partial<Record<'organisation' | 'start' | 'end' | 'approvalDate', string>>;

const realDate = (value: string) => isIsoDate(value) && yearOf(value) >= 2000 && yearOf(value) <= 2100;

/** What stops the roadmap from being scheduled or exported, field by field, in Russian. */
export function settingsErrors(
  state: Pick<BuilderState, 'organisation' | 'start' | 'end' | 'approval'>,
): SettingsErrors {
  const errors: SettingsErrors = {};
  if (state.organisation.trim() === '')
    errors.organisation = 'Укажите название организации: оно стоит в заголовке и в файлах.';
  if (!realDate(state.start)) errors.start = 'Укажите дату начала — настоящую дату между 2000 и 2100 годами.';
  if (!realDate(state.end)) errors.end = 'Укажите дату окончания — настоящую дату между 2000 и 2100 годами.';
  if (!errors.start && !errors.end) {
    if (state.end < state.start) errors.end = 'Период заканчивается раньше, чем начинается: проверьте даты.';
    else if (Number(state.end.slice(0, 4)) - Number(state.start.slice(0, 4)) > 10)
      errors.end = 'Период длиннее десяти лет: проверьте год окончания.';
  }
  if (state.approval.date !== '' && !realDate(state.approval.date)) errors.approvalDate = 'Такой даты нет в календаре.';
  return errors;
}

// ——— Edits ———

const mapSections = (state: BuilderState, change: (section: BuilderSection) => BuilderSection): BuilderState => ({
  ...state,
  sections: state.sections.map(change),
});

export function renameSection(state: BuilderState, sectionId: string, title: string): BuilderState {
  return mapSections(state, (section) => (section.id === sectionId ? { ...section, title } : section));
}

export function addSection(state: BuilderState, title: string): BuilderState {
  const section: BuilderSection = { id: `s${state.nextId}`, title, items: [] };
  return { ...state, sections: [...state.sections, section], nextId: state.nextId + 1 };
}

export function blankItem(id: string, twoLevel: boolean): BuilderItem {
  return {
    id,
    activity: '',
    deadline: { kind: 'text', text: '' },
    responsible: [],
    ...(twoLevel ? { responsibleSchool: [] } : {}),
    result: '',
    format: '',
  };
}

/** A new empty item at the end of a section; returns the state and the new item's id. */
export function addItem(state: BuilderState, sectionId: string): { state: BuilderState; itemId: string } {
  const itemId = `i${state.nextId}`;
  const number = numberForNewItem(
    state.sections,
    state.sections.findIndex((section) => section.id === sectionId),
  );
  const item = { ...blankItem(itemId, state.twoLevel), ...(number ? { number } : {}) };
  const next = mapSections({ ...state, nextId: state.nextId + 1 }, (section) =>
    section.id === sectionId ? { ...section, items: [...section.items, item] } : section,
  );
  return { state: next, itemId };
}

export function updateItem(state: BuilderState, itemId: string, patch: Partial<Omit<BuilderItem, 'id'>>): BuilderState {
  return mapSections(state, (section) => ({
    ...section,
    items: section.items.map((item) => (item.id === itemId ? { ...item, ...patch } : item)),
  }));
}

/**
 * What a removal took away, with where it stood, so «Вернуть» puts it back; for an item, also the rows after
 * it whose numbers closed up (`renumbered`: from their old number to the new), so they get theirs back.
 */
export type Removed =
  | {
      kind: 'item';
      item: BuilderItem;
      sectionId: string;
      index: number;
      renumbered: { id: string; from: string; to: string }[];
    }
  | { kind: 'section'; section: BuilderSection; index: number; renumbered: { id: string; from: string; to: string }[] };

/** Gives each listed item the number `pick` chooses for it (the others keep theirs). */
function renumber(
  state: BuilderState,
  changes: { id: string; from: string; to: string }[],
  pick: (change: { id: string; from: string; to: string }, current: string | undefined) => string | undefined,
): BuilderState {
  if (changes.length === 0) return state;
  const byId = new Map(changes.map((change) => [change.id, change]));
  return mapSections(state, (section) => ({
    ...section,
    items: section.items.map((item) => {
      const change = byId.get(item.id);
      const number = change && pick(change, item.number);
      return number === undefined ? item : { ...item, number };
    }),
  }));
}

/** Removes an item; the numbers of the rows after it close up at once (closeUpNumbers), with no gap left. */
export function removeItem(state: BuilderState, itemId: string): { state: BuilderState; removed: Removed | null } {
  for (const [s, section] of state.sections.entries()) {
    const index = section.items.findIndex((item) => item.id === itemId);
    if (index === -1) continue;
    const renumbered = closeUpNumbers(state.sections, s, index);
    const without = mapSections(state, (other) =>
      other.id === section.id ? { ...other, items: other.items.filter((item) => item.id !== itemId) } : other,
    );
    return {
      state: renumber(without, renumbered, (change) => change.to),
      removed: { kind: 'item', item: section.items[index]!, sectionId: section.id, index, renumbered },
    };
  }
  return { state, removed: null };
}

export function removeSection(
  state: BuilderState,
  sectionId: string,
): { state: BuilderState; removed: Removed | null } {
  const index = state.sections.findIndex((section) => section.id === sectionId);
  if (index === -1) return { state, removed: null };
  const renumbered = closeUpSections(state.sections, index);
  const without = { ...state, sections: state.sections.filter((section) => section.id !== sectionId) };
  return {
    state: renumber(without, renumbered, (change) => change.to),
    removed: { kind: 'section', section: state.sections[index]!, index, renumbered },
  };
}

/** Puts a removed item or section back where it was (or at the end, if its section is gone too). */
export function restore(state: BuilderState, removed: Removed): BuilderState {
  // The rows that closed up get their old numbers back, unless the curator has numbered them since.
  const renumbered = renumber(state, removed.renumbered, (change, current) =>
    current?.trim() === change.to ? change.from : undefined,
  );
  if (removed.kind === 'section') {
    const sections = [...renumbered.sections];
    sections.splice(Math.min(removed.index, sections.length), 0, removed.section);
    return { ...renumbered, sections };
  }
  const home = state.sections.find((section) => section.id === removed.sectionId) ?? state.sections.at(-1);
  if (!home) return { ...state, sections: [{ id: removed.sectionId, title: '', items: [removed.item] }] };
  return mapSections(renumbered, (section) => {
    if (section.id !== home.id) return section;
    const items = [...section.items];
    items.splice(
      section.id === removed.sectionId ? Math.min(removed.index, items.length) : items.length,
      0,
      removed.item,
    );
    return { ...section, items };
  });
}

/** Moves a section one place up (-1) or down (+1). */
export function moveSection(state: BuilderState, sectionId: string, step: -1 | 1): BuilderState {
  const index = state.sections.findIndex((section) => section.id === sectionId);
  const target = index + step;
  if (index === -1 || target < 0 || target >= state.sections.length) return state;
  const sections = [...state.sections];
  [sections[index], sections[target]] = [sections[target]!, sections[index]!];
  return { ...state, sections };
}

/**
 * Moves an item one place up (-1) or down (+1); at the edge of its section it crosses into the neighbouring
 * section (the end of the one above, the start of the one below), so any order can be reached.
 */
export function moveItem(state: BuilderState, itemId: string, step: -1 | 1): BuilderState {
  const s = state.sections.findIndex((section) => section.items.some((item) => item.id === itemId));
  if (s === -1) return state;
  const sections = state.sections.map((section) => ({ ...section, items: [...section.items] }));
  const items = sections[s]!.items;
  const i = items.findIndex((item) => item.id === itemId);
  const target = i + step;
  if (target >= 0 && target < items.length) {
    // A number belongs to the place, not the row: moved below 1.2, item 1.1 becomes 1.2 and the other 1.1.
    const [a, b] = [items[i]!, items[target]!];
    items[i] = withNumber(b, a.number);
    items[target] = withNumber(a, b.number);
    return { ...state, sections };
  }
  const neighbour = sections[s + step];
  if (!neighbour) return state;
  const [item] = items.splice(i, 1);
  // Into another section it takes the number a row added there would (after 2.3, 2.4); counted roadmaps count.
  const number = numberForNewItem(sections, s + step);
  if (step === -1) neighbour.items.push(withNumber(item!, number || undefined));
  else neighbour.items.unshift(withNumber(item!, number || undefined));
  return { ...state, sections };
}

function withNumber(item: BuilderItem, number: string | undefined): BuilderItem {
  const { number: _old, ...rest } = item;
  return number === undefined ? rest : { ...rest, number };
}

/** Each item's number as the template has it («2.3», «а»), or 1, 2, 3… through the roadmap where it has none. */
export function itemNumbers(state: Pick<BuilderState, 'sections'>): Map<string, string> {
  return numbersOf(state.sections);
}

/** The organisation in the genitive: the user's correction, or the one made by declining its head noun. */
export function organisationOf(state: Pick<BuilderState, 'organisation' | 'organisationGenitive'>): string {
  return state.organisationGenitive?.trim() || organisationGenitive(state.organisation);
}

/** «приказом директора Муниципального бюджетного … учреждения "…"»: the line under «УТВЕРЖДЕНА». */
export function approvalAuthority(
  state: Pick<BuilderState, 'approvedBy' | 'organisation' | 'organisationGenitive'>,
): string {
  return [state.approvedBy.trim(), organisationOf(state)].filter(Boolean).join(' ');
}

/** A new name for the organisation: a genitive corrected for the old name no longer fits. */
export function renameOrganisation(state: BuilderState, organisation: string): BuilderState {
  const { organisationGenitive: _old, ...rest } = state;
  return { ...rest, organisation };
}

// How much one roadmap holds, and the checks the builder makes where things are added, so that a roadmap it saved
// always reads back (the schema refuses more). Zod-free, so the island can use it (issue #17).
import type { BuilderItem, BuilderState } from '../../schemas/roadmap-builder.ts';

export const builderLimits = { sections: 100, items: 500, roles: 20, people: 50 } as const;

/** Null when a section can be added; otherwise why not. */
export function addSectionError(state: Pick<BuilderState, 'sections'>): string | null {
  return state.sections.length >= builderLimits.sections
    ? `В дорожной карте может быть не больше ${builderLimits.sections} разделов.`
    : null;
}

/** Null when an item can be added to the section; otherwise why not. */
export function addItemError(state: Pick<BuilderState, 'sections'>, sectionId: string): string | null {
  const section = state.sections.find((s) => s.id === sectionId);
  return section && section.items.length >= builderLimits.items
    ? `В разделе может быть не больше ${builderLimits.items} мероприятий.`
    : null;
}

/** Null when the item's executors can be set so; otherwise why not (the field then keeps what it had). */
export function rolesError(
  state: Pick<BuilderState, 'sections' | 'people'>,
  itemId: string,
  patch: Pick<Partial<BuilderItem>, 'responsible' | 'responsibleSchool'>,
): string | null {
  for (const list of [patch.responsible, patch.responsibleSchool]) {
    if (list && list.length > builderLimits.roles)
      return (
        `У мероприятия может быть не больше ${builderLimits.roles} исполнителей, а указано ${list.length}. ` +
        'Изменение не сохранено.'
      );
  }
  const roles = new Set<string>();
  for (const section of state.sections) {
    for (const item of section.items) {
      const next = item.id === itemId ? { ...item, ...patch } : item;
      for (const role of [...next.responsible, ...(next.responsibleSchool ?? [])])
        if (role.trim()) roles.add(role.trim());
    }
  }
  for (const person of state.people) if (person.name.trim()) roles.add(person.role);
  return roles.size > builderLimits.people
    ? `В дорожной карте может быть не больше ${builderLimits.people} разных исполнителей, ` +
        `а получилось бы ${roles.size}. Изменение не сохранено: назовите исполнителей общими ролями.`
    : null;
}

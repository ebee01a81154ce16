// The columns of the two lists as the tables show them: field, heading, width and the suggestions list.
import { limits } from '../../lib/limits.ts';
import type { MenteeRow, MentorRow } from '../../lib/pairs/types.ts';
import type { PairsLabels } from './labels.ts';
import type { Column } from './PeopleTable.tsx';

export const menteeColumns = (labels: PairsLabels): Column<MenteeRow>[] => [
  { field: 'code', label: labels['col.code'], size: 8, max: limits.code },
  { field: 'name', label: labels['col.name'], size: 22, max: limits.personName },
  { field: 'school', label: labels['col.school'], size: 12, max: limits.organisation },
  { field: 'category', label: labels['col.category'], size: 14, list: 'pairs-categories', max: limits.position },
  { field: 'form', label: labels['col.form'], size: 14, list: 'pairs-forms', max: limits.position },
  { field: 'topics', label: labels['col.needs'], size: 28, max: limits.topics },
];

export const mentorColumns = (labels: PairsLabels): Column<MentorRow>[] => [
  { field: 'code', label: labels['col.code'], size: 8, max: limits.code },
  { field: 'name', label: labels['col.name'], size: 22, max: limits.personName },
  { field: 'position', label: labels['col.position'], size: 14, max: limits.position },
  { field: 'school', label: labels['col.school'], size: 12, max: limits.organisation },
  { field: 'forms', label: labels['col.forms'], size: 14, list: 'pairs-forms', max: limits.topics },
  { field: 'topics', label: labels['col.canHelp'], size: 28, max: limits.topics },
  { field: 'capacity', label: labels['col.capacity'], size: 3, max: limits.capacity },
];

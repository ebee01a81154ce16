// The columns of the two lists as the tables show them: field, heading, width and the suggestions list.
import type { MenteeRow, MentorRow } from '../../lib/pairs/types.ts';
import type { PairsLabels } from './labels.ts';
import type { Column } from './PeopleTable.tsx';

export const menteeColumns = (labels: PairsLabels): Column<MenteeRow>[] => [
  { field: 'code', label: labels['col.code'], size: 8 },
  { field: 'name', label: labels['col.name'], size: 22 },
  { field: 'school', label: labels['col.school'], size: 12 },
  { field: 'category', label: labels['col.category'], size: 14, list: 'pairs-categories' },
  { field: 'form', label: labels['col.form'], size: 14, list: 'pairs-forms' },
  { field: 'topics', label: labels['col.needs'], size: 28 },
];

export const mentorColumns = (labels: PairsLabels): Column<MentorRow>[] => [
  { field: 'code', label: labels['col.code'], size: 8 },
  { field: 'name', label: labels['col.name'], size: 22 },
  { field: 'position', label: labels['col.position'], size: 14 },
  { field: 'school', label: labels['col.school'], size: 12 },
  { field: 'forms', label: labels['col.forms'], size: 14, list: 'pairs-forms' },
  { field: 'topics', label: labels['col.canHelp'], size: 28 },
  { field: 'capacity', label: labels['col.capacity'], size: 3 },
];

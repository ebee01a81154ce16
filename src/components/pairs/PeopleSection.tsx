// One list of the tool: its heading with the count, the import bar and the editable table.
import { fill } from '../../lib/island-labels.ts';
import { codeMaker, emptyMentee, emptyMentor } from '../../lib/pairs/people.ts';
import type { InputIssue, MenteeRow, MentorRow } from '../../lib/pairs/types.ts';
import { menteeColumns, mentorColumns } from './columns.ts';
import { ImportBar } from './ImportBar.tsx';
import type { PairsLabels } from './labels.ts';
import { PeopleTable } from './PeopleTable.tsx';

type Rows<L> = (L extends 'mentees' ? MenteeRow : MentorRow)[];

interface Props<L extends 'mentees' | 'mentors'> {
  list: L;
  rows: Rows<L>;
  issues: InputIssue[];
  labels: PairsLabels;
  base: string;
  onRows: (change: (rows: Rows<L>) => Rows<L>) => void;
}

export function PeopleSection<L extends 'mentees' | 'mentors'>({ list, rows, issues, labels, base, onRows }: Props<L>) {
  const mentees = list === 'mentees';
  const heading = `pairs-${list}-heading`;
  const newRow = (existing: Rows<L>) => {
    const code = codeMaker(
      list,
      existing.map((m) => m.code),
    )();
    return (mentees ? emptyMentee(code) : emptyMentor(code)) as Rows<L>[number];
  };
  return (
    <section aria-labelledby={heading}>
      <h3 id={heading}>{fill(mentees ? labels.mentees : labels.mentors, { n: rows.length })}</h3>
      <ImportBar
        list={list}
        rows={rows}
        labels={labels}
        base={base}
        onAdd={(added) => onRows((old) => [...old, ...added] as Rows<L>)}
      />
      <PeopleTable
        id={list}
        caption={mentees ? labels.menteesCaption : labels.mentorsCaption}
        rows={rows as (MenteeRow | MentorRow)[]}
        columns={(mentees ? menteeColumns(labels) : mentorColumns(labels)) as never}
        issues={issues}
        labels={labels}
        onChange={(changed) => onRows(() => changed as Rows<L>)}
        onAdd={() => onRows((old) => [...old, newRow(old)] as Rows<L>)}
      />
    </section>
  );
}

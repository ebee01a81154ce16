// What went wrong, file by file: refused files and rows, and answers counted with a remark.
import { groupNotes, sourceLabel } from '../../lib/monitoring/pipeline.ts';
import type { Note } from '../../lib/monitoring/responses.ts';
import type { MonitoringLabels } from './labels.ts';

export function Notes({ notes, labels }: { notes: Note[]; labels: MonitoringLabels }) {
  if (notes.length === 0) return null;
  const groups = groupNotes(notes);
  return (
    <section aria-labelledby="mon-notes" class="mon-notes">
      <h3 id="mon-notes">{labels.notesHeading}</h3>
      <ul>
        {groups.map((g, i) => (
          <li key={i} class={g.level === 'error' ? 'mon-error' : 'mon-warning'}>
            <strong>{g.level === 'error' ? labels.noteError : labels.noteWarning}</strong> — {sourceLabel(g.sources)}:{' '}
            {g.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

// What went wrong, file by file: refused files and rows, and answers counted with a remark. A long list (every
// one of 5,000 files refused) is shown a page at a time, so the page draws what is on screen first.
import { useMemo, useState } from 'preact/hooks';
import { groupNotes, sourceLabel } from '../../lib/monitoring/pipeline.ts';
import type { Note } from '../../lib/monitoring/responses.ts';
import { fill } from '../../lib/island-labels.ts';
import type { MonitoringLabels } from './labels.ts';

const pageSize = 100;

export function Notes({ notes, labels }: { notes: Note[]; labels: MonitoringLabels }) {
  const groups = useMemo(() => groupNotes(notes), [notes]);
  const [shown, setShown] = useState(pageSize);
  if (groups.length === 0) return null;
  const more = Math.min(pageSize, groups.length - shown);
  return (
    <section aria-labelledby="mon-notes" class="mon-notes">
      <h3 id="mon-notes">{labels.notesHeading}</h3>
      <ul>
        {groups.slice(0, shown).map((g, i) => (
          <li key={i} class={g.level === 'error' ? 'mon-error' : 'mon-warning'}>
            <strong>{g.level === 'error' ? labels.noteError : labels.noteWarning}</strong> — {sourceLabel(g.sources)}:{' '}
            {g.text}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button type="button" onClick={() => setShown((n) => n + pageSize)}>
          {fill(labels.notesMore, { count: more, total: groups.length - shown })}
        </button>
      )}
    </section>
  );
}

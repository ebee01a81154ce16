// The mentors of the loaded schools with a consent tick each (and the length of service the registry needs), and
// the export of the registries in the district folder's format; js-yaml, slugify and fflate load with the click.
import { useState } from 'preact/hooks';
import { localToday } from '../../lib/dates.ts';
import { fill } from '../../lib/island-labels.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { saveFile } from '../../lib/save-file.ts';
import type { ClusterResult } from '../../lib/district-picture/clusters.ts';
import { mentorKey, type Consents } from '../../lib/district-picture/consent.ts';
import { consentedCount, schoolConsented, toggled, withConsent } from '../../lib/district-picture/page-view.ts';
import type { DistrictSchool, SchoolSummary } from '../../lib/district-picture/types.ts';
import type { PictureLabels } from './labels.ts';
import { Pager, usePaged } from '../shared/Pager.tsx';

interface Props {
  labels: PictureLabels;
  schools: SchoolSummary[];
  consents: Consents;
  onConsents: (consents: Consents) => void;
  district: DistrictSchool[];
  clusters: ClusterResult[];
}

export function Registry({ labels, schools, consents, onConsents, district, clusters }: Props) {
  return (
    <section aria-labelledby="dp-registry-heading">
      <h3 id="dp-registry-heading">{labels.registryHeading}</h3>
      <p class="dp-hint">{labels.consentHint}</p>
      <SchoolsMentors labels={labels} schools={schools} consents={consents} onConsents={onConsents} />
      <p>{fill(labels.consentedCount, { n: consentedCount(consents) })}</p>
      <RegistryExport labels={labels} schools={schools} consents={consents} district={district} clusters={clusters} />
    </section>
  );
}

type MentorsProps = Pick<Props, 'labels' | 'schools' | 'consents' | 'onConsents'>;

/** A school's mentors are drawn when its list is opened: 3,000 ticks at once would hold the page for seconds. */
function SchoolsMentors({ labels, schools, consents, onConsents }: MentorsProps) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const withMentors = usePaged(schools.filter((s) => s.mentors.length > 0));
  const toggle = (key: string, opened: boolean) => setOpen((o) => toggled(o, key, opened));
  return (
    <>
      {withMentors.shown.map((s) => (
        <details key={s.key} onToggle={(e) => toggle(s.key, e.currentTarget.open)}>
          <summary>
            {fill(labels.schoolMentors, { name: s.name, n: s.mentors.length, yes: schoolConsented(s, consents) })}
          </summary>
          {open.has(s.key) && <MentorList labels={labels} school={s} consents={consents} onConsents={onConsents} />}
        </details>
      ))}
      <Pager {...withMentors.pager} name={labels.pageRegistry} labels={labels} class="dp-pager" />
    </>
  );
}

function MentorList({
  labels,
  school,
  consents,
  onConsents,
}: Omit<MentorsProps, 'schools'> & { school: SchoolSummary }) {
  const change = (key: string, next: Partial<Consents[string]>) => onConsents(withConsent(consents, key, next));
  return (
    <ul class="dp-mentors">
      {school.mentors.map((m) => {
        const key = mentorKey(school, m.name);
        const c = consents[key];
        return (
          <li key={key}>
            <label>
              <input
                type="checkbox"
                checked={c?.consent ?? false}
                onChange={(e) => change(key, { consent: e.currentTarget.checked })}
              />
              {m.name}
              {m.position ? `, ${m.position}` : ''} — {m.topics.join('; ') || labels.noTopics}
            </label>
            {c?.consent && (
              <label class="dp-years">
                {labels.yearsLabel}
                <input
                  type="text"
                  inputMode="numeric"
                  size={3}
                  value={c.years}
                  onInput={(e) => change(key, { years: e.currentTarget.value.trim() })}
                />
              </label>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The registries' .zip in the district folder's format, with what the export left out. */
function RegistryExport({ labels, schools, consents, district, clusters }: Omit<Props, 'onConsents'>) {
  const [notes, setNotes] = useState<string[] | null>(null);
  const [failure, setFailure] = useState('');
  const exportZip = async () => {
    setFailure('');
    try {
      const { registries, registriesZip } = await loadModule(() => import('../../lib/district-picture/registries.ts'));
      const data = registries(district, schools, clusters, consents);
      const today = localToday();
      saveFile(
        new Blob([(await registriesZip(data, today.split('-').reverse().join('.'))) as BlobPart]),
        `reestry-rayona-${today}.zip`,
      );
      setNotes(data.notes);
    } catch (error) {
      setFailure(failureText(error, labels.exportFailed));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void exportZip()}>
        {labels.registryButton}
      </button>
      <p class="dp-hint">{labels.registryHint}</p>
      {notes && notes.length > 0 && (
        <div class="dp-messages" role="status">
          <h4>{labels.registryNotes}</h4>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <p class="dp-error" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}

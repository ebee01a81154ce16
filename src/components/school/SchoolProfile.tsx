// «Моя школа»: the profile island. It keeps the profile in this browser (store.ts), checks it as the
// curator types and shows where the tools and documents take it from.
import { useMemo } from 'preact/hooks';
import { profileErrors, schoolYearLabel, type SchoolProfile as Profile } from '../../lib/school/profile.ts';
import { fill } from '../../lib/island-labels.ts';
import type { SchoolLabels } from './labels.ts';
import { ProfileForm } from './ProfileForm.tsx';
import { StateNotices } from '../shared/StateNotices.tsx';
import { useSchoolProfile } from './store.ts';
import { Participants } from './Participants.tsx';
import { SchoolPackage } from './SchoolPackage.tsx';
import { Workspace } from './Workspace.tsx';

interface Props {
  labels: SchoolLabels;
  buildToday: string;
}

export default function SchoolProfile({ labels, buildToday }: Props) {
  const persist = useSchoolProfile(buildToday);
  const { state: profile, setState: setProfile, ready } = persist;
  const errors = useMemo(() => profileErrors(profile), [profile]);
  const errorCount = Object.keys(errors).length;
  const change = (edit: (draft: Profile) => void) =>
    setProfile((current) => {
      const draft = structuredClone(current);
      edit(draft);
      return draft;
    });
  const year = schoolYearLabel(profile);
  return (
    <>
      <form data-tool="school" class="school" aria-busy={!ready} onSubmit={(event) => event.preventDefault()}>
        <StateNotices persist={persist} fileName="profil-shkoly" />
        <p role="status" class="school-status">
          {ready ? labels.saved : labels.loading}
        </p>
        {errorCount > 0 && (
          <p role="alert" class="school-error">
            {fill(labels.errorsSummary, { count: errorCount })}
          </p>
        )}
        <fieldset disabled={!ready} class="school-all">
          <legend class="sr-only">{labels.profileLegend}</legend>
          <ProfileForm profile={profile} errors={errors} labels={labels} onChange={change} />
        </fieldset>
        {year && <p class="school-hint">{fill(labels.schoolYearNow, { year })}</p>}
      </form>
      <Participants labels={labels} />
      <SchoolPackage labels={labels} ready={ready} />
      <Workspace labels={labels} ready={ready} />
    </>
  );
}

// Where the profile lives between visits: the browser's storage, through the site's one hook (read first, then
// written on every change; a damaged save is kept aside; another tab's change is followed or asked about).
import { useMemo } from 'preact/hooks';
import { localToday, schoolYearOf } from '../../lib/dates.ts';
import { emptyProfile, profileSpec, profileStorageKey, type SchoolProfile } from '../../lib/school/profile.ts';
import { usePersistentState } from '../shared/usePersistentState.ts';

export function useSchoolProfile(buildToday: string) {
  const spec = useMemo(() => profileSpec(schoolYearOf(buildToday)), [buildToday]);
  return usePersistentState<SchoolProfile>({
    spec,
    initial: emptyProfile(schoolYearOf(buildToday)),
    blank: () => emptyProfile(schoolYearOf(localToday())),
    key: () => profileStorageKey,
  });
}

// Where the profile lives between visits: this browser's storage, under one key. Read first, then written
// on every change; an unreadable save is kept aside, never overwritten.
import { useEffect, useState } from 'preact/hooks';
import { emptyProfile, readProfile, type SchoolProfile } from '../../lib/school/profile.ts';
import { schoolYearOf } from '../../lib/kpi/school-year.ts';

export const profileKey = 'nastavnik:school-profile';

export function useSchoolProfile(buildToday: string) {
  const [profile, setProfile] = useState<SchoolProfile>(() => emptyProfile(schoolYearOf(buildToday)));
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    try {
      const text = localStorage.getItem(profileKey);
      if (text !== null) {
        const read = readProfile(JSON.parse(text), schoolYearOf(buildToday));
        if (read) setProfile(read);
      }
    } catch {
      setMessage('Сохранённый профиль не удалось прочитать.');
    }
    setReady(true);
  }, []);
  useEffect(() => {
    if (!ready) return;
    try {
      localStorage.setItem(profileKey, JSON.stringify(profile));
    } catch {
      setMessage('Не удалось сохранить профиль в этом браузере.');
    }
  }, [profile, ready]);
  return { profile, setProfile, ready, message };
}

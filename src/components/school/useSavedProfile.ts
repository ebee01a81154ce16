// The school profile as another tool reads it: once the page runs, and again whenever «Моя школа» changes it
// in another tab. Read only: the profile is written on its own page. Null while there is none (or it is damaged:
// its page says so and keeps the damaged copy).
import { useEffect, useState } from 'preact/hooks';
import { localToday, schoolYearOf } from '../../lib/dates.ts';
import { participantsSpec, participantsStorageKey, type Participant } from '../../lib/school/participants.ts';
import { profileSpec, profileStorageKey, type SchoolProfile } from '../../lib/school/profile.ts';
import { readRecord } from '../../lib/state/record.ts';
import { browserStorage } from '../shared/usePersistentState.ts';

export function savedProfile(): SchoolProfile | null {
  const text = browserStorage()?.getItem(profileStorageKey) ?? null;
  if (text === null) return null;
  const read = readRecord(text, profileSpec(schoolYearOf(localToday())));
  return read.kind === 'ok' ? read.value : null;
}

/** The participants list of «Моя школа» as saved in this browser; empty when there is none or it is damaged. */
export function savedParticipants(): Participant[] {
  const text = browserStorage()?.getItem(participantsStorageKey) ?? null;
  if (text === null) return [];
  const read = readRecord(text, participantsSpec);
  return read.kind === 'ok' ? read.value : [];
}

export function useSavedProfile(): SchoolProfile | null {
  const [profile, setProfile] = useState<SchoolProfile | null>(null);
  useEffect(() => {
    setProfile(savedProfile());
    const changed = (event: StorageEvent) => {
      if (event.key === profileStorageKey || event.key === null) setProfile(savedProfile());
    };
    window.addEventListener('storage', changed);
    return () => window.removeEventListener('storage', changed);
  }, []);
  return profile;
}

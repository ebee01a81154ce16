// «Взять участников из «Моя школа»»: the pairs tool's button that adds the school's participants its lists lack.
// Shown only when a participants list is saved in this browser; the list's code and the mapping load on the click.
import { useEffect, useState } from 'preact/hooks';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { browserStorage } from '../shared/usePersistentState.ts';

/** The participants' storage key, written out here so the button ships without the participants module. */
const participantsKey = 'nastavnik:participants';

interface Props {
  label: string;
  /** Adds the participants and returns what to say. */
  onApply: () => Promise<string>;
}

export function FromParticipants({ label, onApply }: Props) {
  const [present, setPresent] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const look = () => setPresent((browserStorage()?.getItem(participantsKey) ?? null) !== null);
    look();
    window.addEventListener('storage', look);
    return () => window.removeEventListener('storage', look);
  }, []);
  if (!present) return null;
  const apply = async () => {
    try {
      setStatus(await onApply());
    } catch (error) {
      setStatus(failureText(error, '{message}'));
    }
  };
  return (
    <div class="from-profile">
      <button type="button" onClick={() => void apply()}>
        {label}
      </button>
      <p role="status" class="from-profile-status">
        {status}
      </p>
    </div>
  );
}

/** The school's participants and its name, as the pairs tool takes them (loaded on the click). */
export async function participantsForPairs() {
  const [{ savedParticipants, savedProfile }, { pairsListsWithParticipants }] = await loadModule(() =>
    Promise.all([import('./useSavedProfile.ts'), import('../../lib/school/tools.ts')]),
  );
  const profile = savedProfile();
  const school = profile?.organisation.shortName.trim() || profile?.organisation.fullName.trim() || '';
  return { participants: savedParticipants(), school, pairsListsWithParticipants };
}

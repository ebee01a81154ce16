// «Взять из профиля «Моя школа»»: a tool's button that puts the profile's facts into its own fields. Shown only
// when a profile is saved in this browser. The profile's code and the tool's mapping load on the click, so the
// tool's page ships no more JavaScript for it than this button.
import { useEffect, useState } from 'preact/hooks';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import type { SchoolProfile } from '../../lib/school/profile.ts';
import { profileStorageKey } from '../../lib/school/storage-key.ts';
import { browserStorage } from '../shared/usePersistentState.ts';

interface Props {
  labels: { apply: string; done: string };
  /** Puts the profile into the tool (it may load its mapping first); a returned text replaces `labels.done`. */
  onApply: (profile: SchoolProfile) => Promise<string | undefined> | string | undefined;
}

const unreadable = 'Профиль «Моя школа» в этом браузере не читается: откройте его страницу — там сказано, что с ним.';

export function FromProfile({ labels, onApply }: Props) {
  const [present, setPresent] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const look = () => setPresent((browserStorage()?.getItem(profileStorageKey) ?? null) !== null);
    look();
    window.addEventListener('storage', look);
    return () => window.removeEventListener('storage', look);
  }, []);
  if (!present) return null;
  const apply = async () => {
    try {
      const { savedProfile } = await loadModule(() => import('./useSavedProfile.ts'));
      const profile = savedProfile();
      if (!profile) return setStatus(unreadable);
      setStatus((await onApply(profile)) ?? labels.done);
    } catch (error) {
      setStatus(failureText(error, '{message}'));
    }
  };
  return (
    <div class="from-profile">
      <button type="button" onClick={() => void apply()}>
        {labels.apply}
      </button>
      <p role="status" class="from-profile-status">
        {status}
      </p>
    </div>
  );
}

// A tool's button that takes something «Моя школа» keeps (the profile, the participants): shown only while the
// browser holds it under `storageKey`, followed when another tab adds or removes it; what it says comes from
// `onApply`, which loads the code it needs on the click.
import { useEffect, useState } from 'preact/hooks';
import { failureText } from '../../lib/lazy-module.ts';
import { browserStorage } from '../shared/usePersistentState.ts';

interface Props {
  storageKey: string;
  label: string;
  /** Does the work and returns what to say. */
  onApply: () => Promise<string>;
}

export function FromSaved({ storageKey, label, onApply }: Props) {
  const [present, setPresent] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const look = () => setPresent((browserStorage()?.getItem(storageKey) ?? null) !== null);
    look();
    window.addEventListener('storage', look);
    return () => window.removeEventListener('storage', look);
  }, [storageKey]);
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

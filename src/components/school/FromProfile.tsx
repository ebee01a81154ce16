// «Взять из профиля «Моя школа»»: a tool's button that puts the profile's facts into its own fields. Shown only
// when a profile is saved in this browser; what it changed is said in a status line.
import { useState } from 'preact/hooks';
import type { SchoolProfile } from '../../lib/school/profile.ts';
import { useSavedProfile } from './useSavedProfile.ts';

interface Props {
  labels: { apply: string; done: string };
  onApply: (profile: SchoolProfile) => void;
}

export function FromProfile({ labels, onApply }: Props) {
  const profile = useSavedProfile();
  const [done, setDone] = useState(false);
  if (!profile) return null;
  return (
    <div class="from-profile">
      <button
        type="button"
        onClick={() => {
          onApply(profile);
          setDone(true);
        }}
      >
        {labels.apply}
      </button>
      <p role="status" class="from-profile-status">
        {done ? labels.done : ''}
      </p>
    </div>
  );
}

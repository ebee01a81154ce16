// «Взять из профиля «Моя школа»»: a tool's button that puts the profile's facts into its own fields. Shown only
// when a profile is saved in this browser. The profile's code and the tool's mapping load on the click, so the
// tool's page ships no more JavaScript for it than this button.
import { loadModule } from '../../lib/lazy-module.ts';
import type { SchoolProfile } from '../../lib/school/profile.ts';
import { profileStorageKey } from '../../lib/school/storage-key.ts';
import { FromSaved } from './FromSaved.tsx';

interface Props {
  labels: { apply: string; done: string };
  /** Puts the profile into the tool (it may load its mapping first); a returned text replaces `labels.done`. */
  onApply: (profile: SchoolProfile) => Promise<string | undefined> | string | undefined;
}

const unreadable = 'Профиль «Моя школа» в этом браузере не читается: откройте его страницу — там сказано, что с ним.';

export function FromProfile({ labels, onApply }: Props) {
  const apply = async () => {
    const { savedProfile } = await loadModule(() => import('./useSavedProfile.ts'));
    const profile = savedProfile();
    return profile ? ((await onApply(profile)) ?? labels.done) : unreadable;
  };
  return <FromSaved storageKey={profileStorageKey} label={labels.apply} onApply={apply} />;
}

// The school's participants as the pairs tool takes them («Взять участников из «Моя школа»»): the list, the
// school's name and the mapping, loaded on the click so the pairs page ships only the button (FromSaved).
import { loadModule } from '../../lib/lazy-module.ts';

/** The participants' storage key, written out here so the button ships without the participants module. */
export const participantsKey = 'nastavnik:participants';

export async function participantsForPairs() {
  const [{ savedParticipants, savedProfile }, { pairsListsWithParticipants }] = await loadModule(() =>
    Promise.all([import('./useSavedProfile.ts'), import('../../lib/school/tools.ts')]),
  );
  const profile = savedProfile();
  const school = profile?.organisation.shortName.trim() || profile?.organisation.fullName.trim() || '';
  return { participants: savedParticipants(), school, pairsListsWithParticipants };
}

// Where the pairs tool keeps its state between visits: the browser's storage only (names never go into the
// address), through the site's one hook. Settings shared as a link replace the settings only.
import { useState } from 'preact/hooks';
import { localToday } from '../../lib/dates.ts';
import { initialState, pairsSpec, settingsFromHash, storageKey } from '../../lib/pairs/storage.ts';
import type { PairsState } from '../../lib/pairs/types.ts';
import { usePersistentState } from '../shared/usePersistentState.ts';

/** What the page says about the lists it opened with; damaged or unreadable saves are told by StateNotices. */
export type Notice = 'empty' | 'restored';

export function usePairsState(buildToday: string) {
  const [notice, setNotice] = useState<Notice>('empty');
  const [edited, setEdited] = useState(false);
  const [settingsFromLink, setSettingsFromLink] = useState(false);
  const persist = usePersistentState<PairsState>({
    spec: pairsSpec(buildToday),
    initial: initialState(buildToday),
    blank: () => initialState(localToday()),
    key: () => storageKey,
    open: (opened) => {
      const state = opened.kind === 'restored' ? opened.value : initialState(localToday());
      setNotice(opened.kind === 'restored' ? 'restored' : 'empty');
      // Settings shared as a link replace the settings only; the lists stay those of this browser.
      const shared = settingsFromHash(location.hash, localToday());
      if (!shared) return { state };
      setSettingsFromLink(true);
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      return { state: { ...state, settings: shared }, save: true };
    },
  });

  const update = (change: (s: PairsState) => PairsState) => {
    setEdited(true);
    persist.setState(change);
  };
  return {
    state: persist.state,
    update,
    notice,
    ready: persist.ready,
    saved: persist.saved,
    edited,
    settingsFromLink,
    persist,
  };
}

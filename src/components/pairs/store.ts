// Where the pairs tool keeps its state between visits: local storage only (names never go into the address).
// What was saved is restored on the first render in the browser; every change after that is saved at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import { localToday } from '../../lib/dates.ts';
import { initialState, restoreState, settingsFromHash, storageKey, storedText, type Restored } from '../../lib/pairs/storage.ts';
import type { PairsState } from '../../lib/pairs/types.ts';

export type Notice = Restored['notice'];

export function usePairsState(buildToday: string) {
  const [state, setState] = useState<PairsState>(() => initialState(buildToday));
  const [notice, setNotice] = useState<Notice>('empty');
  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [edited, setEdited] = useState(false);
  const [settingsFromLink, setSettingsFromLink] = useState(false);
  // Nothing is written until the person changes something, so a damaged copy is not overwritten unseen.
  const changed = useRef(false);

  useEffect(() => {
    const restored = restoreState(() => localStorage.getItem(storageKey), localToday());
    setState(restored.state);
    setNotice(restored.notice);
    // Settings shared as a link replace the settings only; the lists stay those of this browser.
    const shared = settingsFromHash(location.hash, localToday());
    if (shared) {
      changed.current = true;
      setState((s) => ({ ...s, settings: shared }));
      setSettingsFromLink(true);
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready || !changed.current) return;
    try {
      localStorage.setItem(storageKey, storedText(state, new Date().toISOString()));
      setSaved(true);
    } catch {
      setSaved(false);
    }
  }, [state, ready]);

  const update = (change: (s: PairsState) => PairsState) => {
    changed.current = true;
    setEdited(true);
    setState(change);
  };
  return { state, update, notice, ready, saved, edited, settingsFromLink };
}

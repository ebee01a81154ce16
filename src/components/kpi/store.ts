// Where the calculator's inputs live between visits: the page address (#kpi=…, so a link reproduces the
// result; the hash never reaches a server) and local storage. The address wins over storage; anything
// unreadable falls back to the worked example with a notice.
import { useEffect, useState } from 'preact/hooks';
import { localToday } from '../../lib/dates.ts';
import { decodeState, encodeState, exampleState } from '../../lib/kpi/url-state.ts';
import type { KpiState } from '../../lib/kpi/types.ts';

export const storageKey = 'nastavnik:kpi';
const hashKey = 'kpi=';

export type Notice = 'example' | 'restored' | 'link' | 'corrupt';

function readStorage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function initial(): { state: KpiState; notice: Notice } {
  const hash = location.hash.slice(1);
  if (hash.startsWith(hashKey)) {
    const fromLink = decodeState(hash.slice(hashKey.length));
    return fromLink ? { state: fromLink, notice: 'link' } : { state: exampleState(localToday()), notice: 'corrupt' };
  }
  const stored = readStorage();
  if (stored !== null) {
    const restored = decodeState(stored);
    return restored ? { state: restored, notice: 'restored' } : { state: exampleState(localToday()), notice: 'corrupt' };
  }
  return { state: exampleState(localToday()), notice: 'example' };
}

/** Server render and first client render use the build's example; the browser's inputs follow at once. */
export function useKpiState(buildToday: string) {
  const [state, setState] = useState<KpiState>(() => exampleState(buildToday));
  const [notice, setNotice] = useState<Notice>('example');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const first = initial();
    setState(first.state);
    setNotice(first.notice);
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const encoded = encodeState(state);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${hashKey}${encoded}`);
    try {
      localStorage.setItem(storageKey, encoded);
    } catch {
      // Storage full or forbidden: the address still holds everything.
    }
  }, [state, ready]);

  const reset = () => {
    setState(exampleState(localToday()));
    setNotice('example');
  };
  return { state, setState, notice, ready, reset };
}

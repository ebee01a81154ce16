// Where the calculator's inputs live between visits: the page address (#kpi=…, so a link reproduces the
// result; the hash never reaches a server) and the browser's storage through the site's one hook. The address
// wins over storage; a link that does not read falls back to the worked example with a notice.
import { useEffect, useState } from 'preact/hooks';
import { localToday } from '../../lib/dates.ts';
import { kpiSpec, storageKey } from '../../lib/kpi/storage.ts';
import { decodeState, encodeState, exampleState } from '../../lib/kpi/url-state.ts';
import type { KpiState } from '../../lib/kpi/types.ts';
import { usePersistentState } from '../shared/usePersistentState.ts';

const hashKey = 'kpi=';

export type Notice = 'example' | 'restored' | 'link' | 'corrupt';

/** Server render and first client render use the build's example; the browser's inputs follow at once. */
export function useKpiState(buildToday: string) {
  const [notice, setNotice] = useState<Notice>('example');
  const persist = usePersistentState<KpiState>({
    spec: kpiSpec,
    initial: exampleState(buildToday),
    blank: () => exampleState(localToday()),
    key: () => storageKey,
    open: (opened) => {
      const hash = location.hash.slice(1);
      if (hash.startsWith(hashKey)) {
        const fromLink = decodeState(hash.slice(hashKey.length));
        setNotice(fromLink ? 'link' : 'corrupt');
        // A link's inputs are saved at once; a broken link leaves what this browser saved untouched.
        return fromLink ? { state: fromLink, save: true } : { state: exampleState(localToday()) };
      }
      setNotice(opened.kind === 'restored' ? 'restored' : 'example');
      return { state: opened.kind === 'restored' ? opened.value : exampleState(localToday()) };
    },
  });
  const { state, ready } = persist;

  useEffect(() => {
    if (!ready) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${hashKey}${encodeState(state)}`);
  }, [state, ready]);

  const reset = () => {
    persist.setState(exampleState(localToday()));
    setNotice('example');
  };
  return { state, setState: persist.setState, notice, ready, reset, persist };
}

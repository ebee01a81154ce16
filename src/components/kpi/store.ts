// Where the calculator's inputs live between visits: the page address (#kpi=…, so a link reproduces the
// result; the hash never reaches a server) and the browser's storage through the site's one hook. Which one
// opens is decided by the pure openKpi (src/lib/kpi/opening.ts).
import { useEffect, useState } from 'preact/hooks';
import { localToday } from '../../lib/dates.ts';
import { kpiSpec, storageKey } from '../../lib/kpi/storage.ts';
import { kpiHashKey, openKpi, type KpiNotice } from '../../lib/kpi/opening.ts';
import { encodeState, exampleState } from '../../lib/kpi/url-state.ts';
import type { KpiState } from '../../lib/kpi/types.ts';
import { usePersistentState } from '../shared/usePersistentState.ts';

export type Notice = KpiNotice;

/** Server render and first client render use the build's example; the browser's inputs follow at once. */
export function useKpiState(buildToday: string) {
  const [notice, setNotice] = useState<Notice>('example');
  const persist = usePersistentState<KpiState>({
    spec: kpiSpec,
    initial: exampleState(buildToday),
    blank: () => exampleState(localToday()),
    key: () => storageKey,
    open: (opened) => {
      const opening = openKpi(location.hash.slice(1), opened.kind === 'restored' ? opened.value : null, localToday());
      setNotice(opening.notice);
      return { state: opening.state, save: opening.save };
    },
  });
  const { state, ready } = persist;

  useEffect(() => {
    if (!ready) return;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}#${kpiHashKey}${encodeState(state)}`,
    );
  }, [state, ready]);

  const reset = () => {
    persist.setState(exampleState(localToday()));
    setNotice('example');
  };
  return { state, setState: persist.setState, notice, ready, reset, persist };
}

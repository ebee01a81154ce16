// The picture's tandems, matched in its worker whenever the schools, their groups or the capacity change: matching
// 300 schools on the page held it for a tenth of a second or more. null while the tandems are being matched.
import { useEffect, useState } from 'preact/hooks';
import type { ClusterResult } from '../../lib/district-picture/clusters.ts';
import { pictureTask } from '../../lib/district-picture/picture-task.ts';
import type { TandemResult } from '../../lib/district-picture/tandems.ts';
import type { SchoolSummary } from '../../lib/district-picture/types.ts';
import { TaskCancelled } from '../../lib/worker/task.ts';

export interface Tandems {
  result: TandemResult | null;
  /** Neither the worker nor the page could match them (a part of the page did not load). */
  failed: boolean;
}

const none: TandemResult = { tandems: [], unmatched: [] };

export function useTandems(schools: SchoolSummary[], clusters: ClusterResult[], capacity: number | null): Tandems {
  const [tandems, setTandems] = useState<Tandems>({ result: null, failed: false });
  useEffect(() => {
    // Without a ШНОР school there is nothing to match (the matching would give no tandem and no school left out).
    if (capacity === null || !clusters.some((c) => c.cluster === 'ШНОР')) {
      setTandems({ result: none, failed: false });
      return;
    }
    setTandems({ result: null, failed: false });
    const task = pictureTask({ kind: 'tandems', schools, clusters, capacity });
    task.result.then(
      (result) => setTandems({ result, failed: false }),
      (error: unknown) => {
        if (!(error instanceof TaskCancelled)) setTandems({ result: none, failed: true });
      },
    );
    return () => task.cancel();
  }, [schools, clusters, capacity]);
  return tandems;
}

// The picture's figures from the schools read and the settings: the KPI table, the clusters by the district's
// rules (none while the rules are wrong), the tandems matched in the worker and the schools the district lacks.
import { useMemo } from 'preact/hooks';
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import { districtTable } from '../../lib/district-picture/aggregate.ts';
import { clusterSchools, ruleErrors } from '../../lib/district-picture/clusters.ts';
import { unknownSchools } from '../../lib/district-picture/names.ts';
import { capacityOf } from '../../lib/district-picture/page-view.ts';
import type { PictureState } from '../../lib/district-picture/storage.ts';
import type { DistrictSchool } from '../../lib/district-picture/types.ts';
import { useTandems } from './useTandems.ts';

export function usePictureFigures(state: PictureState, indicators: KpiIndicator[], district: DistrictSchool[]) {
  const table = useMemo(
    () =>
      districtTable(state.schools, indicators, {
        firstYear: state.firstYear,
        lastYear: state.lastYear,
        year: state.year,
        trajectories: state.trajectories,
      }),
    [state.schools, state.firstYear, state.lastYear, state.year, state.trajectories, indicators],
  );
  const errors = ruleErrors(state.rules, indicators);
  const clusters = useMemo(
    () => (errors.length ? [] : clusterSchools(table.rows, state.rules)),
    [table, state.rules, errors.length],
  );
  const capacity = capacityOf(state.capacity);
  const tandems = useTandems(state.schools, clusters, capacity);
  const missing = useMemo(() => unknownSchools(state.schools, district), [state.schools, district]);
  return { table, errors, clusters, capacity, tandems, missing };
}

export type PictureFigures = ReturnType<typeof usePictureFigures>;

// The picture once schools are read: the KPI table, the clusters, the tandems, the registry and the exports, in
// the page's order, each given the part of the state it shows and changes.
import type { Form } from '../../schemas/form.ts';
import { fill } from '../../lib/island-labels.ts';
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import type { PictureState } from '../../lib/district-picture/storage.ts';
import type { DistrictSchool } from '../../lib/district-picture/types.ts';
import { Clusters } from './Clusters.tsx';
import { Exports } from './Exports.tsx';
import { KpiTable } from './KpiTable.tsx';
import type { PictureLabels } from './labels.ts';
import { Registry } from './Registry.tsx';
import { Tandems } from './Tandems.tsx';
import type { PictureFigures } from './usePictureFigures.ts';

interface Props {
  labels: PictureLabels;
  state: PictureState;
  set: (change: Partial<PictureState>) => void;
  figures: PictureFigures;
  indicators: KpiIndicator[];
  district: DistrictSchool[];
  districtName: string;
  agreementForm: Form;
}

export function Figures({ labels, state, set, figures, indicators, district, ...props }: Props) {
  const { table, errors, clusters, capacity, tandems } = figures;
  const { schools, rules } = state;
  return (
    <>
      <KpiTable labels={labels} table={table} indicators={indicators} />
      <Clusters {...{ labels, indicators, rules, errors, clusters }} onRules={(next) => set({ rules: next })} />
      <Tandems
        labels={labels}
        result={tandems.result}
        failed={tandems.failed}
        capacity={state.capacity}
        capacityOk={capacity !== null}
        onCapacity={(value) => set({ capacity: value })}
        agreementForm={props.agreementForm}
        schools={schools}
      />
      <Registry
        {...{ labels, schools, district, clusters }}
        consents={state.consents}
        onConsents={(consents) => set({ consents })}
      />
      <Exports
        {...{ labels, schools, table, indicators, clusters, rules }}
        districtName={props.districtName}
        tandems={tandems.result}
      />
      <p class="dp-hint">{fill(labels.keptHint, { n: schools.length })}</p>
    </>
  );
}

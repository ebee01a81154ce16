// The district's picture: the schools' files in, then the KPI table with actuals, the clusters by the district's
// rules, the network tandems and the exports. Logic lives in src/lib/district-picture; this island only renders.
import { useMemo } from 'preact/hooks';
import type { Form } from '../../schemas/form.ts';
import { localToday } from '../../lib/dates.ts';
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { emptyPicture, pictureSpec, storageKey, type PictureState } from '../../lib/district-picture/storage.ts';
import type { DistrictSchool } from '../../lib/district-picture/types.ts';
import { StateNotices } from '../shared/StateNotices.tsx';
import { usePersistentState } from '../shared/usePersistentState.ts';
import { Figures } from './Figures.tsx';
import { Files } from './Files.tsx';
import type { PictureLabels } from './labels.ts';
import { PeriodFields, useCalculatorTargets } from './PeriodFields.tsx';
import { usePictureFigures } from './usePictureFigures.ts';
import { usePictureReading } from './usePictureReading.ts';

interface Props {
  indicators: KpiIndicator[];
  district: DistrictSchool[];
  districtName: string;
  forms: MonitoredForm[];
  agreementForm: Form;
  labels: PictureLabels;
  buildToday: string;
}

export default function DistrictPicture(props: Props) {
  const { indicators, district, labels, buildToday } = props;
  const byId = useMemo(() => Object.fromEntries(props.forms.map((f) => [f.id, f])), [props.forms]);
  const persist = usePersistentState<PictureState>({
    spec: pictureSpec(buildToday),
    initial: emptyPicture(buildToday),
    key: () => storageKey,
  });
  const { state, ready } = persist;
  const set = (change: Partial<PictureState>) => persist.setState((s) => ({ ...s, ...change }));
  const figures = usePictureFigures(state, indicators, district);
  const today = ready ? localToday() : buildToday;
  const files = usePictureReading({ state, set, forms: byId, district, today, progressLabel: labels.progress });
  const targets = useCalculatorTargets(labels, set);

  return (
    <div class="dp" data-tool data-hydrated={ready ? 'true' : undefined} role="region" aria-label={labels.region}>
      {!ready && <p>{labels.loading}</p>}
      <StateNotices persist={persist} fileName="svodka-po-shkolam" />
      <Files
        {...files}
        labels={labels}
        ready={ready}
        schools={state.schools}
        messages={state.messages}
        missing={figures.missing.map((s) => s.name)}
        onClear={() => set({ schools: [], messages: [] })}
      />
      {state.schools.length > 0 && (
        <>
          <PeriodFields labels={labels} state={state} set={set} targets={targets} />
          <Figures
            {...{ labels, state, set, figures, indicators, district }}
            districtName={props.districtName}
            agreementForm={props.agreementForm}
          />
        </>
      )}
    </div>
  );
}

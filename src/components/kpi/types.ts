// What every part of the calculator receives from the island that holds the state.
import type { KpiIndicator, KpiResult, KpiState } from '../../lib/kpi/types.ts';
import type { KpiLabels } from './labels.ts';

export interface PartProps {
  state: KpiState;
  update: (change: (state: KpiState) => KpiState) => void;
  result: KpiResult;
  indicators: KpiIndicator[];
  labels: KpiLabels;
}

/** The id of a field's input: the maths names fields, the page prefixes them. */
export const inputId = (field: string) => `kpi-${field}`;

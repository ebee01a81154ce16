// Survey tables waiting for their column mapping: the teacher checks which column answers which question, then
// the rows join the page's answers (only the new rows cross to the worker) or the table is dropped.
import { useState } from 'preact/hooks';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { mappingToRemember, readSurveyRows, suggestMapping } from '../../lib/monitoring/survey.ts';
import { rememberedMapping, rememberMapping } from './files.ts';
import type { PendingSurvey } from './SurveyMapping.tsx';
import type { MonitoringEngine } from './useMonitoringEngine.ts';
import type { MonitoringState } from './useMonitoringState.ts';

export interface PendingSurveys {
  surveys: PendingSurvey[];
  add: (surveys: PendingSurvey[]) => void;
  update: (next: PendingSurvey) => void;
  /** Another questionnaire for the table: its columns are matched anew and the stage asked again. */
  changeForm: (id: number, formId: string) => void;
  apply: (survey: PendingSurvey) => void;
  drop: (id: number) => void;
  clear: () => void;
}

export function usePendingSurveys(
  byId: Record<string, MonitoredForm>,
  { latest, change }: MonitoringState,
  engine: MonitoringEngine,
): PendingSurveys {
  const [surveys, setSurveys] = useState<PendingSurvey[]>([]);
  const drop = (id: number) => setSurveys((s) => s.filter((x) => x.id !== id));
  const apply = (survey: PendingSurvey) => {
    const form = byId[survey.formId]!;
    rememberMapping(form.id, mappingToRemember(survey.header, survey.mapping));
    const batch = readSurveyRows(form, survey.fileName, survey.rows, survey.mapping, survey.stage || undefined);
    const { settings: now, batches: before } = latest.current;
    const next = [...before, batch];
    // Only the new rows cross to the worker when it holds the page's answers already.
    if (engine.started() && engine.held.current?.batches === before) {
      engine.held.current = { batches: next, settings: now };
      engine.client().add([batch], now).then(engine.setView, engine.failed);
    }
    change('batches', () => next);
    drop(survey.id);
  };
  const changeForm = (id: number, formId: string) =>
    setSurveys((s) =>
      s.map((x) =>
        x.id === id
          ? { ...x, formId, stage: '', mapping: suggestMapping(byId[formId]!, x.header, rememberedMapping(formId)) }
          : x,
      ),
    );
  return {
    surveys,
    add: (more) => setSurveys((s) => [...s, ...more]),
    update: (next) => setSurveys((s) => s.map((x) => (x.id === next.id ? next : x))),
    changeForm,
    apply,
    drop,
    clear: () => setSurveys([]),
  };
}

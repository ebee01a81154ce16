// The survey tables waiting for their column mapping, one SurveyMapping each, in the order they were chosen.
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import type { MonitoringLabels } from './labels.ts';
import { SurveyMapping } from './SurveyMapping.tsx';
import type { PendingSurveys } from './usePendingSurveys.ts';

interface Props {
  surveys: PendingSurveys;
  forms: MonitoredForm[];
  labels: MonitoringLabels;
}

export function SurveyList({ surveys, forms, labels }: Props) {
  return (
    <>
      {surveys.surveys.map((survey) => (
        <SurveyMapping
          key={survey.id}
          survey={survey}
          forms={forms}
          labels={labels}
          onChange={surveys.update}
          onFormChange={(formId) => surveys.changeForm(survey.id, formId)}
          onApply={() => surveys.apply(survey)}
          onCancel={() => surveys.drop(survey.id)}
        />
      ))}
    </>
  );
}

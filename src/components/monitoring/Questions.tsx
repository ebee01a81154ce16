// Every counted question of every questionnaire: how many answered, the mean of a scale, and how the
// answers spread over the scale points or options.
import type { MonitoringResult } from '../../lib/monitoring/analyse.ts';
import { fill } from '../../lib/island-labels.ts';
import { formatNumber, type MonitoringLabels } from './labels.ts';

export function Questions({ result, labels }: { result: MonitoringResult; labels: MonitoringLabels }) {
  return (
    <section aria-labelledby="mon-questions">
      <h3 id="mon-questions">{labels.questionsHeading}</h3>
      {result.overall.forms.map((f) => (
        <div class="mon-scroll" tabIndex={0} role="region" aria-label={f.title} key={f.formId}>
          <table class="mon-table" data-form={f.formId}>
            <caption>
              {f.title} ({fill(labels.responsesOf, { count: f.responses })})
            </caption>
            <thead>
              <tr>
                <th scope="col">{labels.colQuestion}</th>
                <th scope="col">{labels.colAnswered}</th>
                <th scope="col">{labels.colMean}</th>
                <th scope="col">{labels.colDistribution}</th>
              </tr>
            </thead>
            <tbody>
              {f.questions.map((q) => (
                <tr key={q.fieldId} data-field={q.fieldId}>
                  <th scope="row">{q.label}</th>
                  <td class="mon-num">{q.answered}</td>
                  <td class="mon-num">{formatNumber(q.mean)}</td>
                  <td>{q.buckets.map((b) => `${b.value} — ${b.count}`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

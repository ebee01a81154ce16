// The real questionnaires from src/content/forms, loaded for tests and the benchmark the way the site
// loads them (YAML checked by the form schema).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { form as formSchema } from '../../schemas/form.ts';
import { monitoredForm, monitoringSpecs, type MonitoredForm } from './questionnaires.ts';

export function loadMonitoredForms(): Record<string, MonitoredForm> {
  const forms: Record<string, MonitoredForm> = {};
  for (const id of Object.keys(monitoringSpecs)) {
    const path = fileURLToPath(new URL(`../../content/forms/${id}.yaml`, import.meta.url));
    const form = monitoredForm(id, formSchema.parse(yaml.load(readFileSync(path, 'utf8'))));
    if (form) forms[id] = form;
  }
  return forms;
}

// What «Моя школа» needs to put the school's package together, fetched on the click that asks for it: every
// form of the library (typeset on the server, as the form pages have them), the KPI indicators, the work
// calendar the roadmaps are scheduled by and the templates of a pair's plan. A static file,
// so the package is made in the browser and the school's data never leaves it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { typesetForm } from '../../lib/forms/typeset-form.ts';
import { kpiIndicators } from '../../lib/kpi/indicators.ts';
import type { PackageSources } from '../../lib/school/package.ts';
import { pairPlanTemplatesOf } from '../../lib/school/package-pairs.ts';

export const GET: APIRoute = async () => {
  const forms = await getCollection('forms');
  const sources: PackageSources = {
    forms: forms.map((entry) => ({ id: entry.id, form: typesetForm(entry.data) })),
    indicators: kpiIndicators((await getCollection('indicators')).map((entry) => entry.data)),
    holidays: (await getCollection('holidays')).map((entry) => entry.data),
    pairPlans: pairPlanTemplatesOf(await getCollection('roadmaps')),
  };
  return new Response(JSON.stringify(sources), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

// /municipalitet/meropriyatiya.ics: the district's events for a calendar app, made at build from events.yaml.
import type { APIRoute } from 'astro';
import { loadDistrict } from '../../lib/district/collection.ts';
import { eventsToIcs } from '../../lib/district/ics.ts';
import { withBase } from '../../lib/base-path.ts';

export const GET: APIRoute = async ({ site }) => {
  const { profile, events } = await loadDistrict();
  const pageUrl = site
    ? new URL(withBase('/municipalitet/meropriyatiya/', import.meta.env.BASE_URL), site).href
    : undefined;
  const body = eventsToIcs(events, {
    name: `${profile?.name ?? 'Муниципалитет'}: наставничество`,
    host: site?.host ?? 'localhost',
    // The build's moment: calendars compare it to decide whether an event changed.
    stamp: `${new Date().toISOString().slice(0, 19)}Z`,
    ...(pageUrl ? { pageUrl } : {}),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

// /municipalitet/nastavniki.json: the district's mentors without contacts, for the pairs tool and any
// other tool that matches mentors and mentees in the browser. Format `nastavnik-mentors`, version 1.
import type { APIRoute } from 'astro';
import { loadDistrict } from '../../lib/district/collection.ts';
import { publicMentors } from '../../lib/district/public-mentors.ts';

export const GET: APIRoute = async () => {
  const { profile, mentors, schools } = await loadDistrict();
  return new Response(JSON.stringify(publicMentors(profile?.name ?? '', mentors, schools)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

// A fictional school's profile for tests and benchmarks: one place, so every test reads the same school.
import { emptyProfile, type SchoolProfile } from './profile.ts';

export function exampleProfile(): SchoolProfile {
  const p = emptyProfile(2026);
  p.organisation.fullName = 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»';
  p.organisation.fullNameGenitive = 'Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»';
  p.organisation.shortName = 'МБОУ «СШ № 5»';
  p.organisation.town = 'г. Светлогорск';
  p.director.name = 'Орлова Мария Викторовна';
  p.curator = { name: 'Кузнецова Ольга Николаевна', position: 'заместитель директора по УВР' };
  p.order = { date: '2026-08-31', number: '45-о' };
  return p;
}

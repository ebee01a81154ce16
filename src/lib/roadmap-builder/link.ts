// A link that opens the roadmap builder with a new plan already set up: used by other tools (the pairs tool
// links each pair to its personal plan). Everything is in the hash, so names never reach a server; but a link
// stays in the browser's history and in chats, so by default it carries roles and codes, not names.
import { isIsoDate } from '../dates.ts';
import type { BuilderState } from './state.ts';

export const builderPath = '/instrumenty/konstruktor-dorozhnoy-karty/';

/** The two plans of a pair that the builder makes from the pair's start date. */
export const pairPlanTemplates = {
  /** The individual plan of work with a young teacher, month by month (seed 000, appendix 4). */
  youngTeacher: 'individualnyj-plan-molodogo-pedagoga',
  /** The five meetings of a pair (docs/domain.md, «Bases and stages»). */
  meetings: 'vstrechi-nastavnicheskoj-pary',
} as const;

export interface NewPlanLink {
  /** Template id from src/content/roadmaps/. */
  template: string;
  /** ISO date the plan starts. */
  start: string;
  /** ISO date the plan ends: the pairs order's «Окончание»; a year from the start without it. */
  end?: string;
  /** ISO date: the pairs order's «планы составить до …». */
  due?: string;
  organisation?: string;
  mentor?: string;
  mentee?: string;
}

const keys = ['template', 'start', 'end', 'due', 'organisation', 'mentor', 'mentee'] as const;

/** `#new=<template>&start=…&mentor=…`: append to the builder's path (with the site's base). */
export function newPlanHash(link: NewPlanLink): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = link[key];
    if (value) params.set(key === 'template' ? 'new' : key, value);
  }
  return `#${params.toString()}`;
}

/** The link back, or null when the hash is not a new-plan link. */
export function parseNewPlanHash(hash: string): NewPlanLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const template = params.get('new');
  const start = params.get('start');
  if (!template || !start || !isIsoDate(start)) return null;
  const link: NewPlanLink = { template, start };
  // A date the link spoils (an end before the start, a day that does not exist) is left out: the plan keeps a year.
  const end = params.get('end');
  if (end && isIsoDate(end) && end >= start) link.end = end;
  const due = params.get('due');
  if (due && isIsoDate(due)) link.due = due;
  for (const key of ['organisation', 'mentor', 'mentee'] as const) {
    const value = params.get(key);
    if (value) link[key] = value;
  }
  return link;
}

/**
 * The roadmap as its share link carries it. Without `names` (the default) the organisation, its head and the
 * name of everyone in a role are left out; the roles, the period and every item stay. The file keeps names.
 */
export function shareableRoadmap(state: BuilderState, names: boolean): BuilderState {
  if (names) return state;
  return { ...state, organisation: '', head: '', people: state.people.map((person) => ({ ...person, name: '' })) };
}

// The registry's filter: by topic, organisation and form, across the whole district. The pages of the
// registry are split at build so none grows too heavy; the filter loads the district's mentors once, as
// JSON without contacts, when the reader first uses it, and links each match to its card.
import { useEffect, useState } from 'preact/hooks';
import {
  filterFromSearch,
  filterToSearch,
  isEmptyFilter,
  matches,
  pageOf,
  registryPagePath,
  type MentorFilter as Filter,
} from '../../lib/district/registry.ts';
import type { PublicMentor, PublicMentorsFile } from '../../lib/district/public-mentors.ts';
import { fill } from '../../lib/island-labels.ts';
import type { DistrictLabels } from './labels.ts';

interface Option {
  value: string;
  label: string;
}

export interface MentorFilterProps {
  topics: Option[];
  schools: Option[];
  forms: Option[];
  /** The JSON of the district's mentors, with the site's base. */
  jsonUrl: string;
  /** The registry's first page, with the site's base. */
  registryRoot: string;
  perPage: number;
  /** Id of the element holding the static registry, hidden while a filter is on. */
  registryId: string;
  labels: DistrictLabels;
}

let cache: Promise<PublicMentor[]> | undefined;
const loadMentors = (url: string) =>
  (cache ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<PublicMentorsFile>;
    })
    .then((file) => file.mentors)
    .catch((error) => {
      cache = undefined;
      throw error;
    }));

type Status = 'idle' | 'loading' | 'ready' | 'failed';

export default function MentorFilter(props: MentorFilterProps) {
  const { labels } = props;
  const [filter, setFilter] = useState<Filter>({});
  const [mentors, setMentors] = useState<PublicMentor[] | null>(null);
  const [status, setStatus] = useState<Status>('idle');

  // The address gives the first filter; a choice made before the island woke up wins over it.
  useEffect(() => {
    const chosen: Filter = {};
    for (const key of ['topic', 'school', 'form'] as const) {
      const value = (document.getElementById(`district-filter-${key}`) as HTMLSelectElement | null)?.value;
      if (value) chosen[key] = value;
    }
    setFilter(isEmptyFilter(chosen) ? filterFromSearch(location.search) : chosen);
  }, []);

  useEffect(() => {
    const active = !isEmptyFilter(filter);
    const registry = document.getElementById(props.registryId);
    if (registry) registry.hidden = active;
    history.replaceState(history.state, '', `${location.pathname}${filterToSearch(filter)}${location.hash}`);
    if (!active || mentors) return;
    setStatus('loading');
    loadMentors(props.jsonUrl).then(
      (list) => {
        setMentors(list);
        setStatus('ready');
      },
      () => setStatus('failed'),
    );
  }, [filter]);

  const set = (key: keyof Filter) => (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    setFilter((current) => ({ ...current, [key]: value || undefined }));
  };

  const select = (key: keyof Filter, label: string, options: Option[]) => (
    <div class="district-filter__field">
      <label for={`district-filter-${key}`}>{label}</label>
      <select id={`district-filter-${key}`} value={filter[key] ?? ''} onChange={set(key)}>
        <option value="">{labels.any}</option>
        {options.map((option) => (
          <option value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );

  const active = !isEmptyFilter(filter);
  const found =
    active && mentors
      ? mentors.map((mentor, index) => ({ mentor, index })).filter(({ mentor }) => matches(mentor, filter))
      : [];

  return (
    <section class="district-filter" aria-labelledby="district-filter-heading">
      <h2 id="district-filter-heading">{labels.filterHeading}</h2>
      <p>{labels.filterHint}</p>
      <div class="district-filter__fields">
        {select('topic', labels.topic, props.topics)}
        {select('school', labels.school, props.schools)}
        {select('form', labels.form, props.forms)}
        <button type="button" class="district-filter__reset" disabled={!active} onClick={() => setFilter({})}>
          {labels.reset}
        </button>
      </div>
      <p class="district-filter__status" role="status">
        {!active
          ? ''
          : status === 'loading'
            ? labels.loading
            : status === 'failed'
              ? labels.loadFailed
              : found.length === 0
                ? labels.none
                : fill(labels.found, { count: found.length })}
      </p>
      {found.length > 0 && (
        <ul class="district-cards">
          {found.map(({ mentor, index }) => (
            <li class="mentor-card" key={mentor.id}>
              <h3>{mentor.name}</h3>
              <p class="mentor-card__position">
                {mentor.position}, {mentor.school.shortName}
              </p>
              <dl>
                <dt>{labels.canHelp}</dt>
                <dd>
                  <ul class="district-tags">
                    {mentor.canHelpWith.map((topic) => (
                      <li>{topic}</li>
                    ))}
                  </ul>
                </dd>
              </dl>
              <p>
                <a href={`${registryPagePath(props.registryRoot, pageOf(index, props.perPage))}#${mentor.id}`}>
                  {fill(labels.card, { name: mentor.name })}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

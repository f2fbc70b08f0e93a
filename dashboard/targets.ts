import type { ProvinceDashboardQuery } from '../sdk/index.js';
import { h } from './dom.js';
import { figure, observedWhen, STATUS_LABELS, years } from './format.js';

type Target = NonNullable<ProvinceDashboardQuery['province']>['targets']['nodes'][number];
type Observed = NonNullable<Target['progress']['latest']>;

// TargetProgress.ratio is observed over required, 1 or more being good; on track from 0.95.
const ON_TRACK = 0.95;

/** How much of the required rate or pace was observed, capped at 100%, with the on-track mark. */
function progressBar({ indicator, unit, progress: { ratio, status } }: Target) {
  const label = `Progress of ${indicator.nameEn}`;
  if (ratio == null) {
    return h('div', { class: 'bar bar-empty', role: 'progressbar', 'aria-label': label, 'aria-valuetext': `${STATUS_LABELS[status]}: no ratio` });
  }
  const percent = Math.round(Math.min(Math.max(ratio, 0), 1) * 100);
  const required = unit.endsWith('_PER_YEAR') ? 'rate' : 'pace';
  return h(
    'div',
    {
      class: 'bar',
      role: 'progressbar',
      'aria-label': label,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': percent,
      'aria-valuetext': `${Math.round(ratio * 100)}% of the required ${required}; on track from ${ON_TRACK * 100}%`,
    },
    h('span', { class: 'bar-fill', style: `width: ${percent}%` }),
    h('span', { class: 'bar-mark', style: `left: ${ON_TRACK * 100}%`, title: `On track from ${ON_TRACK * 100}%` }),
  );
}

const observed = (term: string, observation: Observed | null) =>
  observation && [h('dt', {}, term), h('dd', {}, figure(observation), ' ', h('span', { class: 'muted' }, `(${observedWhen(observation)})`))];

function citations({ citations }: Target) {
  if (citations.length === 0) return h('p', { class: 'muted' }, 'No citation recorded.');
  return citations.map(({ quote, locator, source }) =>
    h(
      'figure',
      { class: 'citation' },
      quote && h('blockquote', { lang: source.language }, `“${quote}”`),
      h(
        'figcaption',
        {},
        'Source: ',
        source.url ? h('a', { href: source.url, rel: 'noopener noreferrer' }, source.title) : h('cite', {}, source.title),
        locator && `, ${locator}`,
      ),
    ),
  );
}

function targetCard(target: Target) {
  const { progress } = target;
  return h(
    'li',
    { class: 'card target', 'data-target': target.id, 'data-status': progress.status },
    h('h3', {}, target.indicator.nameEn, ' ', h('span', { class: `badge status-${progress.status}` }, STATUS_LABELS[progress.status])),
    h('p', { class: 'goal' }, h('strong', {}, figure(target)), ` · ${years(target.period)} · ${target.decision.number ?? target.decision.titleEn}`),
    h('p', { class: 'muted' }, target.statementEn),
    progressBar(target),
    h(
      'dl',
      { class: 'figures' },
      observed('Baseline', progress.baseline),
      observed('Latest', progress.latest),
      progress.ratio != null && [h('dt', {}, 'Ratio'), h('dd', {}, String(progress.ratio))],
    ),
    h('details', {}, h('summary', {}, 'How this was judged'), h('p', {}, progress.method)),
    citations(target),
  );
}

export function targetsSection({ targets: { nodes, totalCount } }: NonNullable<ProvinceDashboardQuery['province']>) {
  return h(
    'section',
    { 'aria-labelledby': 'targets-heading' },
    h('h2', { id: 'targets-heading' }, 'Targets and their progress'),
    h(
      'p',
      { class: 'muted' },
      `Each bar is the observed share of the rate or pace the target requires; the mark at ${ON_TRACK * 100}% is where on track begins.`,
    ),
    nodes.length === 0 ? h('p', { class: 'muted' }, 'No targets are recorded for this province.') : h('ul', { class: 'cards' }, nodes.map(targetCard)),
    totalCount > nodes.length && h('p', { class: 'muted' }, `Showing ${nodes.length} of ${totalCount} targets.`),
  );
}

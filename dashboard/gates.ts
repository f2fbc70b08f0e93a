import type { ProvinceDashboardQuery } from '../sdk/index.js';
import { h } from './dom.js';
import { GATE_TYPE_LABELS, years } from './format.js';

type Gate = NonNullable<ProvinceDashboardQuery['province']>['gates']['nodes'][number];
type Step = Gate['typeHistory'][number];

/** A step's date: the day it took effect, a plan's years, or that the sources give no date. */
function when({ since, planned, period }: Step): string {
  if (since) return planned ? `planned for ${since}` : `since ${since}`;
  if (planned) return period ? `planned, ${years(period)}` : 'planned, undated';
  return 'date not stated';
}

function gateCard(gate: Gate) {
  return h(
    'li',
    { class: 'card gate', 'data-gate': gate.slug },
    h('h3', {}, gate.name, ' ', h('span', { class: 'badge' }, GATE_TYPE_LABELS[gate.type])),
    gate.counterpart && h('p', { class: 'muted' }, `Paired with ${gate.counterpart} (China)`),
    gate.typeHistory.length === 0
      ? h('p', { class: 'muted' }, 'No type history recorded.')
      : h(
          'ol',
          { class: 'timeline', 'aria-label': `Type of ${gate.name} over time, oldest first` },
          gate.typeHistory.map((step) =>
            h(
              'li',
              { class: step.planned ? 'step planned' : 'step', 'data-planned': step.planned },
              h('span', { class: 'step-type' }, GATE_TYPE_LABELS[step.type]),
              step.planned && h('span', { class: 'badge status-NOT_DUE' }, 'Planned'),
              h('span', { class: 'step-when' }, when(step)),
              step.label && h('span', { class: 'step-label', lang: /^[\x20-\x7e]*$/.test(step.label) ? 'en' : 'vi' }, `“${step.label}”`),
            ),
          ),
        ),
  );
}

export function gatesSection({ gates: { nodes } }: NonNullable<ProvinceDashboardQuery['province']>) {
  return h(
    'section',
    { 'aria-labelledby': 'gates-heading' },
    h('h2', { id: 'gates-heading' }, 'Border gates: their type over time'),
    nodes.length === 0 ? h('p', { class: 'muted' }, 'No border gates are recorded for this province.') : h('ul', { class: 'cards' }, nodes.map(gateCard)),
  );
}

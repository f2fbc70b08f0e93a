import type { ProvinceDashboardQuery } from '../sdk/index.js';
import { h } from './dom.js';

type Term = NonNullable<ProvinceDashboardQuery['province']>['officeHolders'][number];

function until(term: Term): string {
  if (term.to) return term.to;
  return term.endUnknown ? 'in office (no end known)' : 'in office';
}

export function officesSection({ officeHolders }: NonNullable<ProvinceDashboardQuery['province']>) {
  return h(
    'section',
    { 'aria-labelledby': 'offices-heading' },
    h('h2', { id: 'offices-heading' }, 'Office holders today'),
    officeHolders.length === 0
      ? h('p', { class: 'muted' }, 'No office holders are recorded for this province.')
      : h(
          'table',
          { class: 'offices' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Office', 'Person', 'From', 'To'].map((name) => h('th', { scope: 'col' }, name)),
            ),
          ),
          h(
            'tbody',
            {},
            officeHolders.map((term) =>
              h(
                'tr',
                { 'data-term': term.id },
                h('th', { scope: 'row' }, term.officeEn, term.acting && ' (acting)', h('span', { class: 'muted', lang: 'vi' }, term.office)),
                h('td', {}, term.person.name),
                h(
                  'td',
                  {},
                  term.from ?? 'not stated',
                  term.uncertainty && h('details', {}, h('summary', {}, 'About these dates'), h('p', {}, term.uncertainty)),
                ),
                h('td', {}, until(term)),
              ),
            ),
          ),
        ),
  );
}

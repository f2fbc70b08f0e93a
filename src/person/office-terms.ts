import type { Row } from '../data/row.js';
import type { OfficeTerm } from './office-term.entity.js';

/**
 * The terms held on `date`. A term counts from its first day; it ends on its last day, or, when
 * the sources give no end (`to` null), the day its office's next holder in the same province
 * starts. A term without a known start cannot be placed in time and is left out (Person.terms
 * still shows it).
 */
export function heldOn(terms: readonly Row<OfficeTerm>[], date: string): Row<OfficeTerm>[] {
  const started = terms.filter((t) => t.from != null && t.from <= date);
  return started.filter((term) => {
    if (term.to != null) return date <= term.to;
    const successor = started.some((other) => other !== term && other.kind === term.kind && other.from! > term.from!);
    return !successor;
  });
}

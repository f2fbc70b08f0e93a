import './dashboard.css';
import { DashboardProvincesDocument, type DashboardProvincesQuery, ProvinceDashboardDocument } from '../sdk/index.js';
import { query } from './api.js';
import { h } from './dom.js';
import { gatesSection } from './gates.js';
import { officesSection } from './offices.js';
import { targetsSection } from './targets.js';

type Province = DashboardProvincesQuery['provinces']['nodes'][number];

const picker = document.querySelector<HTMLSelectElement>('#province')!;
const status = document.querySelector<HTMLElement>('#status')!;
const view = document.querySelector<HTMLElement>('#province-view')!;

function say(message: string, failed = false): void {
  status.textContent = message;
  status.classList.toggle('error', failed);
}

/** "Cao Bằng (04) · 5 targets, 2 off track", or "· merged" for a province that no longer is one. */
function option({ code, name, status, targets }: Province) {
  const offTrack = targets.nodes.filter((t) => t.progress.status === 'OFF_TRACK').length;
  const summary = status === 'MERGED' ? ' · merged' : targets.totalCount ? ` · ${targets.totalCount} targets, ${offTrack} off track` : '';
  return h('option', { value: code }, `${name} (${code})${summary}`);
}

/** The picker: provinces with targets first (they are what the dashboard is for), each group by code. */
function fillPicker(provinces: readonly Province[]): void {
  const withTargets = provinces.filter((p) => p.targets.totalCount > 0);
  const others = provinces.filter((p) => p.targets.totalCount === 0);
  const groups = [h('optgroup', { label: 'With targets' }, withTargets.map(option)), h('optgroup', { label: 'Without targets' }, others.map(option))];
  picker.replaceChildren(...groups.filter((group) => group.childElementCount > 0));
  picker.disabled = false;
}

// Only the newest choice may render: a quick series of arrow keys on the picker aborts the others.
let current: AbortController | undefined;

async function show(code: string): Promise<void> {
  current?.abort();
  const controller = (current = new AbortController());
  const name = picker.selectedOptions[0]?.textContent?.replace(/ \(.*/, '') ?? code;
  say(`Loading ${name}…`);
  view.setAttribute('aria-busy', 'true');
  try {
    const { province } = await query(ProvinceDashboardDocument, { code }, controller.signal);
    if (controller.signal.aborted) return;
    if (!province) throw new Error(`No province has the code ${code}.`);
    view.replaceChildren(
      h('h2', { class: 'province-name', 'data-province': province.code }, province.name, province.mergedOn && ` (merged on ${province.mergedOn})`),
      targetsSection(province),
      gatesSection(province),
      officesSection(province),
    );
    const { targets, gates, officeHolders } = province;
    say(`${province.name}: ${targets.totalCount} targets, ${gates.totalCount} border gates, ${officeHolders.length} office holders.`);
  } catch (error) {
    if (controller.signal.aborted) return;
    view.replaceChildren();
    say(`Could not load ${name}: ${error instanceof Error ? error.message : String(error)}`, true);
  } finally {
    if (!controller.signal.aborted) view.setAttribute('aria-busy', 'false');
  }
}

/** The province in the address (#04), so a view can be shared and reloaded. */
const codeInHash = () => decodeURIComponent(window.location.hash.slice(1));

async function start(): Promise<void> {
  const { provinces } = await query(DashboardProvincesDocument, { first: 100 });
  fillPicker(provinces.nodes);
  const codes = new Set(provinces.nodes.map((p) => p.code));
  picker.value = codes.has(codeInHash()) ? codeInHash() : ((provinces.nodes.find((p) => p.targets.totalCount > 0) ?? provinces.nodes[0])?.code ?? '');
  picker.addEventListener('change', () => {
    window.history.replaceState(null, '', `#${picker.value}`);
    void show(picker.value);
  });
  window.addEventListener('hashchange', () => {
    if (!codes.has(codeInHash()) || codeInHash() === picker.value) return;
    picker.value = codeInHash();
    void show(picker.value);
  });
  if (picker.value) await show(picker.value);
}

start().catch((error: unknown) => {
  view.setAttribute('aria-busy', 'false');
  say(`Could not load the provinces: ${error instanceof Error ? error.message : String(error)}`, true);
});

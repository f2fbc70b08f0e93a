import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toGlobalId } from '../src/common/global-id.js';
import { dataOf, FIXTURES_DIR, startTestServer, type TestServer } from './helpers.js';

// Facts of the domain brief, asked through the public API: the value, and the source that backs it.
interface Fact {
  fact: string;
  /** GraphQL selection on the record; `citations { source { key } }` is added. */
  type: string;
  key: string;
  select: string;
  expected: Record<string, unknown>;
  source: string;
}

const SEED = {
  plan: 'cao-bang-plan-conference',
  committee: 'cao-bang-party-committee-conference-2025',
  zone2020: 'cao-bang-border-economic-zone-2020',
  interview: 'cao-bang-secretary-interview-2026',
  langSon: 'lang-son-implementation-plan-explainer',
};

const figure = (value: number, unit: string, comparator: string, period: [number | null, number] | null, extra: Record<string, unknown> = {}) => ({
  value,
  unit,
  comparator,
  period: period && { startYear: period[0], endYear: period[1] },
  ...extra,
});
const FIGURE = 'value maxValue unit comparator period { startYear endYear }';

const FACTS: Fact[] = [
  // People, offices, meetings and the lists documents enumerate
  {
    fact: '1371/QĐ-TTg signed by Deputy PM Trần Hồng Hà',
    type: 'Person',
    key: 'tran-hong-ha',
    select: 'name terms { office kind } decisionsSigned { number }',
    expected: {
      name: 'Trần Hồng Hà',
      terms: [{ office: 'Phó Thủ tướng', kind: 'DEPUTY_PRIME_MINISTER' }],
      decisionsSigned: expect.arrayContaining([{ number: '1371/QĐ-TTg' }]),
    },
    source: SEED.langSon,
  },
  {
    fact: 'Quản Minh Cường, Cao Bằng Party Secretary on 28/11/2025, by 1818-QĐNS/TW of 17/01/2025 until the transfer decision of 28/11/2025',
    type: 'OfficeTerm',
    key: 'quan-minh-cuong-cao-bang-party-secretary',
    select: 'person { name } kind province { code } from to appointedBy',
    expected: {
      person: { name: 'Quản Minh Cường' },
      kind: 'PARTY_SECRETARY',
      province: { code: '04' },
      from: '2025-01-17',
      to: '2025-11-28',
      appointedBy: '1818-QĐNS/TW',
    },
    source: SEED.committee,
  },
  {
    fact: 'Trần Hồng Minh, Cao Bằng Party Secretary from 16/09/2021 until he became Minister of Transport on 28/11/2024',
    type: 'Person',
    key: 'tran-hong-minh',
    select: 'name terms { kind from to }',
    expected: {
      name: 'Trần Hồng Minh',
      terms: expect.arrayContaining([
        { kind: 'PARTY_SECRETARY', from: '2021-09-16', to: '2024-11-28' },
        { kind: 'MINISTER', from: '2024-11-28', to: null },
      ]),
    },
    source: SEED.plan,
  },
  {
    fact: 'Phan Thăng An, Cao Bằng Party Secretary by 2569-QĐNS/TW of 28/11/2025, in office on the 2026 page',
    type: 'OfficeTerm',
    key: 'phan-thang-an-cao-bang-party-secretary',
    select: 'person { name } kind from to endUnknown appointedBy',
    expected: { person: { name: 'Phan Thăng An' }, kind: 'PARTY_SECRETARY', from: '2025-11-28', to: null, endUnknown: true, appointedBy: '2569-QĐNS/TW' },
    source: SEED.interview,
  },
  {
    fact: "Hoàng Xuân Ánh, People's Committee chairman from 27/05/[2015], end not found",
    type: 'OfficeTerm',
    key: 'hoang-xuan-anh-cao-bang-ppc-chairman',
    select: 'person { name } kind from to endUnknown',
    expected: { person: { name: 'Hoàng Xuân Ánh' }, kind: 'PPC_CHAIRMAN', from: '2015-05-27', to: null, endUnknown: true },
    source: SEED.zone2020,
  },
  {
    fact: "Lê Hải Hòa, People's Committee chairman from June 2025 (best-supported 09/06/2025)",
    type: 'OfficeTerm',
    key: 'le-hai-hoa-cao-bang-ppc-chairman',
    select: 'person { name } kind from',
    expected: { person: { name: 'Lê Hải Hòa' }, kind: 'PPC_CHAIRMAN', from: '2025-06-09' },
    source: 'x39-vietnamplus-cao-bang-two-deputy-secretaries',
  },
  {
    fact: 'Nguyễn Kiên Cường, head of the Cao Bằng EZ board, undated',
    type: 'OfficeTerm',
    key: 'nguyen-kien-cuong-cao-bang-ez-board-head',
    select: 'person { name } kind from endUnknown',
    expected: { person: { name: 'Nguyễn Kiên Cường' }, kind: 'EZ_BOARD_HEAD', from: null, endUnknown: true },
    source: SEED.zone2020,
  },
  {
    fact: '3rd conference of the 20th-term committee, 28/11/2025, chaired by Quản Minh Cường with Vũ Hồng Quang',
    type: 'Meeting',
    key: 'cao-bang-ppec-20-conference-3',
    select: 'kind startsOn chair { name } coChair { name } discussed { key }',
    expected: {
      kind: 'CONFERENCE',
      startsOn: '2025-11-28',
      chair: { name: 'Quản Minh Cường' },
      coChair: { name: 'Vũ Hồng Quang' },
      discussed: expect.arrayContaining([{ key: 'cao-bang-border-gate-economy-programme-2025-2030' }]),
    },
    source: SEED.committee,
  },
  {
    fact: '20th Cao Bằng provincial congress, 15–17/09/2025, adopted its resolution',
    type: 'Meeting',
    key: 'cao-bang-party-congress-20',
    select: 'kind startsOn endsOn province { code } adopted { key }',
    expected: {
      kind: 'CONGRESS',
      startsOn: '2025-09-15',
      endsOn: '2025-09-17',
      province: { code: '04' },
      adopted: [{ key: 'cao-bang-party-congress-20-resolution' }],
    },
    source: SEED.interview,
  },
  {
    fact: 'Conference publicising 1486/QĐ-TTg, undated',
    type: 'Meeting',
    key: 'cao-bang-plan-1486-publication-conference',
    select: 'kind startsOn discussed { number }',
    expected: { kind: 'CONFERENCE', startsOn: null, discussed: [{ number: '1486/QĐ-TTg' }] },
    source: SEED.plan,
  },
  {
    fact: '14th national congress, undated, adopted the national resolution',
    type: 'Meeting',
    key: 'national-party-congress-14',
    select: 'kind startsOn province { code } adopted { key }',
    expected: { kind: 'CONGRESS', startsOn: null, province: null, adopted: [{ key: 'national-party-congress-14-resolution' }] },
    source: SEED.interview,
  },
  {
    fact: 'Cao Bằng after the 14th congress: 4th of five orientations, human resources',
    type: 'PlanItem',
    key: 'cao-bang-viewpoint-14-orientation-4',
    select: 'kind ordinal area decision { key }',
    expected: { kind: 'ORIENTATION', ordinal: 4, area: 'HUMAN_RESOURCES', decision: { key: 'cao-bang-party-viewpoint-after-congress-14' } },
    source: SEED.interview,
  },
  {
    fact: '2026 task groups: 2nd of the three named, sustainable tourism',
    type: 'PlanItem',
    key: 'cao-bang-2026-task-group-2',
    select: 'kind ordinal area decision { key }',
    expected: { kind: 'TASK_GROUP', ordinal: 2, area: 'TOURISM', decision: { key: 'cao-bang-sed-plan-2026' } },
    source: SEED.committee,
  },
  {
    fact: '1486/QĐ-TTg essential issue 1: the eighth Power Development Plan',
    type: 'PlanItem',
    key: 'cao-bang-1486-essential-issue-1',
    select: 'kind ordinal area decision { number }',
    expected: { kind: 'ESSENTIAL_ISSUE', ordinal: 1, area: 'ENERGY_MINERALS', decision: { number: '1486/QĐ-TTg' } },
    source: SEED.plan,
  },
  {
    fact: '1486/QĐ-TTg key task 4: PCI, PAPI and PAR INDEX',
    type: 'PlanItem',
    key: 'cao-bang-1486-task-4',
    select: 'kind ordinal area',
    expected: { kind: 'TASK', ordinal: 4, area: 'INVESTMENT_ENVIRONMENT' },
    source: SEED.plan,
  },
  {
    fact: "Lạng Sơn plan's 3rd of four requirements: resources, public investment leading",
    type: 'PlanItem',
    key: 'lang-son-1371-requirement-3',
    select: 'kind ordinal area decision { number }',
    expected: { kind: 'REQUIREMENT', ordinal: 3, area: 'FINANCE', decision: { number: '1371/QĐ-TTg' } },
    source: SEED.langSon,
  },
  {
    fact: "Lạng Sơn plan's 5th of nine tasks: science and technology",
    type: 'PlanItem',
    key: 'lang-son-1371-solution-5',
    select: 'kind ordinal area decision { number }',
    expected: { kind: 'SOLUTION', ordinal: 5, area: 'SCIENCE_TECHNOLOGY_DIGITAL', decision: { number: '1371/QĐ-TTg' } },
    source: SEED.langSon,
  },
  // Provinces
  { fact: 'Cao Bằng area', type: 'Province', key: 'cao-bang', select: 'name areaKm2', expected: { name: 'Cao Bằng', areaKm2: 6700.3 }, source: SEED.plan },
  { fact: 'Cao Bằng border length', type: 'Province', key: 'cao-bang', select: 'borderLengthKm', expected: { borderLengthKm: 333 }, source: SEED.zone2020 },
  {
    fact: 'Cao Bằng code',
    type: 'Province',
    key: 'cao-bang',
    select: 'code status',
    expected: { code: '04', status: 'ACTIVE' },
    source: 'x14-daohoangson-dvhcvn',
  },
  {
    fact: 'Lạng Sơn code',
    type: 'Province',
    key: 'lang-son',
    select: 'code name',
    expected: { code: '20', name: 'Lạng Sơn' },
    source: 'x14-daohoangson-dvhcvn',
  },
  {
    fact: 'Bắc Kạn merged into Thái Nguyên',
    type: 'Province',
    key: 'bac-kan',
    select: 'status mergedOn mergedInto { slug }',
    expected: { status: 'MERGED', mergedOn: '2025-07-01', mergedInto: { slug: 'thai-nguyen' } },
    source: 'x13-dvhcvn-20250701',
  },
  {
    fact: 'Hà Giang merged into Tuyên Quang',
    type: 'Province',
    key: 'ha-giang',
    select: 'status mergedInto { code }',
    expected: { status: 'MERGED', mergedInto: { code: '08' } },
    source: 'x13-dvhcvn-20250701',
  },
  {
    fact: 'Bắc Ninh took code 24',
    type: 'Province',
    key: 'bac-ninh',
    select: 'code formerCodes status',
    expected: { code: '24', formerCodes: ['27'], status: 'ACTIVE' },
    source: 'x13-dvhcvn-20250701',
  },
  // Decisions
  {
    fact: '1486/QĐ-TTg date, period, vision',
    type: 'PlanDecision',
    key: '1486-qd-ttg-2023',
    select: 'number kind signedOn visionYear period { startYear endYear } province { code }',
    expected: {
      number: '1486/QĐ-TTg',
      kind: 'PLAN_APPROVAL',
      signedOn: '2023-11-24',
      visionYear: 2050,
      period: { startYear: 2021, endYear: 2030 },
      province: { code: '04' },
    },
    source: SEED.plan,
  },
  {
    fact: '1486/QĐ-TTg signer',
    type: 'PlanDecision',
    key: '1486-qd-ttg-2023',
    select: 'signer { name }',
    expected: { signer: { name: 'Trần Hồng Hà' } },
    source: 'x6-slyers-cao-bang-plan-signed',
  },
  {
    fact: '1371/QĐ-TTg effective date and signer',
    type: 'PlanDecision',
    key: '1371-qd-ttg-2024',
    select: 'kind effectiveOn signer { name } province { code }',
    expected: { kind: 'IMPLEMENTATION_PLAN', effectiveOn: '2024-11-13', signer: { name: 'Trần Hồng Hà' }, province: { code: '20' } },
    source: SEED.langSon,
  },
  {
    fact: '1371/QĐ-TTg implements 236/QĐ-TTg',
    type: 'PlanDecision',
    key: '1371-qd-ttg-2024',
    select: 'implements { number signedOn }',
    expected: { implements: { number: '236/QĐ-TTg', signedOn: '2024-03-19' } },
    source: SEED.langSon,
  },
  {
    fact: 'Lạng Sơn master plan number and date',
    type: 'PlanDecision',
    key: '236-qd-ttg-2024',
    select: 'number signedOn kind implementedBy { number }',
    expected: { number: '236/QĐ-TTg', signedOn: '2024-03-19', kind: 'PLAN_APPROVAL', implementedBy: [{ number: '1371/QĐ-TTg' }] },
    source: 'x8-thuvienphapluat-236-qd-ttg',
  },
  {
    fact: 'EZ general construction plan 295/QĐ-TTg',
    type: 'PlanDecision',
    key: '295-qd-ttg-2022',
    select: 'kind signedOn signer { name } period { endYear } visionYear',
    expected: { kind: 'GENERAL_CONSTRUCTION_PLAN', signedOn: '2022-03-02', signer: { name: 'Lê Văn Thành' }, period: { endYear: 2040 }, visionYear: 2050 },
    source: SEED.zone2020,
  },
  {
    fact: '20th congress resolution',
    type: 'PlanDecision',
    key: 'cao-bang-party-congress-20-resolution',
    select: 'number kind period { startYear endYear }',
    expected: { number: null, kind: 'PARTY_RESOLUTION', period: { startYear: 2025, endYear: 2030 } },
    source: SEED.committee,
  },
  {
    fact: 'Border-gate economy programme',
    type: 'PlanDecision',
    key: 'cao-bang-border-gate-economy-programme-2025-2030',
    select: 'kind period { startYear endYear }',
    expected: { kind: 'PROGRAMME', period: { startYear: 2025, endYear: 2030 } },
    source: SEED.committee,
  },
  {
    fact: 'Cao Bằng EZ established by 20/2014/QĐ-TTg',
    type: 'PlanDecision',
    key: '20-2014-qd-ttg',
    select: 'number signedOn',
    expected: { number: '20/2014/QĐ-TTg', signedOn: '2014-03-11' },
    source: 'x31-luatvietnam-20-2014-qd-ttg',
  },
  // Breakthroughs
  {
    fact: '20th congress breakthrough 1',
    type: 'Breakthrough',
    key: 'cao-bang-congress-20-1',
    select: 'ordinal area decision { key }',
    expected: { ordinal: 1, area: 'HUMAN_RESOURCES', decision: { key: 'cao-bang-party-congress-20-resolution' } },
    source: SEED.interview,
  },
  {
    fact: '20th congress breakthrough 2',
    type: 'Breakthrough',
    key: 'cao-bang-congress-20-2',
    select: 'ordinal area province { code }',
    expected: { ordinal: 2, area: 'INFRASTRUCTURE', province: { code: '04' } },
    source: SEED.interview,
  },
  {
    fact: '20th congress breakthrough 3',
    type: 'Breakthrough',
    key: 'cao-bang-congress-20-3',
    select: 'ordinal area',
    expected: { ordinal: 3, area: 'SCIENCE_TECHNOLOGY_DIGITAL' },
    source: SEED.interview,
  },
  {
    fact: 'BK2: 8 advantages, 3 bottlenecks, 3 strengths for 2020-2030, counts only',
    type: 'Breakthrough',
    key: 'cao-bang-2020-2030-eight-advantages-three-strengths',
    select: 'area period { startYear endYear } decision { key }',
    expected: { area: 'OTHER', period: { startYear: 2020, endYear: 2030 }, decision: { key: 'cao-bang-party-congress-18-resolution' } },
    source: SEED.zone2020,
  },
  {
    fact: "BK6: Lạng Sơn's development breakthroughs, not enumerated",
    type: 'Breakthrough',
    key: 'lang-son-1371-development-breakthroughs',
    select: 'ordinal area province { code } decision { number }',
    expected: { ordinal: 1, area: 'OTHER', province: { code: '20' }, decision: { number: '1371/QĐ-TTg' } },
    source: SEED.langSon,
  },
  {
    fact: '18th congress: border-gate economy',
    type: 'Breakthrough',
    key: 'cao-bang-congress-18-border-economy',
    select: 'area decision { key }',
    expected: { area: 'BORDER_ECONOMY', decision: { key: 'cao-bang-party-congress-18-resolution' } },
    source: SEED.zone2020,
  },
  // Targets
  {
    fact: 'Cao Bằng plan: average GRDP growth',
    type: 'Target',
    key: 'cao-bang-1486-grdp-growth',
    select: `${FIGURE} isAverage indicator { code } decision { number }`,
    expected: figure(9.72, 'PERCENT_PER_YEAR', 'EQUAL', [2021, 2030], {
      isAverage: true,
      maxValue: null,
      indicator: { code: 'GRDP_GROWTH' },
      decision: { number: '1486/QĐ-TTg' },
    }),
    source: SEED.plan,
  },
  {
    fact: 'Cao Bằng plan: GRDP per capita',
    type: 'Target',
    key: 'cao-bang-1486-grdp-per-capita',
    select: FIGURE,
    expected: figure(102, 'MILLION_VND_PER_PERSON', 'ABOUT', [null, 2030], { maxValue: null }),
    source: SEED.plan,
  },
  {
    fact: 'Cao Bằng plan: budget revenue growth',
    type: 'Target',
    key: 'cao-bang-1486-budget-revenue-growth',
    select: 'value unit comparator',
    expected: { value: 12, unit: 'PERCENT_PER_YEAR', comparator: 'ABOVE' },
    source: SEED.plan,
  },
  {
    fact: 'Cao Bằng plan: poverty reduction',
    type: 'Target',
    key: 'cao-bang-1486-poverty-rate-reduction',
    select: 'value unit comparator period { startYear endYear }',
    expected: { value: 4, unit: 'PERCENTAGE_POINTS_PER_YEAR', comparator: 'ABOVE', period: { startYear: 2021, endYear: 2025 } },
    source: SEED.plan,
  },
  {
    fact: '20th congress: GRDP growth about 10%',
    type: 'Target',
    key: 'cao-bang-congress-20-grdp-growth',
    select: 'value unit comparator decision { key }',
    expected: { value: 10, unit: 'PERCENT_PER_YEAR', comparator: 'ABOUT', decision: { key: 'cao-bang-party-congress-20-resolution' } },
    source: SEED.interview,
  },
  {
    fact: 'Lạng Sơn implementation plan: S&T spending range',
    type: 'Target',
    key: 'lang-son-1371-science-tech-budget-share',
    select: `${FIGURE} province { code } decision { number }`,
    expected: figure(1.5, 'PERCENT', 'BETWEEN', [null, 2030], { maxValue: 2, province: { code: '20' }, decision: { number: '1371/QĐ-TTg' } }),
    source: SEED.langSon,
  },
  {
    fact: 'Lạng Sơn master plan: GRDP growth 8-9%',
    type: 'Target',
    key: 'lang-son-236-grdp-growth',
    select: 'value maxValue comparator',
    expected: { value: 8, maxValue: 9, comparator: 'BETWEEN' },
    source: 'x9-nguoiduatin-lang-son-plan',
  },
  // Observations
  {
    fact: 'EZ import-export turnover 2010-2020',
    type: 'Observation',
    key: 'cao-bang-ez-import-export-turnover-2010-2020',
    select: `${FIGURE} economicZone { slug } indicator { code }`,
    expected: figure(16_300_000_000, 'USD', 'ABOVE', [2010, 2020], {
      maxValue: null,
      economicZone: { slug: 'cao-bang-border-gate-economic-zone' },
      indicator: { code: 'IMPORT_EXPORT_TURNOVER' },
    }),
    source: SEED.zone2020,
  },
  {
    fact: 'EZ turnover growth 25.5%/yr',
    type: 'Observation',
    key: 'cao-bang-ez-import-export-turnover-growth-2010-2020',
    select: 'value unit',
    expected: { value: 25.5, unit: 'PERCENT_PER_YEAR' },
    source: SEED.zone2020,
  },
  {
    fact: 'EZ projects as of 2020',
    type: 'Observation',
    key: 'cao-bang-ez-investment-projects-2020',
    select: 'value unit comparator asOf',
    expected: { value: 74, unit: 'COUNT', comparator: 'EQUAL', asOf: '2020-09-21' },
    source: SEED.zone2020,
  },
  {
    fact: 'EZ domestic registered capital',
    type: 'Observation',
    key: 'cao-bang-ez-domestic-registered-capital-2020',
    select: 'value unit comparator',
    expected: { value: 12_373_000_000_000, unit: 'VND', comparator: 'ABOUT' },
    source: SEED.zone2020,
  },
  {
    fact: 'EZ foreign capital in USD',
    type: 'Observation',
    key: 'cao-bang-ez-foreign-registered-capital-usd-2020',
    select: 'value unit',
    expected: { value: 11_000_000, unit: 'USD' },
    source: SEED.zone2020,
  },
  {
    fact: 'EZ foreign capital in VND',
    type: 'Observation',
    key: 'cao-bang-ez-foreign-registered-capital-vnd-2020',
    select: 'value unit',
    expected: { value: 618_000_000_000, unit: 'VND' },
    source: SEED.zone2020,
  },
  {
    fact: 'EZ budget revenue 2010-2020',
    type: 'Observation',
    key: 'cao-bang-ez-budget-revenue-2010-2020',
    select: 'value unit comparator',
    expected: { value: 3_800_000_000_000, unit: 'VND', comparator: 'ABOVE' },
    source: SEED.zone2020,
  },
  {
    fact: 'EZ domestic disbursement nearly 500 bn',
    type: 'Observation',
    key: 'cao-bang-ez-domestic-disbursed-capital-2020',
    select: 'value comparator',
    expected: { value: 500_000_000_000, comparator: 'NEARLY' },
    source: SEED.zone2020,
  },
  {
    fact: 'Border-gate infrastructure allocated',
    type: 'Observation',
    key: 'cao-bang-ez-border-gate-infrastructure-allocated-2010-2020',
    select: 'value unit',
    expected: { value: 859_400_000_000, unit: 'VND' },
    source: SEED.zone2020,
  },
  {
    fact: 'EZ revenue share 30-35%',
    type: 'Observation',
    key: 'cao-bang-ez-budget-revenue-share-2010-2020',
    select: 'value maxValue comparator',
    expected: { value: 30, maxValue: 35, comparator: 'BETWEEN' },
    source: SEED.zone2020,
  },
  // Projects
  {
    fact: 'Đồng Đăng – Trà Lĩnh expressway links both provinces',
    type: 'Project',
    key: 'dong-dang-tra-linh-expressway',
    select: 'kind provinces { code }',
    expected: { kind: 'EXPRESSWAY', provinces: expect.arrayContaining([{ code: '04' }, { code: '20' }]) },
    source: SEED.committee,
  },
  {
    fact: 'Đồng Đăng – Trà Lĩnh expressway serves the infrastructure breakthrough',
    type: 'Project',
    key: 'dong-dang-tra-linh-expressway',
    select: 'breakthroughs { key area } gates { slug }',
    expected: {
      breakthroughs: expect.arrayContaining([{ key: 'cao-bang-congress-20-2', area: 'INFRASTRUCTURE' }]),
      gates: expect.arrayContaining([{ slug: 'tra-linh' }]),
    },
    source: SEED.interview,
  },
  {
    fact: 'Đồng Đăng – Trà Lĩnh expressway investment',
    type: 'Project',
    key: 'dong-dang-tra-linh-expressway',
    select: 'lengthKm investment { amount currency label }',
    expected: { lengthKm: 121, investment: expect.arrayContaining([{ amount: 25_550_000_000_000, currency: 'VND', label: 'total' }]) },
    source: 'x33-laodong-dong-dang-tra-linh-inspection',
  },
  {
    fact: 'Bắc Kạn – Cao Bằng expressway',
    type: 'Project',
    key: 'bac-kan-cao-bang-expressway',
    select: 'kind status',
    expected: { kind: 'EXPRESSWAY', status: 'PREPARING' },
    source: SEED.committee,
  },
  {
    fact: 'Trà Lĩnh dry port',
    type: 'Project',
    key: 'tra-linh-icd',
    select: 'kind gates { slug }',
    expected: { kind: 'LOGISTICS', gates: [{ slug: 'tra-linh' }] },
    source: SEED.zone2020,
  },
  // Gates
  {
    fact: "Trà Lĩnh's counterpart and type",
    type: 'Gate',
    key: 'tra-linh',
    select: 'counterpart type plannedType province { code }',
    expected: { counterpart: 'Long Bang', type: 'INTERNATIONAL', plannedType: null, province: { code: '04' } },
    source: SEED.plan,
  },
  {
    fact: "Trà Lĩnh's type history",
    type: 'Gate',
    key: 'tra-linh',
    select: 'typeHistory { type since planned }',
    expected: {
      typeHistory: [
        { type: 'MAIN', since: null, planned: false },
        { type: 'INTERNATIONAL', since: null, planned: true },
        { type: 'INTERNATIONAL', since: '2023-12-28', planned: false },
      ],
    },
    source: SEED.plan,
  },
  {
    fact: 'Tà Lùng upgraded 2025',
    type: 'Gate',
    key: 'ta-lung',
    select: 'type counterpart',
    expected: { type: 'INTERNATIONAL', counterpart: 'Thủy Khẩu' },
    source: SEED.zone2020,
  },
  {
    fact: 'Lý Vạn main gate, international planned',
    type: 'Gate',
    key: 'ly-van',
    select: 'type plannedType',
    expected: { type: 'MAIN', plannedType: 'INTERNATIONAL' },
    source: SEED.zone2020,
  },
  {
    fact: 'Nà Đoỏng crossing belongs to Trà Lĩnh',
    type: 'Gate',
    key: 'na-doong',
    select: 'type counterpart partOf { slug }',
    expected: { type: 'CROSSING', counterpart: 'Nà Ráy', partOf: { slug: 'tra-linh' } },
    source: SEED.zone2020,
  },
  {
    fact: 'Hữu Nghị international, Lạng Sơn',
    type: 'Gate',
    key: 'huu-nghi',
    select: 'type province { code }',
    expected: { type: 'INTERNATIONAL', province: { code: '20' } },
    source: SEED.langSon,
  },
  // Economic zones
  {
    fact: 'Cao Bằng border-gate EZ',
    type: 'EconomicZone',
    key: 'cao-bang-border-gate-economic-zone',
    select: 'kind areaHa establishedBy { number } province { code }',
    expected: { kind: 'BORDER_GATE_ECONOMIC_ZONE', areaHa: 30130, establishedBy: { number: '20/2014/QĐ-TTg' }, province: { code: '04' } },
    source: SEED.zone2020,
  },
  {
    fact: 'Lý Vạn non-tariff zone is part of the EZ',
    type: 'EconomicZone',
    key: 'ly-van-non-tariff-zone',
    select: 'kind partOf { slug }',
    expected: { kind: 'NON_TARIFF_ZONE', partOf: { slug: 'cao-bang-border-gate-economic-zone' } },
    source: SEED.zone2020,
  },
  // Milestones
  {
    fact: 'Trà Lĩnh international upgrade milestone',
    type: 'Milestone',
    key: 'tra-linh-international-upgrade',
    select: 'kind period { startYear endYear } gate { slug }',
    expected: { kind: 'MILESTONE', period: { startYear: 2019, endYear: 2025 }, gate: { slug: 'tra-linh' } },
    source: SEED.zone2020,
  },
];

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

describe('facts of the brief, through the API', () => {
  // Read with the yaml package, not the importer, so a record the importer drops still counts here.
  const yamlRecords = (file: string) => parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')) as Record<string, unknown>[];
  const FILE_OF: Record<string, [file: string, key: string]> = {
    Province: ['provinces.yaml', 'slug'],
    PlanDecision: ['decisions.yaml', 'key'],
    Breakthrough: ['breakthroughs.yaml', 'key'],
    Target: ['targets.yaml', 'key'],
    Observation: ['observations.yaml', 'key'],
    Project: ['projects.yaml', 'slug'],
    Gate: ['gates.yaml', 'slug'],
    EconomicZone: ['economic-zones.yaml', 'slug'],
    Milestone: ['milestones.yaml', 'key'],
    Person: ['people.yaml', 'key'],
    OfficeTerm: ['office-terms.yaml', 'key'],
    Meeting: ['meetings.yaml', 'key'],
    PlanItem: ['plan-items.yaml', 'key'],
  };

  it('backs every seed text of the brief (§0.1) with at least one fact', () => {
    const brief = readFileSync('/work/shared/domain/brief.md', 'utf8');
    const section = brief.slice(brief.indexOf('### 0.1'), brief.indexOf('### 0.2'));
    const seedFiles = [...section.matchAll(/`(\d{3}_[0-9a-f]{16}\.txt)`/g)].map((m) => m[1]);
    expect(seedFiles).toHaveLength(5);
    const sourceOfSeed = new Map(yamlRecords('sources.yaml').map((s) => [s.seedFile, s.key]));
    const cited = new Set(FACTS.map((f) => f.source));
    for (const seed of seedFiles) expect(cited, `a fact citing seed ${seed}`).toContain(sourceOfSeed.get(seed));
  });

  it('asks about every fixture file that holds records, by keys that are in those files', () => {
    for (const [type, [file, keyField]] of Object.entries(FILE_OF)) {
      const keys = new Set(yamlRecords(file).map((r) => r[keyField]));
      expect(keys.size, `${file} has records`).toBeGreaterThan(0);
      const asked = FACTS.filter((f) => f.type === type);
      expect(asked.length, `facts about ${type}`).toBeGreaterThan(0);
      for (const fact of asked) expect(keys, `${fact.fact}: ${fact.key} in ${file}`).toContain(fact.key);
    }
    const entityFiles = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.yaml') && !['sources.yaml', 'indicators.yaml'].includes(f));
    expect(new Set(entityFiles)).toEqual(new Set(Object.values(FILE_OF).map(([file]) => file)));
  });

  it.each(FACTS)('$fact', async ({ type, key, select, expected, source }) => {
    const query = `query Fact($id: ID!) { node(id: $id) { ... on ${type} { ${select} citations { source { key } } } } }`;
    const { node } = dataOf(
      await api.gql<{ node: Record<string, unknown> & { citations: { source: { key: string } }[] } }>(query, { id: toGlobalId(type, key) }),
    );
    expect(node, `${type} ${key} exists`).not.toBeNull();
    expect(node).toMatchObject(expected);
    expect(node.citations.map((c) => c.source.key)).toContain(source);
  });
});

describe('office holders on a date', () => {
  const holders = async (asOf: string) => {
    const { province } = dataOf(
      await api.gql<{ province: { officeHolders: { person: { name: string }; kind: string }[] } }>(
        'query($asOf: Date!) { province(code: "04") { officeHolders(asOf: $asOf) { person { name } kind } } }',
        { asOf },
      ),
    );
    return (kind: string) => province.officeHolders.filter((t) => t.kind === kind).map((t) => t.person.name);
  };

  it.each([
    ['2023-06-30', 'Trần Hồng Minh', 'Hoàng Xuân Ánh'],
    ['2025-06-30', 'Quản Minh Cường', 'Lê Hải Hòa'],
    ['2026-03-07', 'Phan Thăng An', 'Lê Hải Hòa'],
  ])("answers Cao Bằng's Party Secretary and People's Committee chairman on %s", async (asOf, secretary, chairman) => {
    const of = await holders(asOf);
    expect(of('PARTY_SECRETARY')).toEqual([secretary]);
    expect(of('PPC_CHAIRMAN')).toEqual([chairman]);
  });

  it('holds both secretaries on 28/11/2025, the date of the decisions moving one and appointing the other', async () => {
    expect((await holders('2025-11-28'))('PARTY_SECRETARY').sort()).toEqual(['Phan Thăng An', 'Quản Minh Cường']);
  });

  it('names no Party Secretary between the minister approval of 28/11/2024 and the appointment of 17/01/2025', async () => {
    expect((await holders('2024-12-15'))('PARTY_SECRETARY')).toEqual([]);
  });
});

describe('lookups by natural key', () => {
  it('finds 1486/QĐ-TTg typed with or without diacritics and in any case', async () => {
    for (const number of ['1486/QĐ-TTg', '1486/QD-TTg', '1486/qd-ttg', ' 1486 / QĐ - TTg ']) {
      const { decision } = dataOf(await api.gql('query($n: String!) { decision(number: $n) { key } }', { n: number }));
      expect(decision, number).toEqual({ key: '1486-qd-ttg-2023' });
    }
  });

  it('answers null, not an error, for unknown codes, slugs and numbers', async () => {
    const response = await api.gql(
      '{ province(code: "99") { code } gate(slug: "nowhere") { slug } decision(number: "9999/QĐ-TTg") { key } project(slug: "x") { slug } indicator(code: "NOPE") { code } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ province: null, gate: null, decision: null, project: null, indicator: null });
  });

  it('resolves a code shared by a merged province and its successor to the active one', async () => {
    const { province } = dataOf(await api.gql('{ province(code: "24") { slug status } }'));
    expect(province).toEqual({ slug: 'bac-ninh', status: 'ACTIVE' });
  });

  it('filters targets by province, indicator and decision number', async () => {
    const { targets } = dataOf(
      await api.gql('{ targets(filter: { provinceCode: "04", indicatorCode: "GRDP_GROWTH", decisionNumber: "1486/QD-TTg" }) { totalCount nodes { key } } }'),
    );
    expect(targets).toEqual({ totalCount: 1, nodes: [{ key: 'cao-bang-1486-grdp-growth' }] });
  });

  it('lists the projects serving a gate', async () => {
    const { projects } = dataOf(await api.gql('{ projects(first: 100, filter: { gateSlug: "tra-linh", kind: EXPRESSWAY }) { nodes { slug } } }'));
    expect(projects.nodes).toContainEqual({ slug: 'dong-dang-tra-linh-expressway' });
  });

  it('returns an empty page for an unknown province code in a filter', async () => {
    const { gates } = dataOf(await api.gql('{ gates(filter: { provinceCode: "99" }) { totalCount nodes { slug } } }'));
    expect(gates).toEqual({ totalCount: 0, nodes: [] });
  });
});

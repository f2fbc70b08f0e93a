/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a province still exists as a provincial-level unit. */
export type AdministrativeStatus =
  /** A provincial-level unit today. */
  | 'ACTIVE'
  /** Merged into another province (the 2025 reorganisation); see mergedInto and mergedOn. */
  | 'MERGED';

/** The field a strategic breakthrough ("khâu đột phá") addresses. */
export type BreakthroughArea =
  /** The border-gate economy. */
  | 'BORDER_ECONOMY'
  /** Cadres and human resources. */
  | 'HUMAN_RESOURCES'
  /** Transport, urban and other infrastructure. */
  | 'INFRASTRUCTURE'
  /** Institutions, mechanisms, policies and the investment environment. */
  | 'INSTITUTIONS'
  /** Anything else. */
  | 'OTHER'
  /** Science, technology, innovation and digital transformation. */
  | 'SCIENCE_TECHNOLOGY_DIGITAL';

/** How a figure is qualified in its source. */
export type Comparator =
  /** Approximately the value ("khoảng"). */
  | 'ABOUT'
  /** More than the value ("trên"). */
  | 'ABOVE'
  /** The value or more ("ít nhất", "từ ... trở lên"). */
  | 'AT_LEAST'
  /** The value or less ("tối đa", "không quá"). */
  | 'AT_MOST'
  /** Less than the value ("dưới"). */
  | 'BELOW'
  /** A range from value to maxValue ("từ ... đến", "1,5% - 2%"). */
  | 'BETWEEN'
  /** Exactly the value ("đạt": reach). */
  | 'EQUAL'
  /** Almost, but not quite, the value ("gần"). */
  | 'NEARLY';

/** What kind of governing document a PlanDecision is. */
export type DecisionKind =
  /** Agreement between states or provinces. */
  | 'AGREEMENT'
  /** Budget estimate or public investment plan. */
  | 'BUDGET'
  /** Detailed plan ("quy hoạch chi tiết") of an area. */
  | 'DETAILED_PLAN'
  /** General construction plan ("quy hoạch chung xây dựng"), e.g. of an economic zone. */
  | 'GENERAL_CONSTRUCTION_PLAN'
  /** Plan to implement a master plan (e.g. 1371/QĐ-TTg for Lạng Sơn). */
  | 'IMPLEMENTATION_PLAN'
  /** Law, decree or National Assembly resolution. */
  | 'LEGAL_NORM'
  /** Any other document (planning tasks, establishment decisions, endorsements). */
  | 'OTHER'
  /** Resolution of a Party congress or committee. */
  | 'PARTY_RESOLUTION'
  /** Approves a master plan (e.g. 1486/QĐ-TTg for Cao Bằng). */
  | 'PLAN_APPROVAL'
  /** Programme or action programme ("chương trình"). */
  | 'PROGRAMME'
  /** Scheme or project proposal ("đề án"). */
  | 'SCHEME'
  /** National sectoral plan (power, minerals, forestry). */
  | 'SECTORAL_PLAN'
  /** Socio-economic development plan (five-year or annual). */
  | 'SOCIO_ECONOMIC_PLAN'
  /** Development strategy (e.g. the 10-year socio-economic strategy). */
  | 'STRATEGY'
  /** Zoning plan ("quy hoạch phân khu"), e.g. at scale 1:2000. */
  | 'ZONING_PLAN';

/** Legal category of a land border gate (Decree 112/2014/NĐ-CP). */
export type GateType =
  /** Secondary gate ("cửa khẩu phụ"). */
  | 'AUXILIARY'
  /** Border crossing or clearance route ("lối mở", "lối thông quan"). */
  | 'CROSSING'
  /** International gate ("cửa khẩu quốc tế"): open to third-country people and goods. */
  | 'INTERNATIONAL'
  /** Main or bilateral gate ("cửa khẩu chính / song phương"); older press says "cửa khẩu quốc gia". */
  | 'MAIN';

/** Broad grouping of indicators, for dashboards. */
export type IndicatorCategory =
  /** Growth, output, income. */
  | 'ECONOMY'
  /** Environment and resources. */
  | 'ENVIRONMENT'
  /** Infrastructure and territory. */
  | 'INFRASTRUCTURE'
  /** Anything else. */
  | 'OTHER'
  /** Budget revenue and spending. */
  | 'PUBLIC_FINANCE'
  /** Science, technology and innovation. */
  | 'SCIENCE_TECHNOLOGY'
  /** Poverty, population, social indicators. */
  | 'SOCIETY'
  /** Trade turnover, investment projects and capital. */
  | 'TRADE_AND_INVESTMENT';

/** How far a target has got, judged from the observed figures (see TargetProgress.method for the rule applied). */
export type ProgressStatus =
  /** The observed figure meets the target (a level reached, or a rate met over the whole period). */
  | 'ACHIEVED'
  /** The target's period has not started on the assessment date. */
  | 'NOT_DUE'
  /** No usable observation (or too few to judge a pace): nothing is estimated. */
  | 'NO_DATA'
  /** The observed rate or pace is below 95% of the one required, or the period ended without the target met. */
  | 'OFF_TRACK'
  /** Not yet met, but the observed rate or pace is at least 95% of the one required to meet it on time. */
  | 'ON_TRACK';

/** What a project builds. */
export type ProjectKind =
  /** Infrastructure and modernisation of border gates. */
  | 'BORDER_GATE_INFRASTRUCTURE'
  /** Economic or transport corridor. */
  | 'CORRIDOR'
  /** Cross-border economic cooperation or non-tariff zones. */
  | 'CROSS_BORDER_ZONE'
  /** Expressway ("cao tốc"). */
  | 'EXPRESSWAY'
  /** Restoration of relics and heritage sites. */
  | 'HERITAGE'
  /** Industrial parks and clusters. */
  | 'INDUSTRIAL_PARK'
  /** Dry ports, warehouses, transshipment areas. */
  | 'LOGISTICS'
  /** Anything else. */
  | 'OTHER'
  /** National, provincial or connector roads. */
  | 'ROAD'
  /** Tourist areas and tourism infrastructure. */
  | 'TOURISM';

/** How far a project has got, by the newest cited fact. */
export type ProjectStatus =
  /** Finished and in use. */
  | 'COMPLETED'
  /** Being prepared (investment procedures, design, site clearance). */
  | 'PREPARING'
  /** Named in a plan; no preparation reported. */
  | 'PROPOSED'
  /** Construction has started. */
  | 'UNDER_CONSTRUCTION'
  /** The sources do not say. */
  | 'UNKNOWN';

/** The kinds of object search can find. */
export type SearchType =
  /** Strategic breakthroughs (title). */
  | 'BREAKTHROUGH'
  /** Plan decisions and other documents (number, title). */
  | 'DECISION'
  /** Economic zones (name, description). */
  | 'ECONOMIC_ZONE'
  /** Border gates (name, counterpart, locality, description). */
  | 'GATE'
  /** Indicators (code, name). */
  | 'INDICATOR'
  /** Congresses, conferences and sessions (name). */
  | 'MEETING'
  /** People the documents name (name). */
  | 'PERSON'
  /** The orientations, requirements, task groups and solutions documents list (title). */
  | 'PLAN_ITEM'
  /** Projects (name, other names, description). */
  | 'PROJECT'
  /** Provinces (name, English name, code). */
  | 'PROVINCE'
  /** Source documents (title, publisher). */
  | 'SOURCE'
  /** Targets (statement). */
  | 'TARGET';

/** Unit of a figure. Money is in whole currency units: 12.373 tỷ đồng is 12373000000000 VND. */
export type Unit =
  /** A count of things (projects, gates, rank positions). */
  | 'COUNT'
  /** Kilometres. */
  | 'KM'
  /** Square kilometres. */
  | 'KM2'
  /** Million đồng per person (GRDP per capita: 102 triệu đồng/người is 102). */
  | 'MILLION_VND_PER_PERSON'
  /** Percent (a share). */
  | 'PERCENT'
  /** Percentage points per year (a change of a rate). */
  | 'PERCENTAGE_POINTS_PER_YEAR'
  /** Percent per year (a growth rate): 9,72%/năm is 9.72. */
  | 'PERCENT_PER_YEAR'
  /** US dollars, whole units: 16,3 tỷ USD is 16300000000. */
  | 'USD'
  /** Vietnamese đồng, whole units. */
  | 'VND';

export type DashboardProvincesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type DashboardProvincesQuery = {
  provinces: {
    totalCount: number;
    nodes: Array<{
      id: string;
      code: string;
      name: string;
      status: AdministrativeStatus;
      targets: { totalCount: number; nodes: Array<{ id: string; progress: { status: ProgressStatus } }> };
    }>;
  };
};

export type DecisionDetailQueryVariables = Exact<{
  number: string;
}>;

export type DecisionDetailQuery = {
  decision: {
    id: string;
    key: string;
    number: string | null;
    kind: DecisionKind;
    title: string;
    titleEn: string;
    issuer: string;
    issuerEn: string;
    signedOn: string | null;
    effectiveOn: string | null;
    visionYear: number | null;
    signer: { id: string; name: string } | null;
    period: { startYear: number | null; endYear: number } | null;
    province: { id: string; code: string; name: string } | null;
    implements: { id: string; number: string | null; titleEn: string; signedOn: string | null } | null;
    implementedBy: Array<{ id: string; number: string | null; titleEn: string; effectiveOn: string | null }>;
    breakthroughs: Array<{ id: string; ordinal: number; titleEn: string; area: BreakthroughArea }>;
    targets: {
      totalCount: number;
      nodes: Array<{
        id: string;
        comparator: Comparator;
        value: number;
        maxValue: number | null;
        unit: Unit;
        statementEn: string;
        indicator: { id: string; code: string; nameEn: string };
      }>;
    };
    citations: Array<{ locator: string | null; quote: string | null; source: { id: string; key: string; title: string } }>;
  } | null;
};

export type GateDetailQueryVariables = Exact<{
  slug: string;
}>;

export type GateDetailQuery = {
  gate: {
    id: string;
    slug: string;
    name: string;
    nameEn: string;
    type: GateType;
    plannedType: GateType | null;
    locality: string | null;
    counterpart: string | null;
    counterpartLocation: string | null;
    description: string | null;
    descriptionEn: string | null;
    uncertainty: string | null;
    province: { id: string; code: string; name: string };
    economicZone: { id: string; slug: string; name: string } | null;
    partOf: { id: string; slug: string; name: string } | null;
    typeHistory: Array<{
      type: GateType;
      since: string | null;
      planned: boolean;
      label: string | null;
      period: { startYear: number | null; endYear: number } | null;
      citations: Array<{ locator: string | null; quote: string | null; source: { id: string; key: string; title: string; url: string | null } }>;
    }>;
    projects: Array<{ id: string; slug: string; nameEn: string; kind: ProjectKind; status: ProjectStatus }>;
    citations: Array<{ locator: string | null; quote: string | null; source: { id: string; key: string; title: string; url: string | null } }>;
  } | null;
};

export type IndicatorComparisonQueryVariables = Exact<{
  code: string;
}>;

export type IndicatorComparisonQuery = {
  indicator: {
    id: string;
    code: string;
    name: string;
    nameEn: string;
    category: IndicatorCategory;
    unit: Unit;
    targets: {
      totalCount: number;
      nodes: Array<{
        id: string;
        comparator: Comparator;
        value: number;
        maxValue: number | null;
        unit: Unit;
        period: { startYear: number | null; endYear: number } | null;
        province: { id: string; code: string; name: string } | null;
        decision: { id: string; number: string | null; titleEn: string };
      }>;
    };
    observations: {
      totalCount: number;
      nodes: Array<{
        id: string;
        comparator: Comparator;
        value: number;
        maxValue: number | null;
        unit: Unit;
        asOf: string | null;
        period: { startYear: number | null; endYear: number } | null;
        province: { id: string; code: string; name: string } | null;
        economicZone: { id: string; slug: string; nameEn: string } | null;
      }>;
    };
  } | null;
};

export type NationalTargetsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type NationalTargetsQuery = {
  provinces: {
    totalCount: number;
    nodes: Array<{
      id: string;
      code: string;
      name: string;
      targets: {
        nodes: Array<{
          id: string;
          comparator: Comparator;
          value: number;
          maxValue: number | null;
          unit: Unit;
          period: { startYear: number | null; endYear: number } | null;
          indicator: { id: string; code: string; nameEn: string };
          decision: { id: string; number: string | null; titleEn: string };
        }>;
      };
    }>;
  };
};

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type NodeByIdQuery = {
  node:
    | { __typename: 'Breakthrough'; titleEn: string; area: BreakthroughArea; id: string }
    | { __typename: 'EconomicZone'; slug: string; nameEn: string; id: string }
    | { __typename: 'Gate'; slug: string; name: string; type: GateType; id: string }
    | { __typename: 'Indicator'; code: string; nameEn: string; id: string }
    | { __typename: 'Meeting'; id: string }
    | { __typename: 'Milestone'; key: string; titleEn: string; id: string }
    | { __typename: 'Observation'; value: number; unit: Unit; comparator: Comparator; id: string }
    | { __typename: 'OfficeTerm'; id: string }
    | { __typename: 'Person'; id: string }
    | { __typename: 'PlanDecision'; number: string | null; titleEn: string; id: string }
    | { __typename: 'PlanItem'; id: string }
    | { __typename: 'Project'; slug: string; nameEn: string; id: string }
    | { __typename: 'Province'; code: string; name: string; id: string }
    | { __typename: 'SourceDocument'; key: string; title: string; id: string }
    | { __typename: 'Target'; value: number; unit: Unit; comparator: Comparator; id: string }
    | null;
};

export type ProjectsQueryVariables = Exact<{
  provinceCode?: string | null | undefined;
  kind?: ProjectKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ProjectsQuery = {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      slug: string;
      name: string;
      nameEn: string;
      kind: ProjectKind;
      status: ProjectStatus;
      period: { startYear: number | null; endYear: number } | null;
      investment: Array<{ amount: number; currency: string; label: string | null }>;
      provinces: Array<{ id: string; code: string; name: string }>;
      gates: Array<{ id: string; slug: string; name: string; type: GateType }>;
      breakthroughs: Array<{ id: string; ordinal: number; titleEn: string; area: BreakthroughArea }>;
    }>;
  };
};

export type ProvinceDashboardQueryVariables = Exact<{
  code: string;
}>;

export type ProvinceDashboardQuery = {
  province: {
    id: string;
    code: string;
    name: string;
    status: AdministrativeStatus;
    mergedOn: string | null;
    targets: {
      totalCount: number;
      nodes: Array<{
        id: string;
        comparator: Comparator;
        value: number;
        maxValue: number | null;
        unit: Unit;
        statementEn: string;
        period: { startYear: number | null; endYear: number } | null;
        indicator: { id: string; code: string; nameEn: string };
        decision: { id: string; number: string | null; titleEn: string };
        progress: {
          status: ProgressStatus;
          ratio: number | null;
          method: string;
          assessedOn: string | null;
          baseline: {
            id: string;
            comparator: Comparator;
            value: number;
            maxValue: number | null;
            unit: Unit;
            asOf: string | null;
            period: { startYear: number | null; endYear: number } | null;
          } | null;
          latest: {
            id: string;
            comparator: Comparator;
            value: number;
            maxValue: number | null;
            unit: Unit;
            asOf: string | null;
            period: { startYear: number | null; endYear: number } | null;
          } | null;
        };
        citations: Array<{ locator: string | null; quote: string | null; source: { id: string; title: string; url: string | null; language: string } }>;
      }>;
    };
    gates: {
      totalCount: number;
      nodes: Array<{
        id: string;
        slug: string;
        name: string;
        type: GateType;
        counterpart: string | null;
        typeHistory: Array<{
          type: GateType;
          since: string | null;
          planned: boolean;
          label: string | null;
          period: { startYear: number | null; endYear: number } | null;
        }>;
      }>;
    };
    officeHolders: Array<{
      id: string;
      office: string;
      officeEn: string;
      from: string | null;
      to: string | null;
      endUnknown: boolean;
      acting: boolean;
      uncertainty: string | null;
      person: { id: string; name: string };
    }>;
  } | null;
};

export type ProvinceOverviewQueryVariables = Exact<{
  code: string;
}>;

export type ProvinceOverviewQuery = {
  province: {
    id: string;
    code: string;
    name: string;
    nameEn: string;
    status: AdministrativeStatus;
    areaKm2: number | null;
    borderLengthKm: number | null;
    targets: {
      totalCount: number;
      nodes: Array<{
        id: string;
        comparator: Comparator;
        value: number;
        maxValue: number | null;
        unit: Unit;
        isAverage: boolean;
        statement: string;
        statementEn: string;
        uncertainty: string | null;
        period: { startYear: number | null; endYear: number } | null;
        indicator: { id: string; code: string; nameEn: string };
        decision: { id: string; number: string | null; titleEn: string };
        citations: Array<{ locator: string | null; quote: string | null; source: { id: string; key: string; title: string } }>;
      }>;
    };
    decisions: {
      totalCount: number;
      nodes: Array<{
        id: string;
        number: string | null;
        kind: DecisionKind;
        title: string;
        titleEn: string;
        signedOn: string | null;
        visionYear: number | null;
        period: { startYear: number | null; endYear: number } | null;
      }>;
    };
    breakthroughs: {
      nodes: Array<{
        id: string;
        ordinal: number;
        title: string;
        titleEn: string;
        area: BreakthroughArea;
        decision: { id: string; key: string; titleEn: string };
      }>;
    };
    gates: { nodes: Array<{ id: string; slug: string; name: string; type: GateType; plannedType: GateType | null; counterpart: string | null }> };
    projects: { totalCount: number; nodes: Array<{ id: string; slug: string; name: string; nameEn: string; kind: ProjectKind; status: ProjectStatus }> };
  } | null;
};

export type TypeaheadQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;

export type TypeaheadQuery = {
  search: {
    totalCount: number;
    nodes: Array<{
      score: number;
      matchedField: string;
      language: string | null;
      snippet: string | null;
      node:
        | { __typename: 'Breakthrough'; title: string; titleEn: string; id: string }
        | { __typename: 'EconomicZone'; slug: string; name: string; nameEn: string; id: string }
        | { __typename: 'Gate'; slug: string; name: string; nameEn: string; id: string }
        | { __typename: 'Indicator'; code: string; name: string; nameEn: string; id: string }
        | { __typename: 'Meeting'; id: string }
        | { __typename: 'Milestone'; id: string }
        | { __typename: 'Observation'; id: string }
        | { __typename: 'OfficeTerm'; id: string }
        | { __typename: 'Person'; id: string }
        | { __typename: 'PlanDecision'; number: string | null; title: string; titleEn: string; id: string }
        | { __typename: 'PlanItem'; id: string }
        | { __typename: 'Project'; slug: string; name: string; nameEn: string; id: string }
        | { __typename: 'Province'; code: string; name: string; nameEn: string; id: string }
        | { __typename: 'SourceDocument'; key: string; title: string; id: string }
        | { __typename: 'Target'; statement: string; statementEn: string; id: string };
    }>;
  };
};

export const DashboardProvincesDocument = {
  __meta__: { hash: 'bcbbbacdecf66f3400761c4a0ad0fc1248c473dc9b9bfe658a08e852f332712b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardProvinces' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '100' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provinces' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'targets' },
                        arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } }],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'progress' },
                                    selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }] },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardProvincesQuery, DashboardProvincesQueryVariables>;
export const DecisionDetailDocument = {
  __meta__: { hash: '5b75c11092a20509c6f72ab7a31fad479d4b7db5fb6beee40a9a57a7b102036b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DecisionDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'number' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuerEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'visionYear' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'province' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'implements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'implementedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'breakthroughs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ordinal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targets' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statementEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'indicator' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'citations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'locator' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'source' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionDetailQuery, DecisionDetailQueryVariables>;
export const GateDetailDocument = {
  __meta__: { hash: 'fa3cdf45597f48bcaf799da279bb6293bcb48f488c84ce8a786592a79f69f040' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GateDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gate' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'slug' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counterpart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counterpartLocation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uncertainty' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'province' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'economicZone' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partOf' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'typeHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'period' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'citations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'locator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'source' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'citations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'locator' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'source' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GateDetailQuery, GateDetailQueryVariables>;
export const IndicatorComparisonDocument = {
  __meta__: { hash: '51136d9e9180587b6e84c1dc5fc8670ec06ebbdbe612a7c15e770e55b4bef651' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorComparison' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'code' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targets' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'period' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'province' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'decision' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'observations' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'period' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'province' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'economicZone' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorComparisonQuery, IndicatorComparisonQueryVariables>;
export const NationalTargetsDocument = {
  __meta__: { hash: '8a5a9cc57334b4f7861125935dc3ed72943b58cc082a4648778ee870bb6627ba' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NationalTargets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '100' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provinces' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'targets' },
                        arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } }],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'maxValue' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'period' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'indicator' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'decision' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NationalTargetsQuery, NationalTargetsQueryVariables>;
export const NodeByIdDocument = {
  __meta__: { hash: 'f0734a11bfad430a8f1c27927969282343d593874a55ec1519cd5d7a3f3c9471' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NodeById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Province' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanDecision' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Breakthrough' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Target' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Observation' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gate' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EconomicZone' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceDocument' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const ProjectsDocument = {
  __meta__: { hash: 'd56de26d029611669c9f61f54b4612b118df9604db8b88beee96cbffbb493eb6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Projects' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'provinceCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectKind' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'provinceCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'provinceCode' } },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'kind' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } } },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'period' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'investment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'provinces' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'gates' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'breakthroughs' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ordinal' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProvinceDashboardDocument = {
  __meta__: { hash: 'e033894b2109fae790e7276153fd889f4df7fd487100d388c21ba6c0259026ea' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProvinceDashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'code' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mergedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targets' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'period' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'statementEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'indicator' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'decision' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'progress' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'baseline' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'maxValue' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'period' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'latest' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'maxValue' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'period' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'citations' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'locator' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'source' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'gates' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'counterpart' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'typeHistory' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'planned' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'period' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'officeHolders' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'office' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'officeEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endUnknown' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uncertainty' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProvinceDashboardQuery, ProvinceDashboardQueryVariables>;
export const ProvinceOverviewDocument = {
  __meta__: { hash: 'a46657605492d992588f04bde94fb4686ffef7a274373445b20d72d630347839' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProvinceOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'code' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaKm2' } },
                { kind: 'Field', name: { kind: 'Name', value: 'borderLengthKm' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targets' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comparator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isAverage' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'period' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statementEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'uncertainty' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'indicator' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'decision' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'citations' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'locator' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'source' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'period' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'visionYear' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'breakthroughs' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ordinal' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'decision' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'gates' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'plannedType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'counterpart' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projects' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProvinceOverviewQuery, ProvinceOverviewQueryVariables>;
export const TypeaheadDocument = {
  __meta__: { hash: '784d845d0553c00786bf9a193c6578804b58f0c38e65ee330b4ee83fec197c91' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Typeahead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: { kind: 'ListType', type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchType' } } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '8' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'query' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'types' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'matchedField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'snippet' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Province' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanDecision' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Breakthrough' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Target' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'statementEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gate' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EconomicZone' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceDocument' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TypeaheadQuery, TypeaheadQueryVariables>;

import { registerEnumType } from 'type-graphql';

// Every enum of the public contract, plus the extensions Plan Graph adds. Values are stored as
// these same strings, so the database reads naturally and the enum is the single source of truth.

export enum Comparator {
  EQUAL = 'EQUAL',
  ABOUT = 'ABOUT',
  ABOVE = 'ABOVE',
  AT_LEAST = 'AT_LEAST',
  BELOW = 'BELOW',
  AT_MOST = 'AT_MOST',
  NEARLY = 'NEARLY',
  BETWEEN = 'BETWEEN',
}
registerEnumType(Comparator, {
  name: 'Comparator',
  description: 'How a figure is qualified in its source.',
  valuesConfig: {
    EQUAL: { description: 'Exactly the value ("đạt": reach).' },
    ABOUT: { description: 'Approximately the value ("khoảng").' },
    ABOVE: { description: 'More than the value ("trên").' },
    AT_LEAST: { description: 'The value or more ("ít nhất", "từ ... trở lên").' },
    BELOW: { description: 'Less than the value ("dưới").' },
    AT_MOST: { description: 'The value or less ("tối đa", "không quá").' },
    NEARLY: { description: 'Almost, but not quite, the value ("gần").' },
    BETWEEN: { description: 'A range from value to maxValue ("từ ... đến", "1,5% - 2%").' },
  },
});

export enum Unit {
  PERCENT = 'PERCENT',
  PERCENT_PER_YEAR = 'PERCENT_PER_YEAR',
  PERCENTAGE_POINTS_PER_YEAR = 'PERCENTAGE_POINTS_PER_YEAR',
  VND = 'VND',
  MILLION_VND_PER_PERSON = 'MILLION_VND_PER_PERSON',
  USD = 'USD',
  KM = 'KM',
  KM2 = 'KM2',
  COUNT = 'COUNT',
}
registerEnumType(Unit, {
  name: 'Unit',
  description: 'Unit of a figure. Money is in whole currency units: 12.373 tỷ đồng is 12373000000000 VND.',
  valuesConfig: {
    PERCENT: { description: 'Percent (a share).' },
    PERCENT_PER_YEAR: { description: 'Percent per year (a growth rate): 9,72%/năm is 9.72.' },
    PERCENTAGE_POINTS_PER_YEAR: { description: 'Percentage points per year (a change of a rate).' },
    VND: { description: 'Vietnamese đồng, whole units.' },
    MILLION_VND_PER_PERSON: { description: 'Million đồng per person (GRDP per capita: 102 triệu đồng/người is 102).' },
    USD: { description: 'US dollars, whole units: 16,3 tỷ USD is 16300000000.' },
    KM: { description: 'Kilometres.' },
    KM2: { description: 'Square kilometres.' },
    COUNT: { description: 'A count of things (projects, gates, rank positions).' },
  },
});

export enum AdministrativeStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
}
registerEnumType(AdministrativeStatus, {
  name: 'AdministrativeStatus',
  description: 'Whether a province still exists as a provincial-level unit.',
  valuesConfig: {
    ACTIVE: { description: 'A provincial-level unit today.' },
    MERGED: { description: 'Merged into another province (the 2025 reorganisation); see mergedInto and mergedOn.' },
  },
});

export enum DecisionKind {
  PLAN_APPROVAL = 'PLAN_APPROVAL',
  IMPLEMENTATION_PLAN = 'IMPLEMENTATION_PLAN',
  GENERAL_CONSTRUCTION_PLAN = 'GENERAL_CONSTRUCTION_PLAN',
  ZONING_PLAN = 'ZONING_PLAN',
  PARTY_RESOLUTION = 'PARTY_RESOLUTION',
  PROGRAMME = 'PROGRAMME',
  SOCIO_ECONOMIC_PLAN = 'SOCIO_ECONOMIC_PLAN',
  SCHEME = 'SCHEME',
  OTHER = 'OTHER',
  DETAILED_PLAN = 'DETAILED_PLAN',
  SECTORAL_PLAN = 'SECTORAL_PLAN',
  BUDGET = 'BUDGET',
  STRATEGY = 'STRATEGY',
  AGREEMENT = 'AGREEMENT',
  LEGAL_NORM = 'LEGAL_NORM',
}
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'What kind of governing document a PlanDecision is.',
  valuesConfig: {
    PLAN_APPROVAL: { description: 'Approves a master plan (e.g. 1486/QĐ-TTg for Cao Bằng).' },
    IMPLEMENTATION_PLAN: { description: 'Plan to implement a master plan (e.g. 1371/QĐ-TTg for Lạng Sơn).' },
    GENERAL_CONSTRUCTION_PLAN: { description: 'General construction plan ("quy hoạch chung xây dựng"), e.g. of an economic zone.' },
    ZONING_PLAN: { description: 'Zoning plan ("quy hoạch phân khu"), e.g. at scale 1:2000.' },
    PARTY_RESOLUTION: { description: 'Resolution of a Party congress or committee.' },
    PROGRAMME: { description: 'Programme or action programme ("chương trình").' },
    SOCIO_ECONOMIC_PLAN: { description: 'Socio-economic development plan (five-year or annual).' },
    SCHEME: { description: 'Scheme or project proposal ("đề án").' },
    OTHER: { description: 'Any other document (planning tasks, establishment decisions, endorsements).' },
    DETAILED_PLAN: { description: 'Detailed plan ("quy hoạch chi tiết") of an area.' },
    SECTORAL_PLAN: { description: 'National sectoral plan (power, minerals, forestry).' },
    BUDGET: { description: 'Budget estimate or public investment plan.' },
    STRATEGY: { description: 'Development strategy (e.g. the 10-year socio-economic strategy).' },
    AGREEMENT: { description: 'Agreement between states or provinces.' },
    LEGAL_NORM: { description: 'Law, decree or National Assembly resolution.' },
  },
});

export enum BreakthroughArea {
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  SCIENCE_TECHNOLOGY_DIGITAL = 'SCIENCE_TECHNOLOGY_DIGITAL',
  INSTITUTIONS = 'INSTITUTIONS',
  BORDER_ECONOMY = 'BORDER_ECONOMY',
  OTHER = 'OTHER',
}
registerEnumType(BreakthroughArea, {
  name: 'BreakthroughArea',
  description: 'The field a strategic breakthrough ("khâu đột phá") addresses.',
  valuesConfig: {
    HUMAN_RESOURCES: { description: 'Cadres and human resources.' },
    INFRASTRUCTURE: { description: 'Transport, urban and other infrastructure.' },
    SCIENCE_TECHNOLOGY_DIGITAL: { description: 'Science, technology, innovation and digital transformation.' },
    INSTITUTIONS: { description: 'Institutions, mechanisms, policies and the investment environment.' },
    BORDER_ECONOMY: { description: 'The border-gate economy.' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum IndicatorCategory {
  ECONOMY = 'ECONOMY',
  PUBLIC_FINANCE = 'PUBLIC_FINANCE',
  SOCIETY = 'SOCIETY',
  TRADE_AND_INVESTMENT = 'TRADE_AND_INVESTMENT',
  SCIENCE_TECHNOLOGY = 'SCIENCE_TECHNOLOGY',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  ENVIRONMENT = 'ENVIRONMENT',
  OTHER = 'OTHER',
}
registerEnumType(IndicatorCategory, {
  name: 'IndicatorCategory',
  description: 'Broad grouping of indicators, for dashboards.',
  valuesConfig: {
    ECONOMY: { description: 'Growth, output, income.' },
    PUBLIC_FINANCE: { description: 'Budget revenue and spending.' },
    SOCIETY: { description: 'Poverty, population, social indicators.' },
    TRADE_AND_INVESTMENT: { description: 'Trade turnover, investment projects and capital.' },
    SCIENCE_TECHNOLOGY: { description: 'Science, technology and innovation.' },
    INFRASTRUCTURE: { description: 'Infrastructure and territory.' },
    ENVIRONMENT: { description: 'Environment and resources.' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum ProjectKind {
  EXPRESSWAY = 'EXPRESSWAY',
  ROAD = 'ROAD',
  CORRIDOR = 'CORRIDOR',
  LOGISTICS = 'LOGISTICS',
  BORDER_GATE_INFRASTRUCTURE = 'BORDER_GATE_INFRASTRUCTURE',
  CROSS_BORDER_ZONE = 'CROSS_BORDER_ZONE',
  INDUSTRIAL_PARK = 'INDUSTRIAL_PARK',
  TOURISM = 'TOURISM',
  HERITAGE = 'HERITAGE',
  OTHER = 'OTHER',
}
registerEnumType(ProjectKind, {
  name: 'ProjectKind',
  description: 'What a project builds.',
  valuesConfig: {
    EXPRESSWAY: { description: 'Expressway ("cao tốc").' },
    ROAD: { description: 'National, provincial or connector roads.' },
    CORRIDOR: { description: 'Economic or transport corridor.' },
    LOGISTICS: { description: 'Dry ports, warehouses, transshipment areas.' },
    BORDER_GATE_INFRASTRUCTURE: { description: 'Infrastructure and modernisation of border gates.' },
    CROSS_BORDER_ZONE: { description: 'Cross-border economic cooperation or non-tariff zones.' },
    INDUSTRIAL_PARK: { description: 'Industrial parks and clusters.' },
    TOURISM: { description: 'Tourist areas and tourism infrastructure.' },
    HERITAGE: { description: 'Restoration of relics and heritage sites.' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum ProjectStatus {
  PROPOSED = 'PROPOSED',
  PREPARING = 'PREPARING',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  COMPLETED = 'COMPLETED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'How far a project has got, by the newest cited fact.',
  valuesConfig: {
    PROPOSED: { description: 'Named in a plan; no preparation reported.' },
    PREPARING: { description: 'Being prepared (investment procedures, design, site clearance).' },
    UNDER_CONSTRUCTION: { description: 'Construction has started.' },
    COMPLETED: { description: 'Finished and in use.' },
    UNKNOWN: { description: 'The sources do not say.' },
  },
});

export enum GateType {
  INTERNATIONAL = 'INTERNATIONAL',
  MAIN = 'MAIN',
  AUXILIARY = 'AUXILIARY',
  CROSSING = 'CROSSING',
}
registerEnumType(GateType, {
  name: 'GateType',
  description: 'Legal category of a land border gate (Decree 112/2014/NĐ-CP).',
  valuesConfig: {
    INTERNATIONAL: { description: 'International gate ("cửa khẩu quốc tế"): open to third-country people and goods.' },
    MAIN: { description: 'Main or bilateral gate ("cửa khẩu chính / song phương"); older press says "cửa khẩu quốc gia".' },
    AUXILIARY: { description: 'Secondary gate ("cửa khẩu phụ").' },
    CROSSING: { description: 'Border crossing or clearance route ("lối mở", "lối thông quan").' },
  },
});

export enum SourceKind {
  LEGAL_DOCUMENT = 'LEGAL_DOCUMENT',
  OFFICIAL_PORTAL = 'OFFICIAL_PORTAL',
  NEWS = 'NEWS',
  OTHER = 'OTHER',
}
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'What kind of publication a source is; a hint of its reliability.',
  valuesConfig: {
    LEGAL_DOCUMENT: { description: 'Text of a legal document or a legal database.' },
    OFFICIAL_PORTAL: { description: 'A government portal.' },
    NEWS: { description: 'Press and news sites.' },
    OTHER: { description: 'Community datasets, wiki mirrors and other sources of lower reliability.' },
  },
});

export enum EconomicZoneKind {
  BORDER_GATE_ECONOMIC_ZONE = 'BORDER_GATE_ECONOMIC_ZONE',
  CROSS_BORDER_COOPERATION_ZONE = 'CROSS_BORDER_COOPERATION_ZONE',
  NON_TARIFF_ZONE = 'NON_TARIFF_ZONE',
}
registerEnumType(EconomicZoneKind, {
  name: 'EconomicZoneKind',
  description: 'What kind of zone an EconomicZone is.',
  valuesConfig: {
    BORDER_GATE_ECONOMIC_ZONE: { description: 'Border-gate economic zone ("khu kinh tế cửa khẩu").' },
    CROSS_BORDER_COOPERATION_ZONE: { description: 'Cross-border economic cooperation zone ("khu hợp tác kinh tế qua biên giới").' },
    NON_TARIFF_ZONE: { description: 'Non-tariff (duty-free) zone ("khu phi thuế quan").' },
  },
});

export enum MilestoneKind {
  MILESTONE = 'MILESTONE',
  QUALITATIVE_TARGET = 'QUALITATIVE_TARGET',
}
registerEnumType(MilestoneKind, {
  name: 'MilestoneKind',
  description: 'A dated goal without a number.',
  valuesConfig: {
    MILESTONE: { description: 'Something to be done by a date or within a period (upgrade a gate, start a road).' },
    QUALITATIVE_TARGET: { description: 'A goal stated without a figure ("join the average group of the region").' },
  },
});

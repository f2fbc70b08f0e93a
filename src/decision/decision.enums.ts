import { registerEnumType } from 'type-graphql';

// Values are stored as these same strings, so the database reads naturally and the enum is the single source of truth.

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

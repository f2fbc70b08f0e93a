import { registerEnumType } from 'type-graphql';

export enum PlanItemKind {
  ORIENTATION = 'ORIENTATION',
  REQUIREMENT = 'REQUIREMENT',
  TASK_GROUP = 'TASK_GROUP',
  TASK = 'TASK',
  SOLUTION = 'SOLUTION',
  ESSENTIAL_ISSUE = 'ESSENTIAL_ISSUE',
}
registerEnumType(PlanItemKind, {
  name: 'PlanItemKind',
  description: 'What a listed item of a document is.',
  valuesConfig: {
    ORIENTATION: { description: 'A major orientation (định hướng lớn).' },
    REQUIREMENT: { description: 'A requirement the document sets for itself (yêu cầu).' },
    TASK_GROUP: { description: 'A group of key tasks (nhóm nhiệm vụ trọng tâm).' },
    TASK: { description: 'A key task (nhiệm vụ).' },
    SOLUTION: { description: 'A task or solution of an implementation plan (nhiệm vụ, giải pháp).' },
    ESSENTIAL_ISSUE: { description: 'An essential issue raised about the plan (vấn đề cốt yếu).' },
  },
});

export enum PlanItemArea {
  PLANNING = 'PLANNING',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  ECONOMY = 'ECONOMY',
  BORDER_ECONOMY = 'BORDER_ECONOMY',
  TOURISM = 'TOURISM',
  AGRICULTURE_FORESTRY = 'AGRICULTURE_FORESTRY',
  ENERGY_MINERALS = 'ENERGY_MINERALS',
  INVESTMENT_ENVIRONMENT = 'INVESTMENT_ENVIRONMENT',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  SCIENCE_TECHNOLOGY_DIGITAL = 'SCIENCE_TECHNOLOGY_DIGITAL',
  SOCIETY = 'SOCIETY',
  ENVIRONMENT = 'ENVIRONMENT',
  FINANCE = 'FINANCE',
  DEFENCE_SECURITY = 'DEFENCE_SECURITY',
  GOVERNANCE = 'GOVERNANCE',
}
registerEnumType(PlanItemArea, {
  name: 'PlanItemArea',
  description: 'The field a listed item addresses.',
  valuesConfig: {
    PLANNING: { description: 'The planning system and consistency between plans.' },
    INFRASTRUCTURE: { description: 'Transport, urban and strategic infrastructure, regional linkage.' },
    ECONOMY: { description: 'Growth model and economic restructuring.' },
    BORDER_ECONOMY: { description: 'The border-gate economy, logistics and trade.' },
    TOURISM: { description: 'Tourism and heritage.' },
    AGRICULTURE_FORESTRY: { description: 'Agriculture, forestry and the forest economy.' },
    ENERGY_MINERALS: { description: 'Power, minerals and sectoral plans of resources.' },
    INVESTMENT_ENVIRONMENT: { description: 'Investment attraction, mechanisms, policies and administrative reform.' },
    HUMAN_RESOURCES: { description: 'Human resources.' },
    SCIENCE_TECHNOLOGY_DIGITAL: { description: 'Science, technology, innovation and digital transformation.' },
    SOCIETY: { description: 'Social security, equity and ethnic-minority areas.' },
    ENVIRONMENT: { description: 'Environmental protection.' },
    FINANCE: { description: 'Financial resources and public investment.' },
    DEFENCE_SECURITY: { description: 'Defence and security.' },
    GOVERNANCE: { description: 'Organisation, decentralisation and responsibilities.' },
  },
});

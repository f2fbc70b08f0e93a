import { registerEnumType } from 'type-graphql';

export enum SearchType {
  PROVINCE = 'PROVINCE',
  DECISION = 'DECISION',
  BREAKTHROUGH = 'BREAKTHROUGH',
  INDICATOR = 'INDICATOR',
  TARGET = 'TARGET',
  PROJECT = 'PROJECT',
  GATE = 'GATE',
  ECONOMIC_ZONE = 'ECONOMIC_ZONE',
  SOURCE = 'SOURCE',
  PERSON = 'PERSON',
  MEETING = 'MEETING',
  PLAN_ITEM = 'PLAN_ITEM',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'The kinds of object search can find.',
  valuesConfig: {
    PROVINCE: { description: 'Provinces (name, English name, code).' },
    DECISION: { description: 'Plan decisions and other documents (number, title).' },
    BREAKTHROUGH: { description: 'Strategic breakthroughs (title).' },
    INDICATOR: { description: 'Indicators (code, name).' },
    TARGET: { description: 'Targets (statement).' },
    PROJECT: { description: 'Projects (name, other names, description).' },
    GATE: { description: 'Border gates (name, counterpart, locality, description).' },
    ECONOMIC_ZONE: { description: 'Economic zones (name, description).' },
    SOURCE: { description: 'Source documents (title, publisher).' },
    PERSON: { description: 'People the documents name (name).' },
    MEETING: { description: 'Congresses, conferences and sessions (name).' },
    PLAN_ITEM: { description: 'The orientations, requirements, task groups and solutions documents list (title).' },
  },
});

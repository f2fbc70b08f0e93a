import { registerEnumType } from 'type-graphql';

// Values are stored as these same strings, so the database reads naturally and the enum is the single source of truth.

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

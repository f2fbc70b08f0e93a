import { registerEnumType } from 'type-graphql';

// Values are stored as these same strings, so the database reads naturally and the enum is the single source of truth.

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

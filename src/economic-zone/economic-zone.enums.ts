import { registerEnumType } from 'type-graphql';

// Values are stored as these same strings, so the database reads naturally and the enum is the single source of truth.

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

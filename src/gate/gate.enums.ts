import { registerEnumType } from 'type-graphql';

// Values are stored as these same strings, so the database reads naturally and the enum is the single source of truth.

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

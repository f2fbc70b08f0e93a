import { registerEnumType } from 'type-graphql';

export enum Office {
  PARTY_SECRETARY = 'PARTY_SECRETARY',
  DEPUTY_PARTY_SECRETARY = 'DEPUTY_PARTY_SECRETARY',
  STANDING_DEPUTY_PARTY_SECRETARY = 'STANDING_DEPUTY_PARTY_SECRETARY',
  PPC_CHAIRMAN = 'PPC_CHAIRMAN',
  VFF_CHAIRMAN = 'VFF_CHAIRMAN',
  NA_DELEGATION_HEAD = 'NA_DELEGATION_HEAD',
  EZ_BOARD_HEAD = 'EZ_BOARD_HEAD',
  DEPUTY_PRIME_MINISTER = 'DEPUTY_PRIME_MINISTER',
  MINISTER = 'MINISTER',
  GENERAL_SECRETARY = 'GENERAL_SECRETARY',
}
registerEnumType(Office, {
  name: 'Office',
  description: 'A public office the documents name, as a code; OfficeTerm.office gives it as the source words it.',
  valuesConfig: {
    PARTY_SECRETARY: { description: 'Provincial Party Secretary (Bí thư Tỉnh ủy).' },
    DEPUTY_PARTY_SECRETARY: { description: 'Deputy Provincial Party Secretary (Phó Bí thư Tỉnh ủy).' },
    STANDING_DEPUTY_PARTY_SECRETARY: { description: 'Standing Deputy Provincial Party Secretary (Phó Bí thư Thường trực Tỉnh ủy).' },
    PPC_CHAIRMAN: { description: "Chairman of the Provincial People's Committee (Chủ tịch UBND tỉnh)." },
    VFF_CHAIRMAN: { description: 'Chairman of the provincial Vietnam Fatherland Front Committee (Chủ tịch Ủy ban MTTQ tỉnh).' },
    NA_DELEGATION_HEAD: { description: "Head of the province's National Assembly delegation (Trưởng Đoàn ĐBQH tỉnh)." },
    EZ_BOARD_HEAD: { description: 'Head of an economic-zone management board (Trưởng Ban Quản lý Khu kinh tế).' },
    DEPUTY_PRIME_MINISTER: { description: 'Deputy Prime Minister (Phó Thủ tướng).' },
    MINISTER: { description: 'A government minister (Bộ trưởng); the title says which ministry.' },
    GENERAL_SECRETARY: { description: 'General Secretary of the Communist Party of Vietnam (Tổng Bí thư).' },
  },
});

import { registerEnumType } from 'type-graphql';

// Values are stored as these same strings, so the database reads naturally and the enum is the single source of truth.

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

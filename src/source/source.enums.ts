import { registerEnumType } from 'type-graphql';

// Values are stored as these same strings, so the database reads naturally and the enum is the single source of truth.

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

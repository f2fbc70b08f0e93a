import { registerEnumType } from 'type-graphql';

export enum MeetingKind {
  CONGRESS = 'CONGRESS',
  CONFERENCE = 'CONFERENCE',
  SESSION = 'SESSION',
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'What kind of meeting it was.',
  valuesConfig: {
    CONGRESS: { description: 'A party congress (Đại hội), national or provincial, that elects and adopts a resolution.' },
    CONFERENCE: { description: 'A conference (Hội nghị): of a party executive committee, or one that publicises a plan.' },
    SESSION: { description: "A session (kỳ họp) of a People's Council or the National Assembly." },
  },
});

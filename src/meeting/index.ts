import { eachRow, knownFrom } from '../common/known-from.js';
import { citationsResolver } from '../citation/citation.resolver.js';
import { Meeting } from './meeting.entity.js';
import { DecisionMeetingsResolver, MeetingResolver } from './meeting.resolver.js';

export const entities = [Meeting];
export const resolvers = [MeetingResolver, DecisionMeetingsResolver, citationsResolver(Meeting)];

knownFrom(
  Meeting,
  eachRow((m) => m.startsOn ?? null),
);

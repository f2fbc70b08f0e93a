import { z } from 'zod';
import { MeetingKind } from '../meeting/meeting.enums.js';
import { Office } from '../person/person.enums.js';
import { citations, date, key, optional, slug, text, uncertainty } from './fixture-fields.js';

// People, the offices they held and the meetings that adopted the documents. Objects are strict:
// an unknown field is an error.

export const personRecord = z.strictObject({ key, name: text, nameEn: text, uncertainty, citations });

export const officeTermRecord = z
  .strictObject({
    key,
    person: key,
    office: text,
    officeEn: text,
    kind: z.enum(Office),
    province: optional(slug),
    from: optional(date),
    to: optional(date),
    endUnknown: optional(z.boolean()),
    acting: optional(z.boolean()),
    appointedBy: optional(text),
    uncertainty,
    citations,
  })
  .refine((t) => t.from == null || t.to == null || t.from <= t.to, { path: ['to'], message: 'must not be before from' });

export const meetingRecord = z
  .strictObject({
    key,
    kind: z.enum(MeetingKind),
    name: text,
    nameEn: text,
    startsOn: optional(date),
    endsOn: optional(date),
    province: optional(slug),
    chair: optional(key),
    coChair: optional(key),
    adopted: optional(z.array(key)),
    discussed: optional(z.array(key)),
    uncertainty,
    citations,
  })
  .refine((m) => m.startsOn == null || m.endsOn == null || m.startsOn <= m.endsOn, { path: ['endsOn'], message: 'must not be before startsOn' });

import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../context.js';
import type { Row } from '../data/row.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Person } from '../person/person.entity.js';
import { Province } from '../province/province.entity.js';
import { inProvince } from '../province/province.repository.js';
import { Meeting, MeetingConnection } from './meeting.entity.js';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Congresses, conferences and sessions that adopted or discussed documents.' })
  async meetings(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Only meetings of the province with this statistics code.' }) provinceCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Row<Meeting>>> {
    return rootPage(ctx, Meeting, await inProvince<Meeting>(ctx, {}, provinceCode), page);
  }

  @Query(() => Meeting, { nullable: true, description: 'One meeting by key ("cao-bang-party-congress-20"); null when none matches.' })
  meeting(@Arg('key', () => String, { description: 'The ASCII key.' }) key: string, @Ctx() { loaders }: Context): Promise<Row<Meeting> | null> {
    return loaders.byKey(Meeting, 'key').load(key.trim().toLowerCase());
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province that held it; null for a national meeting.' })
  province(@Root() meeting: Row<Meeting>, @Ctx() { loaders }: Context): Promise<Row<Province> | null> {
    return loaders.one(Meeting, 'province', meeting);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who chaired it, when a source says.' })
  chair(@Root() meeting: Row<Meeting>, @Ctx() { loaders }: Context): Promise<Row<Person> | null> {
    return loaders.one(Meeting, 'chair', meeting);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who co-chaired it, when a source says.' })
  coChair(@Root() meeting: Row<Meeting>, @Ctx() { loaders }: Context): Promise<Row<Person> | null> {
    return loaders.one(Meeting, 'coChair', meeting);
  }

  @FieldResolver(() => [PlanDecision], { description: 'Documents it adopted.' })
  adopted(@Root() meeting: Row<Meeting>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>[]> {
    return loaders.all(Meeting, 'adopted', meeting);
  }

  @FieldResolver(() => [PlanDecision], { description: 'Documents it discussed (drafts considered, plans publicised) without adopting them.' })
  discussed(@Root() meeting: Row<Meeting>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>[]> {
    return loaders.all(Meeting, 'discussed', meeting);
  }
}

@Resolver(() => PlanDecision)
export class DecisionMeetingsResolver {
  @FieldResolver(() => [Meeting], { description: 'The meetings that adopted it.' })
  adoptedAt(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<Meeting>[]> {
    return loaders.all(PlanDecision, 'adoptedAt', decision);
  }

  @FieldResolver(() => [Meeting], { description: 'The meetings that discussed it.' })
  discussedAt(@Root() decision: Row<PlanDecision>, @Ctx() { loaders }: Context): Promise<Row<Meeting>[]> {
    return loaders.all(PlanDecision, 'discussedAt', decision);
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Page } from '../common/connection.js';
import { rootPage } from '../common/pages.js';
import { PageArgs } from '../common/paging.js';
import { DateScalar } from '../common/scalars.js';
import type { Context } from '../context.js';
import type { Row } from '../data/row.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Province } from '../province/province.entity.js';
import { OfficeTerm } from './office-term.entity.js';
import { heldOn } from './office-terms.js';
import { Person, PersonConnection } from './person.entity.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People the documents name, in fixture order.' })
  people(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Row<Person>>> {
    return rootPage(ctx, Person, {}, page);
  }

  @Query(() => Person, { nullable: true, description: 'One person by key ("tran-hong-ha"); null when none matches.' })
  person(@Arg('key', () => String, { description: 'The ASCII key.' }) key: string, @Ctx() { loaders }: Context): Promise<Row<Person> | null> {
    return loaders.byKey(Person, 'key').load(key.trim().toLowerCase());
  }

  @FieldResolver(() => [OfficeTerm], { description: 'The offices they held, oldest first.' })
  terms(@Root() person: Row<Person>, @Ctx() { loaders }: Context): Promise<Row<OfficeTerm>[]> {
    return loaders.all(Person, 'terms', person);
  }

  @FieldResolver(() => [PlanDecision], { description: 'The documents they signed.' })
  decisionsSigned(@Root() person: Row<Person>, @Ctx() { loaders }: Context): Promise<Row<PlanDecision>[]> {
    return loaders.all(Person, 'signed', person);
  }
}

@Resolver(() => OfficeTerm)
export class OfficeTermResolver {
  @FieldResolver(() => Person, { description: 'Who held the office.' })
  async person(@Root() term: Row<OfficeTerm>, @Ctx() { loaders }: Context): Promise<Row<Person>> {
    return (await loaders.one(OfficeTerm, 'person', term))!;
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province of the office; null for a national office.' })
  province(@Root() term: Row<OfficeTerm>, @Ctx() { loaders }: Context): Promise<Row<Province> | null> {
    return loaders.one(OfficeTerm, 'province', term);
  }
}

@Resolver(() => Province)
export class ProvinceOfficeResolver {
  @FieldResolver(() => [OfficeTerm], { description: "Who held the province's offices on a date (default: the root field's asOf, else today)." })
  async officeHolders(
    @Root() province: Row<Province>,
    @Arg('asOf', () => DateScalar, { nullable: true, description: "The date; default: the root field's asOf, else today." }) asOf: Date | string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Row<OfficeTerm>[]> {
    return heldOn(await ctx.loaders.all(Province, 'officeTerms', province), asOf == null ? ctx.dates.on(info) : ctx.dates.check(asOf));
  }
}

import type { Plain } from '../common/base.entity.js';
import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Province } from '../province/province.entity.js';
import type { Figure } from './figure.entity.js';
import { Indicator } from './indicator.entity.js';

/** The relations targets and observations share. */
export function figureResolver<T extends Figure>(type: ClassType<T>): ClassType {
  @Resolver(() => type)
  class FigureResolver {
    @FieldResolver(() => Indicator, { description: 'What is measured.' })
    async indicator(@Root() figure: Plain<T>, @Ctx() { loaders }: Context): Promise<Indicator> {
      return (await loaders.one(Indicator, figure.indicator))!;
    }

    @FieldResolver(() => Province, { nullable: true, description: 'The province it concerns; null for a national figure.' })
    province(@Root() figure: Plain<T>, @Ctx() { loaders }: Context): Promise<Province | null> {
      return loaders.one(Province, figure.province);
    }
  }
  return FigureResolver;
}

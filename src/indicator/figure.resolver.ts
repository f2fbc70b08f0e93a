import type { Row } from '../data/row.js';
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
    async indicator(@Root() figure: Row<Figure>, @Ctx() { loaders }: Context): Promise<Row<Indicator>> {
      return (await loaders.one<Figure, 'indicator'>(type, 'indicator', figure))!;
    }

    @FieldResolver(() => Province, { nullable: true, description: 'The province it concerns; null for a national figure.' })
    province(@Root() figure: Row<Figure>, @Ctx() { loaders }: Context): Promise<Row<Province> | null> {
      return loaders.one<Figure, 'province'>(type, 'province', figure);
    }
  }
  return FigureResolver;
}

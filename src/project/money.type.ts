import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An amount of money in whole currency units.' })
export class Money {
  @Field(() => Float, { description: 'Whole currency units: 25.550 tỷ đồng is 25550000000000.' })
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 code: "VND", "USD".' })
  currency!: string;

  @Field(() => String, { nullable: true, description: 'What the amount covers: "total", "phase 1".' })
  label?: string | null;
}

import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { encodeCursor, type PageArgs, type PageSlice, slicePage } from './paging.js';

@ObjectType({ description: 'Where a page sits in its connection (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; null for an empty page.' })
  endCursor!: string | null;
}

/** A page of a connection. Nodes load lazily, so `{ totalCount }` alone costs no entity query. */
export class Page<T> {
  constructor(
    private readonly slice: PageSlice,
    private readonly typeName: string,
    private readonly load: (ids: number[]) => Promise<T[]>,
  ) {}

  get totalCount(): number {
    return this.slice.totalCount;
  }

  get pageInfo(): PageInfo {
    const { ids, hasNextPage, hasPreviousPage } = this.slice;
    return Object.assign(new PageInfo(), {
      hasNextPage,
      hasPreviousPage,
      startCursor: ids.length ? encodeCursor(this.typeName, ids[0]!) : null,
      endCursor: ids.length ? encodeCursor(this.typeName, ids[ids.length - 1]!) : null,
    });
  }

  get nodes(): Promise<T[]> {
    return this.load(this.slice.ids);
  }

  get edges(): Promise<{ cursor: string; node: T }[]> {
    return this.nodes.then((nodes) => nodes.map((node, i) => ({ cursor: encodeCursor(this.typeName, this.slice.ids[i]!), node })));
  }
}

export function toPage<T>(ids: readonly number[], args: PageArgs, typeName: string, load: (ids: number[]) => Promise<T[]>): Page<T> {
  return new Page(slicePage(ids, args, typeName), typeName, load);
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type, with the contract's exact shape. */
export function connectionOf<T extends object>(node: ClassType<T>, plural: string) {
  const typeName = node.name;
  @ObjectType(`${typeName}Edge`, { description: `An edge in a connection of ${plural}.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this edge; pass it as after or before.' })
    cursor!: string;

    @Field(() => node, { description: `The ${typeName} at the end of the edge.` })
    node!: T;
  }

  @ObjectType(`${typeName}Connection`, { description: `A page of ${plural}, with cursors and the total count.` })
  class Connection extends Page<T> {
    @Field(() => [Edge], { description: 'The items of this page, each with its cursor.' })
    override get edges(): Promise<Edge[]> {
      return super.edges;
    }

    @Field(() => [node], { description: 'The items of this page, without cursors.' })
    override get nodes(): Promise<T[]> {
      return super.nodes;
    }

    @Field(() => Int, { description: 'Number of items in the whole connection, across all pages.' })
    override get totalCount(): number {
      return super.totalCount;
    }

    @Field(() => PageInfo, { description: 'Cursors and flags to fetch the neighbouring pages.' })
    override get pageInfo(): PageInfo {
      return super.pageInfo;
    }
  }
  return Connection;
}

import type { Context } from '../context.js';
import { Province } from './province.entity.js';

/**
 * The province a statistics code names. A code can be shared by a merged province and its
 * successor (Bắc Giang and the new Bắc Ninh both use "24"): the active province wins.
 */
export async function findProvinceByCode({ em }: Context, code: string): Promise<Province | null> {
  const [province] = await em.find(Province, { code: code.trim() }, { orderBy: { status: 'asc', id: 'asc' }, limit: 1 });
  return province ?? null;
}

/** Row id for a `provinceCode` filter; undefined when no filter, null when the code is unknown. */
export async function provinceIdFilter(ctx: Context, code: string | null | undefined): Promise<number | null | undefined> {
  if (code == null) return undefined;
  return (await findProvinceByCode(ctx, code))?.id ?? null;
}

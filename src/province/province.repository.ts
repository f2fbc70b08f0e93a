import type { Row } from '../data/row.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { AdministrativeStatus } from './province.enums.js';
import { Province } from './province.entity.js';

/**
 * The province a statistics code names. A code can be shared by a merged province and its
 * successor (Bắc Giang and the new Bắc Ninh both use "24"): the active province wins.
 */
export async function findProvinceByCode({ loaders }: Context, code: string): Promise<Row<Province> | null> {
  const provinces = await loaders.allBy(Province, 'code').load(code.trim());
  return provinces.find((province) => province.status === AdministrativeStatus.ACTIVE) ?? provinces[0] ?? null;
}

/**
 * `where` narrowed to the province a `provinceCode` filter names: unchanged without a code, null
 * (no rows at all) for a code no province has. `scope` says how the type points at its province.
 */
export async function inProvince<T extends object>(
  ctx: Context,
  where: FilterQuery<T>,
  code: string | null | undefined,
  scope: (id: number) => FilterQuery<T> = (id) => ({ province: id }) as FilterQuery<T>,
): Promise<FilterQuery<T> | null> {
  if (code == null) return where;
  const province = await findProvinceByCode(ctx, code);
  return province ? ({ ...(where as object), ...(scope(province.id) as object) } as FilterQuery<T>) : null;
}

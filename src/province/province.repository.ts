import type { Row } from '../data/row.js';
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

/** Row id for a `provinceCode` filter; undefined when no filter, null when the code is unknown. */
export async function provinceIdFilter(ctx: Context, code: string | null | undefined): Promise<number | null | undefined> {
  if (code == null) return undefined;
  return (await findProvinceByCode(ctx, code))?.id ?? null;
}

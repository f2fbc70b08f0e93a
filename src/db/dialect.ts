import type { Knex } from '@mikro-orm/knex';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

/** Which SQL the database speaks: the few statements that differ are written for each. */
export type Dialect = 'sqlite' | 'postgresql';

export function dialectOf(em: { getDriver(): unknown }): Dialect {
  return em.getDriver() instanceof PostgreSqlDriver ? 'postgresql' : 'sqlite';
}

/**
 * `column in (the values of a JSON array bound as one parameter)`: one statement text whatever the
 * number of values, so a prepared statement is reused and no list meets a limit on parameters.
 * PostgreSQL reads the array's elements as text and casts them to the column's kind.
 */
export function inJsonList(knex: Knex, dialect: Dialect, column: string, numeric: boolean): Knex.Raw {
  return knex.raw(`?? in ${jsonListSql(dialect, numeric)}`, [column, '[]']);
}

/** The subquery of inJsonList as SQL text, for statements written as text (summary/). */
export function jsonListSql(dialect: Dialect, numeric = true): string {
  if (dialect === 'postgresql') return `(select value::${numeric ? 'integer' : 'text'} from json_array_elements_text(?::json))`;
  return '(select value from json_each(?))';
}

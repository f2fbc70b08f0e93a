import { badUserInput } from './errors.js';

// Global IDs are built from natural keys (slug, code, number-derived key), never from database
// row ids, so they survive re-imports, a second replica and a move to PostgreSQL.
const SEPARATOR = ':';

export function toGlobalId(typeName: string, key: string): string {
  return Buffer.from(`${typeName}${SEPARATOR}${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string, knownTypes: readonly string[]): { typeName: string; key: string } {
  const decoded = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const at = decoded.indexOf(SEPARATOR);
  const typeName = at > 0 ? decoded.slice(0, at) : '';
  const key = at > 0 ? decoded.slice(at + 1) : '';
  if (!typeName || !key) {
    throw badUserInput(`"${id}" is not a Plan Graph ID: use the opaque id field of an object returned by this API.`, {
      argumentValue: id,
    });
  }
  if (!knownTypes.includes(typeName)) {
    throw badUserInput(`ID "${id}" names the unknown type "${typeName}"; IDs can only be of types ${knownTypes.join(', ')}.`, {
      argumentValue: id,
    });
  }
  return { typeName, key };
}

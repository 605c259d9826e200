// --columns name=C,actual=E,group=A+B and --header-row N: the user's reading of the table.
import { ROLES, type Role, type RoleColumns } from '../core';
import { CliError } from './errors';

const LETTERS = /^[A-Za-z]{1,3}$/;

function badColumns(value: string): CliError {
  return new CliError('bad-columns', { value, roles: ROLES.join(' ') });
}

export function parseColumns(value: string): RoleColumns {
  const columns: RoleColumns = {};
  for (const pair of value.split(',')) {
    const [role, letters, extra] = pair.split('=').map((part) => part.trim());
    if (role === undefined || letters === undefined || extra !== undefined) throw badColumns(value);
    if (!(ROLES as readonly string[]).includes(role)) throw badColumns(value);
    const list = letters.split('+').map((letter) => letter.trim().toUpperCase());
    if (list.length === 0 || !list.every((letter) => LETTERS.test(letter))) throw badColumns(value);
    if (role !== 'group' && list.length > 1) throw badColumns(value);
    if (columns[role as Role] !== undefined) throw badColumns(value);
    columns[role as Role] = role === 'group' ? list : (list[0] ?? '');
  }
  return columns;
}

export function parseHeaderRow(value: string): number {
  const row = /^\d{1,7}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(row) || row < 1) throw new CliError('bad-header-row', { value });
  return row;
}

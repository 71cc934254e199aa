import type { ChildView } from '../../types';
import type { ChildRecord } from '../lib/ports/records';

/** Whitelist: the record's cipher and blind index never leave the backend. */
export const toChildView = (c: ChildRecord): ChildView => ({
  id: c.id,
  name: c.name,
  idMasked: c.idMasked,
  birthDate: c.birthDate,
  sex: c.sex,
});

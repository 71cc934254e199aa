import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

export const useChildren = (skip: boolean) => useApi(() => call('enroll', 'listChildren', {}), [], { skip });

export const addChild = (name: string, idNumber: string) =>
  call('enroll', 'addChild', { name: name.trim(), idNumber: idNumber.trim().toUpperCase() });

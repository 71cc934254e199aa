import type { ActionInput } from '../../../types';
import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';

/** The helper's side: their profile and code, the families that authorised them, one family's progress. */
export const useHelperProfile = (skip: boolean) =>
  useApi(() => call('helper', 'myProfile', {}), [], { skip });

export const saveHelperProfile = (input: ActionInput<'helper', 'saveProfile'>) =>
  call('helper', 'saveProfile', input);

export const useHelpedFamilies = (skip: boolean) =>
  useApi(() => call('helper', 'listFamilies', {}), [], { skip, refreshOnShow: true });

export const useFamilyProgress = (familyId: string, skip: boolean) =>
  useApi(() => call('helper', 'viewFamily', { familyId }), [familyId], { skip });

/** The parent's side: who is behind a code, authorise, revoke, and the list of authorisations. */
export const lookupHelper = (code: string) => call('helper', 'lookupHelper', { code });

export const grantHelper = (code: string, days: number) => call('helper', 'grant', { code, days });

export const revokeGrant = (grantId: string) => call('helper', 'revoke', { grantId });

export const useMyGrants = (skip: boolean) =>
  useApi(() => call('helper', 'listMyGrants', {}), [], { skip, refreshOnShow: true });

import { call } from '../../services/api-client';
import { useApi } from '../../services/use-api';
import { CONSENT_VERSION } from '../../constants/labels';

export const useConsentState = (skip: boolean) =>
  useApi(() => call('enroll', 'getConsent', {}), [], { skip });

export const acceptConsent = (guardianName: string) =>
  call('enroll', 'acceptConsent', { version: CONSENT_VERSION, guardianName: guardianName.trim() });

import type { DepartmentKind } from '../../../types/models/department-facts';
import { call } from '../../services/api-client';

/** The `verify` actions the parent's 一键核 page uses, each one line over the typed client. */
export const startVerification = (seasonId: string, childId: string, guardianIdNumber?: string) =>
  call('verify', 'start', {
    seasonId,
    childId,
    ...(guardianIdNumber ? { guardianIdNumber: guardianIdNumber.trim().toUpperCase() } : {}),
  });

export const getVerification = (verificationId: string) => call('verify', 'get', { verificationId });

export const confirmVerification = (verificationId: string, disputed: DepartmentKind[]) =>
  call('verify', 'confirm', { verificationId, disputed });

export const uploadMaterial = (
  verificationId: string,
  kind: DepartmentKind,
  photo: { fileName: string; contentType: 'image/jpeg' | 'image/png'; dataBase64: string },
) => call('verify', 'uploadMaterial', { verificationId, kind, ...photo });

export const categoryAt = (verificationId: string, schoolId: string) =>
  call('verify', 'category', { verificationId, schoolId });

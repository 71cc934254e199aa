import type { Issue } from '../../types/envelope';

/** A backend refusal (`ok: false`) or a transport failure, with a Chinese message ready to show. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The first message for one field, e.g. `fieldMessage('idNumber')`. */
  fieldMessage(field: string): string | undefined {
    return this.issues.find((issue) => issue.path[0] === field)?.message;
  }
}

export const NETWORK_ERROR_CODE = 'NETWORK.FAILED';

export const toApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(NETWORK_ERROR_CODE, '网络连接失败，请检查网络后重试。');

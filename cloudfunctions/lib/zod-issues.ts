import { z } from 'zod';
import type { Issue } from '../../types';

// Zod's built-in Chinese messages for the generic cases (wrong type, missing field, unknown key);
// our schemas carry their own messages where a field needs a specific instruction.
z.config(z.locales.zhCN());

export const toIssues = (error: z.ZodError): Issue[] =>
  error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));

/** One sentence for the envelope's message: the first problem, with its field. */
export const summarizeIssues = (issues: Issue[]): string => {
  const first = issues[0];
  if (!first) return '填写的信息有误，请按提示修改后再提交。';
  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处需要修改）` : '';
  return `${first.message}${more}`;
};

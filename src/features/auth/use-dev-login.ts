import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Role } from '../../../types/roles';
import { call } from '../../services/api-client';
import { useAction } from '../../services/use-action';
import { saveSession } from '../../services/session';

const SUBJECT_KEY = 'ryjs.devSubjects';

/** The same browser logs in as the same person per role, so a re-login finds its own applications. */
const subjectFor = (role: Role): string => {
  const subjects = (Taro.getStorageSync(SUBJECT_KEY) || {}) as Partial<Record<Role, string>>;
  const existing = subjects[role];
  if (existing) return existing;
  const created = `${role}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  Taro.setStorageSync(SUBJECT_KEY, { ...subjects, [role]: created });
  return created;
};

export function useDevLogin(onDone: () => void) {
  const [pending, setPending] = useState<Role>();
  const { run, error } = useAction();

  const login = async (role: Role) => {
    setPending(role);
    await run(async () => {
      saveSession(await call('auth', 'devLogin', { role, subject: subjectFor(role) }));
      onDone();
    });
    setPending(undefined);
  };

  return { login, pending, error };
}

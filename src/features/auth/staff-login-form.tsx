import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import { AppButton } from '../../components/app-button';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { useStaffLogin } from './use-staff-login';

/** Login name and password of a staff account that an administrator created. */
export function StaffLoginForm({ onDone }: { onDone: () => void }) {
  const [loginName, setLoginName] = useState('');
  const [password, setPassword] = useState('');
  const { login, busy, error } = useStaffLogin(onDone);
  const ready = loginName.trim().length >= 3 && password.length > 0;

  return (
    <View>
      <Field
        label="登录名"
        required
        hint="由本区管理员分配，不区分大小写"
        error={error?.fieldMessage('loginName')}
      >
        <Input
          id="staff-login-name"
          className="input"
          placeholder="例如 wangli"
          value={loginName}
          maxlength={32}
          onInput={(e) => setLoginName(e.detail.value)}
        />
      </Field>
      <Field label="密码" required error={error?.fieldMessage('password')}>
        <Input
          id="staff-password"
          className="input"
          password
          placeholder="请输入密码"
          value={password}
          maxlength={128}
          onInput={(e) => setPassword(e.detail.value)}
          onConfirm={() => {
            if (ready) void login(loginName, password);
          }}
        />
      </Field>
      <ErrorNotice error={error} />
      <AppButton disabled={!ready} loading={busy} onClick={() => void login(loginName, password)}>
        登录
      </AppButton>
    </View>
  );
}

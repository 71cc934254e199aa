import { Text, View } from '@tarojs/components';
import type { Role } from '../../../types/roles';
import { ErrorNotice } from '../../components/error-notice';
import { ROLE_LABELS } from '../../constants/labels';
import { useDevLogin } from './use-dev-login';
import { AppButton } from '../../components/app-button';

const ROLES: { role: Role; desc: string }[] = [
  { role: 'parent', desc: '为孩子报名、查看进度' },
  { role: 'reviewer', desc: '查看并审核本区报名' },
  { role: 'helper', desc: '经家长授权后协助办理' },
  { role: 'admin', desc: '管理内容与招生数据' },
];

/** Local mode only: pick a role and get a session token, no password. */
export function DevLoginPanel({ onDone }: { onDone: () => void }) {
  const { login, pending, error } = useDevLogin(onDone);
  return (
    <View>
      <ErrorNotice error={error} />
      {ROLES.map(({ role, desc }) => (
        <View key={role} className="card row">
          <View>
            <Text className="list-item__title">{ROLE_LABELS[role]}端</Text>
            <View>
              <Text className="muted">{desc}</Text>
            </View>
          </View>
          <AppButton
            small
            kind={role === 'parent' ? 'primary' : 'secondary'}
            loading={pending === role}
            disabled={pending !== undefined}
            onClick={() => void login(role)}
          >
            {ROLE_LABELS[role]}
          </AppButton>
        </View>
      ))}
    </View>
  );
}

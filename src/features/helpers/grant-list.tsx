import { Text, View } from '@tarojs/components';
import type { GrantView } from '../../../types/models/helper';
import { AppButton } from '../../components/app-button';
import { formatInstant } from '../../utils/format';

const TONE: Record<GrantView['status'], string> = {
  active: 'tag--green',
  revoked: 'tag--grey',
  expired: 'tag--grey',
};

/** Every authorisation with its deadline and last use; the active ones can be revoked at once. */
export function GrantList({
  grants,
  revoking,
  onRevoke,
}: {
  grants: GrantView[];
  revoking?: string;
  onRevoke: (g: GrantView) => void;
}) {
  return (
    <View>
      {grants.map((g) => (
        <View key={g.id} className="list-item">
          <View className="row">
            <Text className="list-item__title">
              {g.helper.name} · {g.helper.kindLabel}
            </Text>
            <Text className={`tag ${TONE[g.status]}`}>{g.statusLabel}</Text>
          </View>
          <Text className="list-item__meta">{g.helper.organisation}</Text>
          <Text className="list-item__meta">
            {g.scopeLabels.join('、')} · {g.status === 'active' ? '有效期至' : '结束于'}{' '}
            {formatInstant(g.status === 'active' ? g.expiresAt : (g.endedAt ?? g.expiresAt))}
          </Text>
          <Text className="list-item__meta">
            {g.lastViewedAt ? `已查看 ${g.views} 次，最近 ${formatInstant(g.lastViewedAt)}` : '对方尚未查看'}
          </Text>
          {g.status === 'active' ? (
            <AppButton kind="danger" small loading={revoking === g.id} onClick={() => onRevoke(g)}>
              撤销授权
            </AppButton>
          ) : null}
        </View>
      ))}
    </View>
  );
}

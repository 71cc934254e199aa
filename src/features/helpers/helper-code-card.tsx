import { Text } from '@tarojs/components';
import type { HelperProfile } from '../../../types/models/helper';
import { Card } from '../../components/card';
import { spacedCode } from './helper-code';

/** The code the helper reads out; the parent enters it in 帮办授权 and sees the lines below. */
export function HelperCodeCard({ profile, onEdit }: { profile: HelperProfile; onEdit: () => void }) {
  return (
    <Card
      title="我的帮办码"
      extra={
        <Text className="link" onClick={onEdit}>
          修改信息 ›
        </Text>
      }
    >
      <Text className="helper-code" id="helper-code">
        {spacedCode(profile.code)}
      </Text>
      <Text className="muted">
        请家长在“帮办授权”中输入此码。家长确认时会看到：{profile.name}，{profile.organisation}（
        {profile.kindLabel}）。
      </Text>
    </Card>
  );
}

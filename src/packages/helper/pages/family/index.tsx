import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ErrorNotice } from '../../../../components/error-notice';
import { Loading } from '../../../../components/loading';
import { Notice } from '../../../../components/notice';
import { Page } from '../../../../components/page';
import { ROUTES } from '../../../../constants/routes';
import { FamilyProgressView } from '../../../../features/helpers/family-progress-view';
import { useFamilyProgress } from '../../../../features/helpers/use-helper-api';
import { useLoggedIn } from '../../../../services/require-login';
import { formatInstant } from '../../../../utils/format';
import { goTo } from '../../../../utils/navigate';

/** One family, read under its authorisation; an ended one shows the backend's words and the way back. */
export default function HelperFamilyPage() {
  const loggedIn = useLoggedIn();
  const familyId = useRouter().params.familyId ?? '';
  const family = useFamilyProgress(familyId, !loggedIn || !familyId);
  const f = family.data;
  return (
    <Page
      title={f ? `${f.guardianName} 家` : '家庭报名进度'}
      subtitle={f ? `家长授权至 ${formatInstant(f.expiresAt)}，只能查看，不能修改` : undefined}
    >
      <ErrorNotice error={family.error} />
      {!familyId ? <Notice tone="error" title="缺少家庭编号，请从帮办服务首页进入。" /> : null}
      {family.error || !familyId ? (
        <Text className="link" onClick={() => goTo(ROUTES.helperHome)}>
          返回授权家庭列表 ›
        </Text>
      ) : null}
      {family.loading && !f ? <Loading /> : null}
      {f ? <FamilyProgressView family={f} /> : null}
    </Page>
  );
}

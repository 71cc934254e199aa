import { AppButton } from '../../components/app-button';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { ROUTES } from '../../constants/routes';
import { goTo } from '../../utils/navigate';

/** What a step of the apply flow shows when it is opened before a child was chosen (a reload, a link). */
export function ChooseChildFirst({ title }: { title: string }) {
  return (
    <Page title={title}>
      <Notice tone="warning" title="请先选择报名的孩子" />
      <AppButton kind="primary" onClick={() => goTo(ROUTES.child)}>
        去选择孩子
      </AppButton>
    </Page>
  );
}

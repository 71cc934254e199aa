import { useRouter } from '@tarojs/taro';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { SchoolDetailView } from '../../features/schools/school-detail-view';
import { useSchool } from '../../features/schools/use-schools';

export default function SchoolDetailPage() {
  const id = useRouter().params.id ?? '';
  const school = useSchool(id);
  return (
    <Page>
      <ErrorNotice error={school.error} onRetry={() => void school.reload()} />
      {school.loading ? <Loading /> : null}
      {school.data ? <SchoolDetailView school={school.data} /> : null}
    </Page>
  );
}

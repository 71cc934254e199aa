import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { ROUTES } from '../../constants/routes';
import { SchoolCard } from '../../features/schools/school-card';
import { SchoolFilters, type SchoolFilter } from '../../features/schools/school-filters';
import { useLargeDistricts, useSchools } from '../../features/schools/use-schools';
import { goTo } from '../../utils/navigate';

export default function SchoolListPage() {
  const [filter, setFilter] = useState<SchoolFilter>({});
  const home = useLargeDistricts();
  const schools = useSchools(filter.stage, filter.largeDistrictId);
  return (
    <Page title="学校列表" subtitle="公办义务教育学校的招生计划与联系方式">
      <SchoolFilters value={filter} largeDistricts={home.data?.largeDistricts ?? []} onChange={setFilter} />
      <ErrorNotice error={schools.error} onRetry={() => void schools.reload()} />
      {schools.loading ? <Loading /> : null}
      {schools.data?.map((s) => (
        <SchoolCard key={s.id} school={s} onOpen={(id) => goTo(ROUTES.schoolDetail, { id })} />
      ))}
      {schools.data && schools.data.length === 0 ? <EmptyState text="没有符合条件的学校" /> : null}
    </Page>
  );
}

import type { ApplicationStatus } from '../../../types/models/application';
import { ChoiceChips } from '../../components/choice-chips';
import { APPLICATION_STATUS_LABELS } from '../../constants/labels';

const SHOWN: ApplicationStatus[] = ['submitted', 'under_review', 'returned', 'approved', 'withdrawn'];
const ALL = 'all';

export function ReviewFilter({
  value,
  onChange,
}: {
  value?: ApplicationStatus;
  onChange: (status?: ApplicationStatus) => void;
}) {
  return (
    <ChoiceChips<string>
      options={[
        { value: ALL, label: '全部' },
        ...SHOWN.map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s] })),
      ]}
      value={value ?? ALL}
      onChange={(v) => onChange(v === ALL ? undefined : (v as ApplicationStatus))}
    />
  );
}

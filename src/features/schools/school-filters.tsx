import { View } from '@tarojs/components';
import type { Stage } from '../../../types/common';
import type { LargeDistrict } from '../../../types/models/school';
import { ChoiceChips } from '../../components/choice-chips';
import { Field } from '../../components/field';
import { STAGE_LABELS, STAGES } from '../../constants/labels';

export interface SchoolFilter {
  stage?: Stage;
  largeDistrictId?: string;
}

interface Props {
  value: SchoolFilter;
  largeDistricts: LargeDistrict[];
  onChange: (value: SchoolFilter) => void;
}

const ALL = 'all';

export function SchoolFilters({ value, largeDistricts, onChange }: Props) {
  return (
    <View className="card">
      <Field label="学段">
        <ChoiceChips<string>
          options={[
            { value: ALL, label: '全部' },
            ...STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
          ]}
          value={value.stage ?? ALL}
          onChange={(v) => onChange({ ...value, stage: v === ALL ? undefined : (v as Stage) })}
        />
      </Field>
      <Field label="大学区">
        <ChoiceChips<string>
          options={[
            { value: ALL, label: '全部' },
            ...largeDistricts.map((d) => ({ value: d.id, label: d.name })),
          ]}
          value={value.largeDistrictId ?? ALL}
          onChange={(v) => onChange({ ...value, largeDistrictId: v === ALL ? undefined : v })}
        />
      </Field>
    </View>
  );
}

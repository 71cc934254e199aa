import type { Stage } from '../../../types/common';
import { ChoiceChips } from '../../components/choice-chips';
import { Field } from '../../components/field';
import { STAGE_LABELS, STAGES } from '../../constants/labels';

export function StagePicker({ value, onChange }: { value: Stage; onChange: (stage: Stage) => void }) {
  return (
    <Field label="报名学段" required>
      <ChoiceChips
        options={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
        value={value}
        onChange={onChange}
      />
    </Field>
  );
}

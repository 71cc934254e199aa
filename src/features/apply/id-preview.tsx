import { Text, View } from '@tarojs/components';
import type { Stage } from '../../../types/common';
import type { Season } from '../../../types/models/season';
import { parseIdNumber } from '../../../domain/id-number/parse-id-number';
import { Notice } from '../../components/notice';
import { SEX_LABELS } from '../../constants/labels';
import { formatDate } from '../../utils/format';
import { ELIGIBILITY_TITLE, ELIGIBILITY_TONE, eligibilityFor } from './eligibility';

interface Props {
  raw: string;
  stage: Stage;
  season?: Season;
}

/** Live reading of the ID number: what it says (birth date, sex, eligibility) or what is wrong with it. */
export function IdPreview({ raw, stage, season }: Props) {
  if (raw.length === 0) return null;
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) {
    // While the parent is still typing, "too short" is a hint, not an error.
    const stillTyping = parsed.problem === 'length' && [...raw].length < 18;
    return (
      <Text id="id-problem" className={stillTyping ? 'field__hint' : 'field__error'}>
        {parsed.message}
      </Text>
    );
  }
  const { birthDate, sex } = parsed.value;
  const eligibility = eligibilityFor(birthDate, stage, season);
  return (
    <View id="id-preview">
      <View className="kv">
        <Text className="kv__key">出生日期</Text>
        <Text className="kv__value">{formatDate(birthDate)}</Text>
      </View>
      <View className="kv">
        <Text className="kv__key">性别</Text>
        <Text className="kv__value">{SEX_LABELS[sex]}</Text>
      </View>
      {eligibility ? (
        <Notice tone={ELIGIBILITY_TONE[eligibility.status]} title={ELIGIBILITY_TITLE[eligibility.status]}>
          <Text>{eligibility.message}</Text>
        </Notice>
      ) : null}
    </View>
  );
}

import { Text } from '@tarojs/components';
import type { ApplicationStatus } from '../../../types/models/application';
import { APPLICATION_STATUS_LABELS } from '../../constants/labels';

const TONE: Record<ApplicationStatus, string> = {
  pending_verification: 'tag--orange',
  submitted: '',
  under_review: '',
  returned: 'tag--orange',
  approved: 'tag--green',
  rejected: 'tag--red',
  admitted: 'tag--green',
  waitlisted: 'tag--orange',
  withdrawn: 'tag--grey',
};

export function StatusTag({ status, label }: { status: ApplicationStatus; label?: string }) {
  return <Text className={`tag ${TONE[status]}`}>{label ?? APPLICATION_STATUS_LABELS[status]}</Text>;
}

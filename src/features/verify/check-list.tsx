import { View } from '@tarojs/components';
import type { DepartmentKind } from '../../../types/models/department-facts';
import type { CheckResult, VerificationView } from '../../../types/models/verification';
import { CheckRow } from './check-row';
import { MaterialUpload } from './material-upload';

interface Props {
  view: VerificationView;
  disputed: DepartmentKind[];
  onDisputedChange: (disputed: DepartmentKind[]) => void;
  onChanged: (view: VerificationView) => void;
}

/** Only what a department actually answered can be disputed; a mismatch or an outage speaks for itself. */
const disputable = (c: CheckResult) => c.outcome === 'verified' || c.outcome === 'not_found';

/**
 * Every department's answer. Before the parent confirms, each can be marked "信息有误"; after, a photo
 * is asked for exactly the checks that need one (and offered for a department that is down).
 */
export function CheckList({ view, disputed, onDisputedChange, onChanged }: Props) {
  const confirmed = Boolean(view.confirmedAt);
  const toggle = (kind: DepartmentKind, on: boolean) =>
    onDisputedChange(on ? [...disputed, kind] : disputed.filter((k) => k !== kind));

  return (
    <View className="checks">
      {view.checks.map((check) => {
        const uploaded = view.materials.find((m) => m.kind === check.kind);
        const askPhoto = confirmed && (check.needsMaterial || check.outcome === 'unavailable');
        return (
          <CheckRow
            key={check.kind}
            check={check}
            canDispute={!confirmed && disputable(check)}
            disputed={disputed.includes(check.kind)}
            onDispute={(on) => toggle(check.kind, on)}
          >
            {askPhoto ? (
              <MaterialUpload
                verificationId={view.id}
                kind={check.kind}
                uploaded={uploaded}
                optional={!check.needsMaterial}
                onUploaded={onChanged}
              />
            ) : null}
          </CheckRow>
        );
      })}
    </View>
  );
}

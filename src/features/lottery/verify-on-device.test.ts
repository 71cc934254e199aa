import { recordSharedSeatsDraw } from '../../../domain/lottery';
import { verifyOnDevice } from './verify-on-device';

// The page hands VerifyButton the record as the API sent it: JSON, parsed.
const published = JSON.parse(
  JSON.stringify(
    recordSharedSeatsDraw({
      drawId: '2026-ld-south-shared',
      spare: { 's-south-1': 0, 's-south-2': 1, 's-south-3': 1 },
      preferences: {
        'A-001': ['s-south-2', 's-south-3'],
        'A-002+A-003': ['s-south-3'],
        'A-004': ['s-south-3', 's-south-2'],
      },
      secret: 'b'.repeat(64),
      publicEntropy: '8817-22',
    }),
  ),
) as Record<string, unknown>;

describe('verifyOnDevice with a shared-seat round', () => {
  it('passes a real record', () => {
    expect(verifyOnDevice(published)).toMatchObject({ valid: true });
  });

  it('names the field a changed record disagrees on', () => {
    const assignments = { ...(published.assignments as Record<string, string | null>) };
    const [first] = published.ranking as string[];
    assignments[first!] = assignments[first!] === 's-south-2' ? 's-south-3' : 's-south-2';
    expect(verifyOnDevice({ ...published, assignments })).toMatchObject({
      valid: false,
      field: 'assignments',
    });
    expect(verifyOnDevice({ ...published, secret: 'c'.repeat(64) })).toMatchObject({
      valid: false,
      field: 'commitment',
    });
  });
});

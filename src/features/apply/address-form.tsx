import { Input, Picker, Text, View } from '@tarojs/components';
import type { Address, AddressKind } from '../../../types/models/address';
import { ChoiceChips } from '../../components/choice-chips';
import { Field } from '../../components/field';

export interface DistrictOptions {
  name: string;
  streets: string[];
  estates: string[];
}

interface Props {
  kind: AddressKind;
  value: Partial<Address>;
  districts: DistrictOptions[];
  onChange: (value: Partial<Address>) => void;
}

/**
 * One structured address. District first (a few choices), then a road from the known list or typed,
 * the house number, and the estate and building; the zone rules know these roads and estates.
 */
export function AddressForm({ kind, value, districts, onChange }: Props) {
  const district = districts.find((d) => d.name === value.district);
  const set = (patch: Partial<Address>) => onChange({ ...value, ...patch });

  return (
    <View>
      <Field label="区县" required>
        <ChoiceChips
          options={districts.map((d) => ({ value: d.name, label: d.name }))}
          value={value.district}
          onChange={(name) => onChange({ district: name })}
        />
      </Field>
      {district ? (
        <View>
          <Field label="道路 / 街道" hint="可从列表选择，也可直接输入">
            {district.streets.length > 0 ? (
              <Picker
                mode="selector"
                range={district.streets}
                onChange={(e) => set({ street: district.streets[Number(e.detail.value)] })}
              >
                <View className="picker-row">
                  <Text>从已知道路中选择</Text>
                  <Text>›</Text>
                </View>
              </Picker>
            ) : null}
            <Input
              id={`${kind}-street`}
              className="input"
              placeholder="例如：南湖路"
              value={value.street ?? ''}
              maxlength={30}
              onInput={(e) => set({ street: e.detail.value })}
            />
          </Field>
          <Field label="门牌号" hint="只填数字，例如 12">
            <Input
              id={`${kind}-house-number`}
              className="input"
              placeholder="门牌号"
              value={value.houseNumber ?? ''}
              maxlength={12}
              onInput={(e) => set({ houseNumber: e.detail.value })}
            />
          </Field>
          <Field label="小区" hint="住在小区的请选择或填写小区名称">
            {district.estates.length > 0 ? (
              <Picker
                mode="selector"
                range={district.estates}
                onChange={(e) => set({ estate: district.estates[Number(e.detail.value)] })}
              >
                <View className="picker-row">
                  <Text>从已知小区中选择</Text>
                  <Text>›</Text>
                </View>
              </Picker>
            ) : null}
            <Input
              id={`${kind}-estate`}
              className="input"
              placeholder="例如：锦绣花园"
              value={value.estate ?? ''}
              maxlength={40}
              onInput={(e) => set({ estate: e.detail.value })}
            />
          </Field>
          <Field label="楼栋 / 单元 / 室">
            <Input
              id={`${kind}-building`}
              className="input"
              placeholder="例如：3栋2单元501"
              value={value.building ?? ''}
              maxlength={20}
              onInput={(e) => set({ building: e.detail.value })}
            />
          </Field>
        </View>
      ) : null}
    </View>
  );
}

/** Drops empty strings so the backend sees only what was filled in. */
export const toAddress = (value: Partial<Address> | undefined): Address | undefined => {
  if (!value?.district) return undefined;
  const out: Address = { district: value.district };
  for (const key of ['street', 'houseNumber', 'estate', 'building', 'detail'] as const) {
    const v = value[key]?.trim();
    if (v) out[key] = v;
  }
  return out;
};

/** Enough for the matcher: a district plus a road or an estate. */
export const addressProblem = (value: Partial<Address> | undefined, label: string): string | undefined => {
  if (!value?.district) return `请选择${label}的区县`;
  if (!value.street?.trim() && !value.estate?.trim()) return `请填写${label}的道路或小区`;
  return undefined;
};

export const formatAddress = (a: Address): string =>
  // Departments write '57号', parents type '57': one 号 either way.
  [a.district, a.street, a.houseNumber ? `${a.houseNumber.replace(/号$/, '')}号` : '', a.estate, a.building]
    .filter(Boolean)
    .join(' ');

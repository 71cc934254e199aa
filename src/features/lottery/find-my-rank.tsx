import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { findUnit, type RankedUnit } from './rank-of';
import { resultLabel } from './rank-shared';

interface Props {
  /** After the draw: ranked units. Before it: the canonical list's unit keys. */
  ranked?: RankedUnit[];
  listed: string[];
  /** A shared round's school names: its result is the school assigned, not 录取 / 候补. */
  nameOf?: (schoolId: string) => string;
}

/** A parent finds their own application number: rank r of n after the draw, "on the list" before it. */
export function FindMyRank({ ranked, listed, nameOf = (schoolId) => schoolId }: Props) {
  const [appNo, setAppNo] = useState('');
  const typed = appNo.trim();
  const unit = ranked ? findUnit(ranked, typed) : undefined;
  const listedUnit = ranked
    ? undefined
    : findUnit(
        listed.map((key) => ({ members: key.split('+') })),
        typed,
      );
  return (
    <View className="find-rank">
      <Input
        id="find-app-no"
        className="input"
        placeholder="输入报名编号查看名次"
        value={appNo}
        maxlength={40}
        onInput={(e) => setAppNo(e.detail.value)}
      />
      {!typed ? null : unit ? (
        <View className={`notice ${unit.admitted ? 'notice--success' : 'notice--warning'}`}>
          <Text className="notice__title">
            {typed}：第 {unit.rank} 名 / 共 {ranked!.length} 个，
            {unit.schoolId ? `分配至${nameOf(unit.schoolId)}` : resultLabel(unit, nameOf)}
          </Text>
          {unit.members.length > 1 ? (
            <Text className="notice__body">与 {unit.members.join('、')} 绑定为一个摇号单位</Text>
          ) : null}
        </View>
      ) : listedUnit ? (
        <View className="notice notice--info">
          <Text className="notice__title">{typed} 在本场摇号名单中，摇号后可在此查看名次</Text>
        </View>
      ) : (
        <View className="notice notice--info">
          <Text className="notice__title">本场摇号中没有报名编号 {typed}</Text>
        </View>
      )}
    </View>
  );
}

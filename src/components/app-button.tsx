import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  kind?: 'primary' | 'secondary' | 'danger';
  small?: boolean;
  disabled?: boolean;
  loading?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/**
 * The one button of the app. `false` is passed as `undefined`: in the browser Taro would otherwise write
 * disabled="false", which its own stylesheet (and any [disabled] selector) reads as disabled.
 */
export function AppButton({ kind = 'primary', small, disabled, loading, onClick, children }: Props) {
  const off = Boolean(disabled || loading);
  return (
    <Button
      className={`btn btn--${kind} ${small ? 'btn--small' : ''} ${disabled ? 'btn--disabled' : ''}`}
      disabled={disabled || undefined}
      loading={loading || undefined}
      onClick={() => {
        if (!off) onClick();
      }}
    >
      {children}
    </Button>
  );
}

import { useRef, useState, type ReactNode } from 'react';
import { Input, Label, TextField as AriaTextField } from 'react-aria-components';
import { Button } from './Button';

export interface CopyFieldProps {
  label: ReactNode;
  value: string;
  copyLabel: string;
  /** Announced after copying, e.g. "Link copied". */
  copiedLabel: string;
  /** Announced when the clipboard is not available, e.g. "Select the link and copy it". */
  copyFailedLabel: string;
}

/** A read-only value (a link) with a button that copies it to the clipboard. */
export function CopyField({ label, value, copyLabel, copiedLabel, copyFailedLabel }: CopyFieldProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const inputRef = useRef<HTMLInputElement>(null);
  const copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      inputRef.current?.select();
      setStatus('failed');
    }
  };
  return (
    <div className="at-field">
      <AriaTextField value={value} isReadOnly className="at-field">
        <Label className="at-label">{label}</Label>
        <div className="at-input-group">
          <Input className="at-input" ref={inputRef} onFocus={(e) => e.currentTarget.select()} />
          <Button variant="quiet" size="sm" className="at-input-group__button" onPress={() => void copy()}>
            {copyLabel}
          </Button>
        </div>
      </AriaTextField>
      <p className="at-copy-field__status" role="status">
        {status === 'copied' ? copiedLabel : status === 'failed' ? copyFailedLabel : ''}
      </p>
    </div>
  );
}

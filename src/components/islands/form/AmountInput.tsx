import { formatMoney, type CurrencyCode, type DecimalMark } from '../../../lib/money';
import type { FieldError } from '../../../lib/form/read';
import { TextInput, type TextInputProps } from './TextInput';

/**
 * An amount of money. When what was typed reads two ways ("4,000" in Kuwaiti dinars is 4,000 or 4), it asks which
 * amount is meant at once, under the field, and the answer sets how the form reads decimal marks.
 */
export function AmountInput(
  props: Omit<TextInputProps, 'type' | 'inputMode' | 'narrow'> & {
    currency: CurrencyCode | null;
    readings?: FieldError['readings'] | undefined;
    onChooseMark: (mark: DecimalMark) => void;
  },
) {
  const { id, readings, currency } = props;
  const ask = readings && currency;
  return (
    <>
      <TextInput {...props} inputMode="decimal" narrow describedByExtra={ask ? `${id}-readings` : undefined} />
      {ask && (
        <div class="readings" id={`${id}-readings`} role="group" aria-label="Which amount did you mean?">
          <p>Which amount did you mean?</p>
          {readings.map((r) => (
            <button type="button" class="secondary" key={r.mark} onClick={() => props.onChooseMark(r.mark)}>
              {formatMoney(r.minor, currency)}
            </button>
          ))}
        </div>
      )}
    </>
  );
}

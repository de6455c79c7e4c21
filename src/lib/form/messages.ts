/**
 * Every validation message of every tool's form, as whole-sentence templates. `{what}` is the field's noun phrase
 * from its spec ("the total price"); other gaps are named. One table, so the tools say the same thing the same way.
 */
export const MESSAGES = {
  required: 'Enter {what}',
  choose: 'Choose {what}',
  tooLong: '{What} must be {max} characters or fewer; it has {length}',
  email: 'Enter {what} like name@example.com',
  amountAboveZero: 'Enter {what} above zero',
  wholeFormat: 'Enter {what} as a whole number, like {example}',
  wholeAboveZero: 'Enter {what} above zero',
  atLeast: 'Enter {what} of {min} or more',
  atMost: 'Enter {what} of {max} or less',
  decimalFormat: 'Enter {what} as a number, like {example}',
  decimalPlaces: 'Enter {what} with at most {places} decimal places',
  percentFormat: 'Enter {what} as a percentage, like {example}',
  percentPositive: 'Enter {what} above zero',
  percentNotNegative: 'Enter {what} of zero or more',
  dateFormat: 'Enter {what} as year-month-day, like 2026-03-15',
  dateEarliest: 'Enter {what} on or after {date}',
  dateLatest: 'Enter {what} on or before {date}',
} as const;

export type MessageId = keyof typeof MESSAGES;

/** Fills `{name}` gaps; `{What}` is `{what}` with a capital first letter. Unknown gaps are left as they are. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (gap, name: string) => {
    if (name === 'What' && values['what'] !== undefined) {
      const what = String(values['what']);
      return what.charAt(0).toUpperCase() + what.slice(1);
    }
    const value = values[name];
    return value === undefined ? gap : String(value);
  });
}

export function message(id: MessageId, values: Readonly<Record<string, string | number>>): string {
  return fillTemplate(MESSAGES[id], values);
}

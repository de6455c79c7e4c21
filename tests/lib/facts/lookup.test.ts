import { describe, expect, it } from 'vitest';
import { describeConfidence, findFeePeriod, listStaleFacts, matchFeePeriod } from '../../../src/lib/facts/lookup';
import type { FeePeriod } from '../../../src/lib/facts/schema';

const sourcing: Pick<FeePeriod, 'sources' | 'sourceDate' | 'confidence' | 'checked'> = {
  sources: [{ title: 'Fixture', url: 'https://example.com', publisher: 'Example' }],
  sourceDate: 'undated',
  confidence: 'high',
  checked: '2026-11-26',
};

function makePeriod(id: string, from: string | null, to: string | null, extra: Partial<FeePeriod> = {}): FeePeriod {
  return {
    id,
    label: id,
    schedule: 'service-fee',
    party: 'freelancer',
    from,
    to,
    components: [],
    ...sourcing,
    ...extra,
  };
}

// Shaped like Upwork's service-fee history (Upwork help article 211062538): sliding to 2 May 2023, flat 10% from 3 May 2023.
const upworkLike = [
  makePeriod('sliding', '2016-06-01', '2023-05-02'),
  makePeriod('flat', '2023-05-03', null),
  makePeriod('client', null, null, { party: 'client' }),
];

describe('findFeePeriod', () => {
  it.each([
    ['2016-05-31', undefined],
    ['2016-06-01', 'sliding'],
    ['2023-05-02', 'sliding'],
    ['2023-05-03', 'flat'],
    ['2099-01-01', 'flat'],
  ])('on %s finds %s (bounds inclusive)', (date, expected) => {
    expect(findFeePeriod(upworkLike, 'freelancer', date)?.id).toBe(expected);
  });

  it('filters by party', () => {
    expect(findFeePeriod(upworkLike, 'client', '2023-05-03')?.id).toBe('client');
  });

  it('filters by schedule when one is given', () => {
    const periods = [...upworkLike, makePeriod('withdrawal', null, null, { schedule: 'withdrawal' })];
    expect(findFeePeriod(periods, 'freelancer', '2020-01-01', undefined, 'withdrawal')?.id).toBe('withdrawal');
    expect(findFeePeriod(periods, 'freelancer', '2020-01-01', undefined, 'service-fee')?.id).toBe('sliding');
  });

  it('prefers the exact region, falls back to a region-less period, and skips regional ones without a region', () => {
    const periods = [
      makePeriod('uk', null, null, { region: 'UK' }),
      makePeriod('us', null, null, { region: 'US' }),
      makePeriod('everywhere', null, null),
    ];
    expect(findFeePeriod(periods, 'freelancer', '2026-01-01', 'UK')?.id).toBe('uk');
    expect(findFeePeriod(periods, 'freelancer', '2026-01-01', 'EEA')?.id).toBe('everywhere');
    expect(findFeePeriod(periods, 'freelancer', '2026-01-01')?.id).toBe('everywhere');
    expect(findFeePeriod(periods.slice(0, 2), 'freelancer', '2026-01-01')).toBeUndefined();
  });
});

describe('matchFeePeriod with bounds known only to the month or year', () => {
  // Upwork's archived fee page: flat 10% "before June 2016", the sliding fee from "June 2016", no day given.
  const byMonth = [
    makePeriod('flat', null, '2016-06'),
    makePeriod('sliding', '2016-06', '2023-05-02'),
    makePeriod('flat-2023', '2023-05-03', null),
  ];
  const ids = (m: ReturnType<typeof matchFeePeriod>) =>
    m.status === 'found' ? m.period.id : m.status === 'uncertain' ? m.periods.map((p) => p.id) : m.status;

  it.each([
    ['2016-05-31', 'flat'],
    ['2016-06-01', ['flat', 'sliding']],
    ['2016-06-15', ['flat', 'sliding']],
    ['2016-06-30', ['flat', 'sliding']],
    ['2016-07-01', 'sliding'],
    ['2023-05-02', 'sliding'],
    ['2023-05-03', 'flat-2023'],
  ])('on %s → %o', (date, expected) => {
    expect(ids(matchFeePeriod(byMonth, 'freelancer', date))).toEqual(expected);
  });

  it('treats a year the same way: every day of 2025 is uncertain, the years around it are not', () => {
    // Shaped like Upwork's client fees: a 3% fee until some time in 2025, a marketplace fee from some time in 2025.
    const byYear = [makePeriod('processing', '2019-06-12', '2025'), makePeriod('marketplace', '2025', null)];
    expect(ids(matchFeePeriod(byYear, 'freelancer', '2024-12-31'))).toBe('processing');
    expect(ids(matchFeePeriod(byYear, 'freelancer', '2025-01-01'))).toEqual(['processing', 'marketplace']);
    expect(ids(matchFeePeriod(byYear, 'freelancer', '2025-12-31'))).toEqual(['processing', 'marketplace']);
    expect(ids(matchFeePeriod(byYear, 'freelancer', '2026-01-01'))).toBe('marketplace');
  });

  it('says a first period may not have started yet in its own start month', () => {
    const first = [makePeriod('new-fee', '2024-04', null)];
    expect(ids(matchFeePeriod(first, 'freelancer', '2024-03-31'))).toBe('none');
    expect(ids(matchFeePeriod(first, 'freelancer', '2024-04-10'))).toEqual(['new-fee']);
    expect(ids(matchFeePeriod(first, 'freelancer', '2024-05-01'))).toBe('new-fee');
  });

  it('keeps findFeePeriod from guessing: undefined in the uncertain window, the period outside it', () => {
    expect(findFeePeriod(byMonth, 'freelancer', '2016-06-15')).toBeUndefined();
    expect(findFeePeriod(byMonth, 'freelancer', '2016-07-01')?.id).toBe('sliding');
  });

  it('gives the same answers as findFeePeriod for exact dates', () => {
    for (const date of ['2016-05-31', '2016-06-01', '2023-05-02', '2023-05-03', '2099-01-01']) {
      const match = matchFeePeriod(upworkLike, 'freelancer', date);
      expect(match.status === 'found' ? match.period.id : undefined).toBe(
        findFeePeriod(upworkLike, 'freelancer', date)?.id,
      );
      expect(match.status).not.toBe('uncertain');
    }
  });
});

describe('listStaleFacts', () => {
  const entries = [
    {
      collection: 'paymentMethods',
      id: 'fixture',
      data: {
        id: 'fixture',
        feePeriods: [
          makePeriod('old', null, null, { checked: '2025-11-25' }),
          makePeriod('edge', null, null, { checked: '2025-11-26' }),
        ],
        protections: [{ id: 'rule', label: 'r', text: 't', ...sourcing, checked: '2024-01-01' }],
      },
    },
  ];

  it('flags a value checked more than 12 months before the build date, and not one exactly 12 months old', () => {
    // Build date 2026-11-26 minus 12 months = 2025-11-26: that day is still fresh, the day before is stale.
    expect(listStaleFacts(entries, '2026-11-26')).toEqual([
      { collection: 'paymentMethods', id: 'fixture', path: 'feePeriods[0]', checked: '2025-11-25' },
      { collection: 'paymentMethods', id: 'fixture', path: 'protections[0]', checked: '2024-01-01' },
    ]);
  });

  it('honours a custom maximum age', () => {
    expect(listStaleFacts(entries, '2026-11-26', 36)).toEqual([]);
  });

  it('ignores objects that have a checked field but no confidence', () => {
    expect(listStaleFacts([{ collection: 'c', id: 'x', data: { checked: '2000-01-01' } }], '2026-11-26')).toEqual([]);
  });
});

describe('describeConfidence', () => {
  it.each([
    ['high', 'Verified from the primary source'],
    ['medium', 'Primary source, undated or partial'],
    ['low', 'Unverified: secondary sources only'],
    ['not-found', 'Not found'],
  ] as const)('%s → %s', (confidence, label) => {
    expect(describeConfidence(confidence)).toBe(label);
  });
});

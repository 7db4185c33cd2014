import { describe, expect, test } from 'vitest';
import { formatDate, parseOffsetDate } from '../../../src/core/date';

describe('dates keep the offset the page stated', () => {
  test.each([
    ['2025-02-25T21:26:48+08:00', '2025-02-25 21:26:48 +0800'],
    ['2024-03-09T18:30:00-05:00', '2024-03-09 18:30:00 -0500'],
    ['2024-03-09T23:30:00Z', '2024-03-09 23:30:00 +0000'],
    ['2024-03-09T18:30:00.123+0530', '2024-03-09 18:30:00 +0530'],
    ['2024-03-09 18:30', '2024-03-09 18:30:00 +0100'],
    ['2024-03-09', '2024-03-09 00:00:00 +0100'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(parseOffsetDate(input, 60)!, 'YYYY-MM-DD HH:mm:ss ZZ')).toBe(expected);
  });

  test('the file-name day is the day where the article was published, not in UTC', () => {
    // 01:00 in Shanghai is still the previous day in UTC.
    expect(formatDate(parseOffsetDate('2023-06-12T01:00:00+08:00', 0)!, 'YYYY-MM-DD')).toBe('2023-06-12');
  });

  test('Z writes the offset with a colon (RFC 3339); other characters are kept as written', () => {
    expect(formatDate(parseOffsetDate('2024-03-09T18:30:05-05:30', 0)!, 'YYYY-MM-DDTHH:mm:ssZ')).toBe('2024-03-09T18:30:05-05:30');
    expect(formatDate(parseOffsetDate('2024-03-09T00:00:00Z', 0)!, 'DD/MM/YYYY at HH.mm ZZ')).toBe('09/03/2024 at 00.00 +0000');
  });

  test('other formats parse through Date; nonsense gives null', () => {
    expect(parseOffsetDate('Sat, 09 Mar 2024 23:30:00 GMT', 0)?.ms).toBe(Date.UTC(2024, 2, 9, 23, 30));
    expect(parseOffsetDate('last Tuesday', 0)).toBeNull();
  });
});

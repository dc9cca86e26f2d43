import { expect, test, vi } from 'vitest';
import { withRetries } from './retry.ts';

test('a load that fails then succeeds gives its result', async () => {
  const load = vi
    .fn<() => Promise<string>>()
    .mockRejectedValueOnce(new Error('dropped'))
    .mockResolvedValueOnce('module');
  await expect(withRetries(load, [0, 0])).resolves.toBe('module');
  expect(load).toHaveBeenCalledTimes(2);
});

test('a load that keeps failing is tried once per delay and once more, then throws its last error', async () => {
  let calls = 0;
  const load = () => Promise.reject(new Error(`failure ${++calls}`));
  await expect(withRetries(load, [0, 0])).rejects.toThrow('failure 3');
  expect(calls).toBe(3);
});

test('a load that succeeds at once is not repeated', async () => {
  const load = vi.fn(() => Promise.resolve(1));
  await expect(withRetries(load, [0, 0])).resolves.toBe(1);
  expect(load).toHaveBeenCalledTimes(1);
});

import { expect, test } from 'vitest';
import * as b1 from '../src/index.js';

test('the package loads', () => {
  expect(typeof b1).toBe('object');
});
